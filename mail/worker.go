package mail

import (
	"context"
	"errors"
	"fmt"
	"guichet/background"
	"log/slog"
	netmail "net/mail"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/ent"
	"guichet/ent/outboxmessage"
	"guichet/metrics"
)

// Defaults of the Worker's settings.
const (
	DefaultMaxAttempts = 12
	DefaultLease       = 2 * time.Minute
	DefaultInterval    = time.Second
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

// Worker sends the outbox's due messages. Several workers, in one process or several, may
// share a database: each message is claimed with a conditional UPDATE before it is sent.
// The zero values of the optional fields mean their defaults.
type Worker struct {
	Client    *ent.Client
	Transport Transport
	Sealer    *Sealer
	// PublicURL starts every link (PUBLIC_URL).
	PublicURL string
	// From is the sender, "Name <address>" or an address; empty means noreply@ the public host.
	From string

	Now         func() time.Time                // time.Now
	Backoff     func(attempt int) time.Duration // DefaultBackoff; attempt counts from 1
	MaxAttempts int                             // DefaultMaxAttempts; then the message is FAILED
	Lease       time.Duration                   // DefaultLease: how long a claim keeps other workers off
	Interval    time.Duration                   // DefaultInterval: Run's wait between passes
	Logger      *slog.Logger                    // slog.Default()

	background.Loop
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

// Run works until ctx is done: a pass every Interval, or at once when Wake is called (Wake
// comes from the embedded background.Loop).
func (w *Worker) Run(ctx context.Context) {
	interval := w.Interval
	if interval <= 0 {
		interval = DefaultInterval
	}
	w.Loop.Run(ctx, interval, func(ctx context.Context) error {
		_, _, err := w.SendDue(ctx)
		return err
	}, func(err error) { w.logger().Error("mail outbox pass failed", "error", err) })
}

// batch is how many due messages a pass reads at a time.
const batch = 50

// SendDue sends the messages that are due now, one at a time, and returns how many were sent
// and how many failed (to be retried, or given up). err is a database error that stopped the
// pass; a failed delivery is not.
func (w *Worker) SendDue(ctx context.Context) (sent, failed int, err error) {
	after := 0
	for {
		now := w.now()
		ids, err := w.Client.OutboxMessage.Query().
			Where(
				outboxmessage.IDGT(after),
				outboxmessage.StatusEQ(outboxmessage.StatusPENDING),
				outboxmessage.NextAttemptAtLTE(now),
				outboxmessage.Or(outboxmessage.LockedUntilIsNil(), outboxmessage.LockedUntilLT(now)),
			).
			Order(ent.Asc(outboxmessage.FieldID)).
			Limit(batch).
			IDs(ctx)
		if err != nil {
			return sent, failed, fmt.Errorf("mail: reading the outbox: %w", err)
		}
		if len(ids) == 0 {
			return sent, failed, nil
		}
		for _, id := range ids {
			after = id
			res, err := w.sendOne(ctx, id)
			if err != nil {
				return sent, failed, err
			}
			switch res {
			case resultSent:
				sent++
			case resultFailed:
				failed++
			}
		}
	}
}

type result int

const (
	resultSkipped result = iota // another worker had it
	resultSent
	resultFailed
)

// sendOne claims message id and delivers it.
func (w *Worker) sendOne(ctx context.Context, id int) (result, error) {
	now := w.now()
	lease := w.Lease
	if lease <= 0 {
		lease = DefaultLease
	}
	// The claim: only one worker's UPDATE matches, the database settles the race. It counts
	// the attempt before anything is sent, so that a process that dies while sending (and
	// may have delivered) has used one of the message's attempts.
	n, err := w.Client.OutboxMessage.Update().
		Where(
			outboxmessage.ID(id),
			outboxmessage.StatusEQ(outboxmessage.StatusPENDING),
			outboxmessage.NextAttemptAtLTE(now),
			outboxmessage.Or(outboxmessage.LockedUntilIsNil(), outboxmessage.LockedUntilLT(now)),
		).
		SetLockedUntil(now.Add(lease)).
		AddAttempts(1).
		Save(ctx)
	if err != nil {
		return resultSkipped, fmt.Errorf("mail: claiming message %d: %w", id, err)
	}
	if n == 0 {
		return resultSkipped, nil
	}
	row, err := w.Client.OutboxMessage.Get(ctx, id)
	if err != nil {
		return resultSkipped, fmt.Errorf("mail: reading message %d: %w", id, err)
	}
	attempt := row.Attempts // counted by the claim
	log := w.logger().With("outbox_id", row.ID, "template", row.Template, "attempt", attempt)

	msg, permanent, err := w.prepare(row)
	if err == nil {
		err = w.Transport.Send(ctx, msg)
		permanent = IsPermanent(err)
	}
	// The bookkeeping must happen even when ctx ends during the send: it releases the lease.
	bctx := context.WithoutCancel(ctx)
	if err == nil {
		// Recorded at once, in a statement of its own: the window in which a crash sends the
		// message again is the SMTP server's answer plus this UPDATE.
		err := w.Client.OutboxMessage.UpdateOneID(id).
			Where(outboxmessage.StatusEQ(outboxmessage.StatusPENDING)).
			SetStatus(outboxmessage.StatusSENT).
			SetAttempts(attempt).
			SetSentAt(w.now()).
			ClearSealed().
			ClearLockedUntil().
			SetLastError("").
			Exec(bctx)
		if ent.IsNotFound(err) {
			// Our lease ran out during the send and another worker settled the message.
			log.Warn("mail sent after its lease ended; it may have been sent twice")
			return resultSent, nil
		}
		if err != nil {
			// Sent but not recorded: it will be sent again once the lease ends.
			return resultSkipped, fmt.Errorf("mail: recording message %d as sent: %w", id, err)
		}
		log.Info("mail sent")
		metrics.MailAttempt(metrics.MailSent)
		return resultSent, nil
	}

	upd := w.Client.OutboxMessage.UpdateOneID(id).
		Where(outboxmessage.StatusEQ(outboxmessage.StatusPENDING)).
		SetAttempts(attempt).
		SetLastError(truncate(err.Error(), 1000)).
		ClearLockedUntil()
	maxAttempts := w.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	if permanent || attempt >= maxAttempts {
		// Given up: the link's secret has nothing left to do here.
		upd.SetStatus(outboxmessage.StatusFAILED).ClearSealed()
		log.Error("mail failed, giving up", "error", err)
		metrics.MailAttempt(metrics.MailFailed)
	} else {
		backoff := w.Backoff
		if backoff == nil {
			backoff = DefaultBackoff
		}
		next := w.now().Add(backoff(attempt))
		upd.SetNextAttemptAt(next)
		log.Warn("mail not sent, will retry", "error", err, "next_attempt_at", next)
		metrics.MailAttempt(metrics.MailRetry)
	}
	if err := upd.Exec(bctx); err != nil && !ent.IsNotFound(err) {
		return resultSkipped, fmt.Errorf("mail: recording the failure of message %d: %w", id, err)
	}
	return resultFailed, nil
}

// prepare opens the link's token and renders the message. Its errors are permanent (no retry
// can fix a template or a key that does not fit) and never quote the token.
func (w *Worker) prepare(row *ent.OutboxMessage) (msg *Outgoing, permanent bool, err error) {
	m := Message{
		SpaceID:  row.SpaceID,
		To:       row.ToAddress,
		ToName:   row.ToName,
		Locale:   row.Locale,
		Template: row.Template,
		Data:     row.Data,
	}
	if sealed := sealedOf(row); len(sealed) > 0 {
		if w.Sealer == nil {
			return nil, true, errors.New("the message has a sealed link but the worker has no Sealer")
		}
		token, err := w.Sealer.Open(sealed)
		if err != nil {
			return nil, true, err
		}
		m.Link = &Link{Path: row.Data[DataLinkPath], Token: string(token)}
	}
	r, err := Render(m, w.publicURL())
	if err != nil {
		return nil, true, err
	}
	return &Outgoing{
		From:      w.fromAs(r.FromName),
		To:        row.ToAddress,
		ToName:    row.ToName,
		ReplyTo:   r.ReplyTo,
		Subject:   r.Subject,
		Text:      r.Text,
		HTML:      r.HTML,
		MessageID: fmt.Sprintf("outbox.%d.%d@%s", row.ID, row.CreatedAt.UnixNano(), w.domain()),
		Date:      w.now(),
	}, false, nil
}

// sealedOf is the row's sealed bytes. ent reads a NULL into a non-nil pointer to a nil slice,
// so the pointer alone does not tell.
func sealedOf(row *ent.OutboxMessage) []byte {
	if row.Sealed == nil {
		return nil
	}
	return *row.Sealed
}

func (w *Worker) publicURL() string {
	if w.PublicURL == "" {
		return "http://localhost:8080"
	}
	return w.PublicURL
}

func (w *Worker) from() string {
	if w.From != "" {
		return w.From
	}
	return "noreply@" + w.publicHost()
}

// fromAs is the sender's address under a display name of the message's own (a program's
// name), or the sender as configured when it has none.
func (w *Worker) fromAs(name string) string {
	a, err := netmail.ParseAddress(w.from())
	if name == "" || err != nil {
		return w.from()
	}
	return (&netmail.Address{Name: name, Address: a.Address}).String()
}

// domain is the right-hand side of Message-IDs: the sender's domain.
func (w *Worker) domain() string {
	if a, err := netmail.ParseAddress(w.from()); err == nil {
		if i := strings.LastIndexByte(a.Address, '@'); i >= 0 {
			return a.Address[i+1:]
		}
	}
	return w.publicHost()
}

func (w *Worker) publicHost() string {
	if u, err := url.Parse(w.publicURL()); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return "localhost"
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
