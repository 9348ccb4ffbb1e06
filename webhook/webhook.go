// Package webhook owns Guichet's webhooks: the URLs a space's admins register to be told when
// content is published or unpublished, the deliveries a change writes in its own transaction
// (the outbox), their HMAC-SHA256 signature, and the worker that POSTs them with retries and
// keeps the delivery log.
package webhook

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"entgo.io/contrib/entgql"

	"guichet/ent"
	"guichet/ent/webhook"
	"guichet/ent/webhookdelivery"
	"guichet/mail"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/txn"
)

// The events a webhook may subscribe to.
const (
	GuidePublished      = "guide.published"
	GuideUnpublished    = "guide.unpublished"
	FAQPublished        = "faq.published"
	FAQUnpublished      = "faq.unpublished"
	ResourcePublished   = "resource.published"
	ResourceUnpublished = "resource.unpublished"
	NewsPublished       = "news.published"
	NewsUnpublished     = "news.unpublished"
)

// Events lists every event a webhook may subscribe to.
func Events() []string {
	return []string{
		GuidePublished, GuideUnpublished,
		FAQPublished, FAQUnpublished,
		ResourcePublished, ResourceUnpublished,
		NewsPublished, NewsUnpublished,
	}
}

// IsEvent reports whether event is one of Events.
func IsEvent(event string) bool { return slices.Contains(Events(), event) }

// Errors of a registration the caller maps to BAD_USER_INPUT; they arrive wrapped.
var (
	ErrInvalidURL   = errors.New("webhook: the URL must be an absolute http or https URL with a host")
	ErrUnknownEvent = errors.New("webhook: unknown or missing event")
)

// maxURLLength bounds what an admin may register; longer URLs are refused, not truncated.
const maxURLLength = 2048

// secretBytes is the entropy of a webhook's secret.
const secretBytes = 32

// Register records a webhook of space spaceID that receives events at rawURL, and returns it
// with its secret: the HMAC key receivers verify signatures with, shown this once and stored
// only sealed with s. The key is the secret string's bytes as returned (base64url text).
// actorID is the admin who registers it; 0 leaves created_by empty.
func Register(ctx context.Context, client *ent.Client, s *mail.Sealer, spaceID int, rawURL string, events []string, actorID int) (*ent.Webhook, string, error) {
	if s == nil {
		return nil, "", errors.New("webhook: Register needs a Sealer")
	}
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, "", err
	}
	evs, err := checkEvents(events)
	if err != nil {
		return nil, "", err
	}
	b := make([]byte, secretBytes)
	rand.Read(b) // never fails (crypto/rand, Go ≥ 1.24)
	secret := base64.RawURLEncoding.EncodeToString(b)

	create := client.Webhook.Create().
		SetSpaceID(spaceID).
		SetURL(u).
		SetEvents(evs).
		SetSecretSealed(s.Seal([]byte(secret))).
		SetActive(true).
		SetCreatedAt(time.Now().UTC())
	if actorID > 0 {
		create.SetCreatedBy(actorID)
	}
	h, err := create.Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("webhook: registering: %w", err)
	}
	return h, secret, nil
}

func checkURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > maxURLLength {
		return "", ErrInvalidURL
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Opaque != "" || u.Hostname() == "" {
		return "", fmt.Errorf("%w: %q", ErrInvalidURL, raw)
	}
	return u.String(), nil
}

// checkEvents returns events without duplicates, in the order given, or ErrUnknownEvent.
func checkEvents(events []string) ([]string, error) {
	if len(events) == 0 {
		return nil, fmt.Errorf("%w: at least one event is needed", ErrUnknownEvent)
	}
	out := make([]string, 0, len(events))
	for _, e := range events {
		if !IsEvent(e) {
			return nil, fmt.Errorf("%w: %q", ErrUnknownEvent, e)
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Deliveries is a page of a webhook's deliveries, newest first; totalCount is the database's
// count of them (rowcount), not a count of every delivery the webhook ever had.
func Deliveries(ctx context.Context, client *ent.Client, h *ent.Webhook, first *int, after *ent.Cursor) (*ent.WebhookDeliveryConnection, error) {
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := client.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(h.ID)).Paginate(pageCtx, after, first, nil, nil,
		ent.WithWebhookDeliveryOrder(&ent.WebhookDeliveryOrder{Direction: entgql.OrderDirectionDesc, Field: ent.WebhookDeliveryOrderFieldCreatedAt}))
	if err == nil && counted {
		conn.TotalCount, err = rowcount.Sum(ctx, client, 0, rowcount.WebhookDeliveries, []int{h.ID}, rowcount.Every)
	}
	return conn, err
}

// List returns the webhooks of space spaceID, oldest first.
func List(ctx context.Context, client *ent.Client, spaceID int) ([]*ent.Webhook, error) {
	hs, err := client.Webhook.Query().
		Where(webhook.SpaceID(spaceID)).
		Order(ent.Asc(webhook.FieldID)).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("webhook: listing: %w", err)
	}
	return hs, nil
}

// Delete removes webhook id of space spaceID and its delivery log, in one transaction. A
// webhook of another space is not found (an *ent.NotFoundError). client must not be a
// transaction's client.
func Delete(ctx context.Context, client *ent.Client, spaceID, id int) error {
	err := txn.Run(ctx, client, func(tx *ent.Tx) error {
		// Scoped to the space first, so that another space's deliveries are never touched.
		if _, err := tx.Webhook.Query().Where(webhook.ID(id), webhook.SpaceID(spaceID)).OnlyID(ctx); err != nil {
			return err
		}
		if _, err := tx.WebhookDelivery.Delete().Where(webhookdelivery.WebhookID(id)).Exec(ctx); err != nil {
			return err
		}
		return tx.Webhook.DeleteOneID(id).Where(webhook.SpaceID(spaceID)).Exec(ctx)
	})
	if err != nil && !ent.IsNotFound(err) {
		return fmt.Errorf("webhook: deleting %d: %w", id, err)
	}
	return err
}
