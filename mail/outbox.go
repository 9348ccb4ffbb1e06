// Package mail owns Guichet's e-mail: the outbox a domain change writes its messages to in
// its own transaction, the FR/EN templates, the transports (SMTP, .eml files) and the worker
// that sends what the outbox holds, with retries, so that a crash or an SMTP outage delays
// mail but never loses it.
package mail

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"strings"
	"time"

	"guichet/ent"
	"guichet/ent/outboxmessage"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/txn"
)

// Link is a message's link that carries a secret: Path is appended to the public URL and
// Token becomes its token query parameter, e.g. {"/activate", "…"} → PUBLIC_URL/activate?token=….
type Link struct {
	Path  string
	Token string
}

// Message is an e-mail to send: a template written in the recipient's locale with Data.
// Data is stored in clear: it never holds a secret; a link's token goes in Link, which is
// stored sealed.
type Message struct {
	SpaceID  *int
	To       string
	ToName   string
	Locale   locales.Locale
	Template string
	Data     map[string]string
	Link     *Link
}

// Enqueue writes m to the outbox in the caller's transaction, so that the message exists if
// and only if the change that causes it commits. The token of m's link is sealed with s.
// An unknown template, missing data or an invalid address is refused here, before the
// change commits, rather than failing in the worker later. Once the transaction commits,
// its unit of work wakes the mail worker (txn.MailQueued).
func Enqueue(ctx context.Context, tx *ent.Tx, s *Sealer, m Message) error {
	if tx == nil {
		return errors.New("mail: Enqueue needs the caller's transaction")
	}
	if _, err := netmail.ParseAddress(m.To); err != nil {
		return fmt.Errorf("mail: recipient %q: %w", m.To, err)
	}
	if _, ok := m.Data[DataLinkPath]; ok {
		return fmt.Errorf("mail: data key %q is reserved", DataLinkPath)
	}
	// Rendering now checks the template, its data and its link with the same rules the
	// worker will apply.
	if _, err := Render(m, "http://localhost"); err != nil {
		return err
	}
	data := make(map[string]string, len(m.Data)+1)
	for k, v := range m.Data {
		data[k] = v
	}
	now := time.Now().UTC()
	create := tx.OutboxMessage.Create().
		SetNillableSpaceID(m.SpaceID).
		SetToAddress(m.To).
		SetToName(m.ToName).
		SetLocale(m.Locale).
		SetTemplate(m.Template).
		SetNextAttemptAt(now).
		SetCreatedAt(now)
	if m.Link != nil {
		if s == nil {
			return errors.New("mail: a message with a link needs a Sealer")
		}
		data[DataLinkPath] = m.Link.Path
		create.SetSealed(s.Seal([]byte(m.Link.Token)))
	}
	if err := create.SetData(data).Exec(ctx); err != nil {
		return fmt.Errorf("mail: enqueuing %s: %w", m.Template, err)
	}
	txn.Raise(tx, txn.MailQueued)
	return nil
}

// Notify queues e-mail template to account a of space sp, in a's locale, inside tx; extra
// are more Data key-value pairs. The token of link is sealed with s.
func Notify(ctx context.Context, tx *ent.Tx, s *Sealer, sp *ent.Space, a *ent.Account, template string, link *Link, extra ...string) error {
	data := map[string]string{
		DataSpaceName: SpaceName(sp, a.Locale),
		"first_name":  a.FirstName,
		"last_name":   a.LastName,
		"email":       a.Email,
	}
	for i := 0; i+1 < len(extra); i += 2 {
		data[extra[i]] = extra[i+1]
	}
	return Enqueue(ctx, tx, s, Message{
		SpaceID: &sp.ID, To: a.Email, ToName: strings.TrimSpace(a.FirstName + " " + a.LastName),
		Locale: a.Locale, Template: template, Data: data, Link: link,
	})
}

// SpaceName is the name of space sp in locale l, as messages show it.
func SpaceName(sp *ent.Space, l locales.Locale) string {
	if l == locales.EN {
		return sp.NameEn
	}
	return sp.NameFr
}

// CountByStatus counts the outbox's messages by status (PENDING is the backlog, FAILED what
// was given up), for metrics.
func CountByStatus(ctx context.Context, client *ent.Client) (map[string]int, error) {
	var rows []struct {
		Status string `json:"status"`
		Count  int    `json:"count"`
	}
	err := client.OutboxMessage.Query().GroupBy(outboxmessage.FieldStatus).
		Aggregate(ent.Count()).Scan(privacy.DecisionContext(ctx, privacy.Allow), &rows)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, s := range []outboxmessage.Status{outboxmessage.StatusPENDING, outboxmessage.StatusSENT, outboxmessage.StatusFAILED} {
		counts[s.String()] = 0
	}
	for _, r := range rows {
		counts[r.Status] = r.Count
	}
	return counts, nil
}
