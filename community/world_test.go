package community_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/community"
	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/ent/outboxmessage"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/store/storetest"
	"guichet/txn"
	"guichet/viewer"
)

// The facilitators' space's rules, run against the services on a real database: no HTTP, no
// GraphQL. Permissions the schema checks before a service is called (@can) are not here;
// those the services decide are.

// cheapHasher is argon2id at costs that keep a test's sign-ups fast.
var cheapHasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}

const pw = "Parapluie-Bleu-42"

// world is a facilitators' space on a database of its own, with a clock the test moves.
type world struct {
	t      *testing.T
	ctx    context.Context
	c      *ent.Client
	s      *community.Service
	sp     *ent.Space
	sealer *mail.Sealer
	now    time.Time
	n      int // accounts made, for their addresses
}

func newWorld(t *testing.T, rules facilitation.Rules) *world {
	t.Helper()
	db := storetest.Open(t, t.TempDir())
	pol, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := mail.NewSealer(make([]byte, mail.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, ctx: context.Background(), c: db.Client, sealer: sealer, now: time.Now().UTC().Truncate(time.Second)}
	clock := func() time.Time { return w.now }
	work := &txn.Runner{Client: db.Client}
	accounts := &account.Service{Client: db.Client, Txn: work, Hasher: cheapHasher, Sealer: sealer, Policy: pol, Now: clock}
	w.s = &community.Service{Client: db.Client, Txn: work, Sealer: sealer, Accounts: accounts, Now: clock}
	w.sp = db.Client.Space.Create().SetSlug("facilitators").SetNameFr("Animateurs").SetNameEn("Facilitators").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).
		SetModules([]string{"trainings", "workshops", "belts"}).SetBeltRules(rules).SaveX(w.ctx)
	return w
}

// setRules changes the space's belt rules, as a new space.yaml imported would.
func (w *world) setRules(r facilitation.Rules) {
	w.sp = w.c.Space.UpdateOne(w.sp).SetBeltRules(r).SaveX(w.ctx)
}

// person makes an active account of the space with roles (a belt is a role: "green").
func (w *world) person(roles ...string) *ent.Account {
	w.t.Helper()
	w.n++
	a, err := w.s.Accounts.Create(w.ctx, w.sp, account.CreateInput{Email: fmt.Sprintf("p%d@example.org", w.n), Password: pw,
		FirstName: fmt.Sprintf("P%d", w.n), LastName: "Test", Roles: roles})
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

// as is the viewer of a signed-in account, its roles read from the database as a request's are.
func (w *world) as(a *ent.Account) *viewer.Viewer {
	w.t.Helper()
	roles, _, err := w.s.Accounts.RolesInSpace(w.ctx, a.ID, w.sp.Slug)
	if err != nil {
		w.t.Fatal(err)
	}
	return &viewer.Viewer{SpaceID: w.sp.ID, AccountID: a.ID, Roles: roles, Client: "test"}
}

// belt is an account's belt, "" for none.
func (w *world) belt(a *ent.Account) string {
	w.t.Helper()
	b, err := w.s.BeltOf(w.ctx, w.sp, a.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	if b == nil {
		return ""
	}
	return *b
}

// roles are the roles an account holds in the space, belts included, sorted.
func (w *world) roles(a *ent.Account) []string {
	w.t.Helper()
	rs, err := w.s.Accounts.RolesIn(w.ctx, a.ID, w.sp.Slug)
	if err != nil {
		w.t.Fatal(err)
	}
	slices.Sort(rs)
	return rs
}

// audited counts the audit log's events of an action about an account.
func (w *world) audited(action string, target int) int {
	return w.c.AuditEvent.Query().Where(auditevent.Action(action), auditevent.TargetID(target)).CountX(w.ctx)
}

// mails counts the messages of a template queued to an address.
func (w *world) mails(to *ent.Account, template string) int {
	return w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(to.Email), outboxmessage.Template(template)).CountX(w.ctx)
}

// link is the token of the latest message of a template to an address, as its link carries it.
func (w *world) link(to, template string) string {
	w.t.Helper()
	m, err := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(to), outboxmessage.Template(template)).
		Order(ent.Desc(outboxmessage.FieldID)).First(w.ctx)
	if err != nil || m.Sealed == nil {
		w.t.Fatalf("no %s message with a link to %s: %v", template, to, err)
	}
	token, err := w.sealer.Open(*m.Sealed)
	if err != nil {
		w.t.Fatal(err)
	}
	return string(token)
}

// outcome names an answer as tests compare it: "ok", the error's code, and its message id or
// reason when it has one ("FORBIDDEN BELT_TOO_LOW"), or, for BAD_USER_INPUT, its violations
// ("BAD_USER_INPUT capacity:OUT_OF_RANGE").
func outcome(err error) string {
	if err == nil {
		return "ok"
	}
	ae, ok := apperr.As(err)
	if !ok {
		return err.Error()
	}
	out := ae.Code
	if ae.Code == apperr.BadUserInput {
		for _, v := range ae.Violations {
			out += " " + v.Field + ":" + v.Code
		}
		return out
	}
	switch {
	case ae.Reason != "":
		out += " " + ae.Reason
	case ae.MessageID != "":
		out += " " + ae.MessageID
	}
	return out
}
