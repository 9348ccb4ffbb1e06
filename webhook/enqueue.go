package webhook

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/ent/webhook"
	"guichet/ent/webhookdelivery"
)

// Payload is the JSON body of a delivery, its fields in this order. ID names the event: the
// deliveries of one event to several webhooks, and the retries of one delivery, share it, so
// receivers can drop duplicates; the X-Guichet-Delivery header names the delivery.
type Payload struct {
	Event     string         `json:"event"`
	ID        string         `json:"id"`
	CreatedAt string         `json:"createdAt"` // RFC 3339, UTC
	Space     int            `json:"space"`
	Data      map[string]any `json:"data"`
}

// Enqueue writes, in the caller's transaction, one delivery of event with data to each active
// webhook of space spaceID subscribed to event: the deliveries exist if and only if the
// change that causes them commits. Wake the Worker once it has.
func Enqueue(ctx context.Context, tx *ent.Tx, spaceID int, event string, data map[string]any) error {
	if tx == nil {
		return errors.New("webhook: Enqueue needs the caller's transaction")
	}
	if !IsEvent(event) {
		return fmt.Errorf("%w: %q", ErrUnknownEvent, event)
	}
	hooks, err := tx.Webhook.Query().
		Where(webhook.SpaceID(spaceID), webhook.Active(true)).
		Order(ent.Asc(webhook.FieldID)).
		All(ctx)
	if err != nil {
		return fmt.Errorf("webhook: enqueuing %s: %w", event, err)
	}
	hooks = slices.DeleteFunc(hooks, func(h *ent.Webhook) bool { return !slices.Contains(h.Events, event) })
	if len(hooks) == 0 {
		return nil
	}
	now := time.Now().UTC()
	if data == nil {
		data = map[string]any{}
	}
	body, err := json.Marshal(Payload{
		Event:     event,
		ID:        newUUID(),
		CreatedAt: now.Format(time.RFC3339),
		Space:     spaceID,
		Data:      data,
	})
	if err != nil {
		return fmt.Errorf("webhook: encoding %s: %w", event, err)
	}
	creates := make([]*ent.WebhookDeliveryCreate, len(hooks))
	for i, h := range hooks {
		creates[i] = tx.WebhookDelivery.Create().
			SetWebhookID(h.ID).
			SetEvent(event).
			SetPayload(string(body)).
			SetStatus(webhookdelivery.StatusPENDING).
			SetNextAttemptAt(now).
			SetCreatedAt(now)
	}
	if err := tx.WebhookDelivery.CreateBulk(creates...).Exec(ctx); err != nil {
		return fmt.Errorf("webhook: enqueuing %s: %w", event, err)
	}
	return nil
}

// newUUID is a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// CountByStatus counts deliveries by status (PENDING is the backlog, FAILED what was given
// up), for metrics.
func CountByStatus(ctx context.Context, client *ent.Client) (map[string]int, error) {
	var rows []struct {
		Status string `json:"status"`
		Count  int    `json:"count"`
	}
	err := client.WebhookDelivery.Query().GroupBy(webhookdelivery.FieldStatus).
		Aggregate(ent.Count()).Scan(privacy.DecisionContext(ctx, privacy.Allow), &rows)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, s := range []webhookdelivery.Status{webhookdelivery.StatusPENDING, webhookdelivery.StatusDELIVERED, webhookdelivery.StatusFAILED} {
		counts[s.String()] = 0
	}
	for _, r := range rows {
		counts[r.Status] = r.Count
	}
	return counts, nil
}
