package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"guichet/background"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"guichet/ent"
	"guichet/ent/webhookdelivery"
	"guichet/mail"
)

// Defaults of the Worker's settings.
const (
	DefaultMaxAttempts = 10
	DefaultLease       = 2 * time.Minute // well above RequestTimeout
	DefaultInterval    = time.Second
	// RequestTimeout bounds one POST, from dialing to the response's headers and body.
	RequestTimeout = 10 * time.Second
)

// DefaultBackoff waits 30 s after the first failure, doubling each time up to 1 h.
func DefaultBackoff(attempt int) time.Duration {
	const first, most = 30 * time.Second, time.Hour
	if attempt < 1 {
		attempt = 1
	}
	if attempt > 8 { // 30 s × 2^7 already exceeds an hour
		return most
	}
	return min(first<<(attempt-1), most)
}

// Worker delivers the due webhook deliveries. Several workers, in one process or several, may
// share a database: each delivery is claimed with a conditional UPDATE before it is sent.
// The zero values of the optional fields mean their defaults.
type Worker struct {
	Client *ent.Client
	Sealer *mail.Sealer // opens the webhooks' secrets
	// HTTP sends the POSTs; nil means a client of its own. Redirects are never followed and
	// each POST is bounded by RequestTimeout, whatever client is given.
	HTTP *http.Client

	Now         func() time.Time                // time.Now
	Backoff     func(attempt int) time.Duration // DefaultBackoff; attempt counts from 1
	MaxAttempts int                             // DefaultMaxAttempts; then the delivery is FAILED
	Lease       time.Duration                   // DefaultLease: how long a claim keeps other workers off; keep it above RequestTimeout
	Interval    time.Duration                   // DefaultInterval: Run's wait between passes
	Logger      *slog.Logger                    // slog.Default()

	background.Loop
	httpOnce sync.Once
	http     *http.Client
	// AllowPrivate lets deliveries reach loopback and private addresses (development, tests).
	AllowPrivate bool
}

func (w *Worker) now() time.Time {
	if w.Now != nil {
		return w.Now().UTC()
	}
	return time.Now().UTC()
}

func (w *Worker) logger() *slog.Logger {
	if w.Logger != nil {
		return w.Logger
	}
	return slog.Default()
}

// httpClient is w.HTTP, or a client of its own, made not to follow redirects: a receiver
// must not be able to send a signed delivery, or the worker, somewhere else. A client of its
// own also refuses to connect to loopback, private and link-local addresses (a webhook must not
// reach the server's own network, cloud metadata included) unless AllowPrivate is set.
func (w *Worker) httpClient() *http.Client {
	w.httpOnce.Do(func() {
		c := &http.Client{Timeout: RequestTimeout}
		if w.HTTP != nil {
			cp := *w.HTTP
			c = &cp
		} else if !w.AllowPrivate {
			dialer := &net.Dialer{Timeout: RequestTimeout, Control: refusePrivate}
			c.Transport = &http.Transport{DialContext: dialer.DialContext, Proxy: nil,
				TLSHandshakeTimeout: RequestTimeout, MaxIdleConnsPerHost: 2}
		}
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		w.http = c
	})
	return w.http
}

// Run works until ctx is done: a pass every Interval, or at once when Wake is called (Wake
// comes from the embedded background.Loop).
func (w *Worker) Run(ctx context.Context) {
	interval := w.Interval
	if interval <= 0 {
		interval = DefaultInterval
	}
	w.Loop.Run(ctx, interval, func(ctx context.Context) error {
		_, _, err := w.DeliverDue(ctx)
		return err
	}, func(err error) { w.logger().Error("webhook pass failed", "error", err) })
}

// batch is how many due deliveries a pass reads at a time.
const batch = 50

// DeliverDue delivers the deliveries that are due now, one at a time, and returns how many
// were delivered and how many failed (to be retried, or given up). err is a database error,
// or the end of ctx, that stopped the pass; a failed delivery is not.
func (w *Worker) DeliverDue(ctx context.Context) (delivered, failed int, err error) {
	after := 0
	for {
		now := w.now()
		ids, err := w.Client.WebhookDelivery.Query().
			Where(
				webhookdelivery.IDGT(after),
				webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
				webhookdelivery.NextAttemptAtLTE(now),
				webhookdelivery.Or(webhookdelivery.LockedUntilIsNil(), webhookdelivery.LockedUntilLT(now)),
			).
			Order(ent.Asc(webhookdelivery.FieldID)).
			Limit(batch).
			IDs(ctx)
		if err != nil {
			return delivered, failed, fmt.Errorf("webhook: reading due deliveries: %w", err)
		}
		if len(ids) == 0 {
			return delivered, failed, nil
		}
		for _, id := range ids {
			after = id
			res, err := w.deliverOne(ctx, id)
			if err != nil {
				return delivered, failed, err
			}
			switch res {
			case resultDelivered:
				delivered++
			case resultFailed:
				failed++
			}
		}
	}
}

type result int

const (
	resultSkipped result = iota // another worker had it, or the pass was stopped
	resultDelivered
	resultFailed
)

// deliverOne claims delivery id and POSTs it.
func (w *Worker) deliverOne(ctx context.Context, id int) (result, error) {
	now := w.now()
	lease := w.Lease
	if lease <= 0 {
		lease = DefaultLease
	}
	// The claim: only one worker's UPDATE matches, the database settles the race.
	n, err := w.Client.WebhookDelivery.Update().
		Where(
			webhookdelivery.ID(id),
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.NextAttemptAtLTE(now),
			webhookdelivery.Or(webhookdelivery.LockedUntilIsNil(), webhookdelivery.LockedUntilLT(now)),
		).
		SetLockedUntil(now.Add(lease)).
		Save(ctx)
	if err != nil {
		return resultSkipped, fmt.Errorf("webhook: claiming delivery %d: %w", id, err)
	}
	if n == 0 {
		return resultSkipped, nil
	}
	d, err := w.Client.WebhookDelivery.Get(ctx, id)
	if err != nil {
		return resultSkipped, fmt.Errorf("webhook: reading delivery %d: %w", id, err)
	}
	attempt := d.Attempts + 1
	log := w.logger().With("delivery_id", d.ID, "webhook_id", d.WebhookID, "event", d.Event, "attempt", attempt)

	// The bookkeeping must happen even when ctx ends during the POST: it releases the lease.
	bctx := context.WithoutCancel(ctx)

	hook, secret, err := w.target(ctx, d)
	var dbErr *databaseError
	if errors.As(err, &dbErr) || ctx.Err() != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return w.release(bctx, id, fmt.Errorf("webhook: delivery %d: %w", id, err))
	}
	if err != nil {
		// Nothing a retry could change: no POST is made.
		log.Error("webhook delivery failed, giving up", "error", err)
		return w.record(bctx, id, attempt, nil, err, true, log)
	}
	log = log.With("host", hostOf(hook.URL))

	status, err := w.post(ctx, hook.URL, d, secret)
	if err != nil && status == 0 && ctx.Err() != nil {
		// Stopped, not failed: the attempt is not counted.
		return w.release(bctx, id, ctx.Err())
	}
	if err == nil {
		upd := w.Client.WebhookDelivery.UpdateOneID(id).
			Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).
			SetStatus(webhookdelivery.StatusDELIVERED).
			SetAttempts(attempt).
			SetResponseStatus(status).
			SetDeliveredAt(w.now()).
			SetLastError("").
			ClearLockedUntil()
		err := upd.Exec(bctx)
		if ent.IsNotFound(err) {
			// Our lease ran out during the POST and another worker settled the delivery.
			log.Warn("webhook delivered after its lease ended; it may have been delivered twice")
			return resultDelivered, nil
		}
		if err != nil {
			// Delivered but not recorded: it will be delivered again once the lease ends.
			return resultSkipped, fmt.Errorf("webhook: recording delivery %d as delivered: %w", id, err)
		}
		log.Info("webhook delivered", "status", status)
		return resultDelivered, nil
	}
	var st *int
	if status != 0 {
		st = &status
	}
	return w.record(bctx, id, attempt, st, err, false, log)
}

// target is the delivery's webhook and its opened secret, or why it must not be sent.
func (w *Worker) target(ctx context.Context, d *ent.WebhookDelivery) (*ent.Webhook, []byte, error) {
	hook, err := w.Client.Webhook.Get(ctx, d.WebhookID)
	if ent.IsNotFound(err) {
		return nil, nil, errors.New("the webhook was deleted")
	}
	if err != nil {
		return nil, nil, &databaseError{fmt.Errorf("reading the webhook: %w", err)}
	}
	if !hook.Active {
		return nil, nil, errors.New("the webhook is inactive")
	}
	if w.Sealer == nil {
		return nil, nil, errors.New("the worker has no Sealer to open the webhook's secret")
	}
	secret, err := w.Sealer.Open(hook.SecretSealed)
	if err != nil {
		return nil, nil, errors.New("the webhook's secret cannot be opened (altered, or sealed with another key)")
	}
	return hook, secret, nil
}

// databaseError is a failure of the database, not of the delivery: the attempt is not counted.
type databaseError struct{ err error }

func (e *databaseError) Error() string { return e.err.Error() }
func (e *databaseError) Unwrap() error { return e.err }

// post sends d's payload to target, signed with secret. status is the response's, 0 when
// there was none; err is nil for a 2xx only, and never quotes the URL, which may carry a token.
func (w *Worker) post(ctx context.Context, target string, d *ent.WebhookDelivery, secret []byte) (status int, err error) {
	rctx, cancel := context.WithTimeout(ctx, RequestTimeout)
	defer cancel()
	body := []byte(d.Payload)
	req, err := http.NewRequestWithContext(rctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return 0, errors.New("the webhook's URL cannot be requested")
	}
	ts := w.now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Guichet-Webhook/1")
	req.Header.Set(HeaderEvent, d.Event)
	req.Header.Set(HeaderDelivery, strconv.Itoa(d.ID))
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(secret, ts, body))

	resp, err := w.httpClient().Do(req)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // url.Error quotes the URL
		}
		return 0, &networkError{err}
	}
	// Read a little of the body so that the connection can be reused; its content is not kept.
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return resp.StatusCode, nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return resp.StatusCode, fmt.Errorf("HTTP %s (redirects are not followed)", resp.Status)
	default:
		return resp.StatusCode, fmt.Errorf("HTTP %s", resp.Status)
	}
}

// record counts a failed attempt: the delivery is retried after the backoff, or FAILED when
// permanent or out of attempts.
func (w *Worker) record(ctx context.Context, id, attempt int, status *int, cause error, permanent bool, log *slog.Logger) (result, error) {
	upd := w.Client.WebhookDelivery.UpdateOneID(id).
		Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).
		SetAttempts(attempt).
		SetNillableResponseStatus(status).
		SetLastError(truncate(lastErrorOf(cause), 500)).
		ClearLockedUntil()
	if status == nil {
		upd.ClearResponseStatus()
	}
	maxAttempts := w.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	if permanent || attempt >= maxAttempts {
		upd.SetStatus(webhookdelivery.StatusFAILED)
		if !permanent {
			log.Error("webhook delivery failed, giving up", "error", cause)
		}
	} else {
		backoff := w.Backoff
		if backoff == nil {
			backoff = DefaultBackoff
		}
		next := w.now().Add(backoff(attempt))
		upd.SetNextAttemptAt(next)
		log.Warn("webhook not delivered, will retry", "error", cause, "next_attempt_at", next)
	}
	if err := upd.Exec(ctx); err != nil && !ent.IsNotFound(err) {
		return resultSkipped, fmt.Errorf("webhook: recording the failure of delivery %d: %w", id, err)
	}
	return resultFailed, nil
}

// release gives up the claim on delivery id without counting an attempt, and returns cause.
func (w *Worker) release(ctx context.Context, id int, cause error) (result, error) {
	err := w.Client.WebhookDelivery.UpdateOneID(id).
		Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).
		ClearLockedUntil().
		Exec(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return resultSkipped, fmt.Errorf("webhook: releasing delivery %d: %w (after %v)", id, err, cause)
	}
	return resultSkipped, cause
}

// hostOf is what the logs say of a URL: its host, never its path or query, which may carry a
// token of the receiver's.
func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Host
	}
	return ""
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// ErrPrivateAddress is a delivery refused because its host is on a private network.
var ErrPrivateAddress = errors.New("webhook: the address is on a private network")

// refusePrivate stops a connection to an address that is not on the public internet; it runs
// after the name is resolved, so a public name pointing inside is refused too.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return ErrPrivateAddress
	}
	return nil
}
