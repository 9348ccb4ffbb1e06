package community_test

import (
	"context"
	"slices"
	"testing"

	"guichet/community"
	"guichet/domaintest"
	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/viewer"
)

// The facilitators' space's rules, run against the services on a real database: no HTTP, no
// GraphQL. Permissions the schema checks before a service is called (@can) are not here;
// those the services decide are.

const pw = domaintest.Password

// world is a facilitators' space on a database of its own, with a clock the test moves.
type world struct {
	*domaintest.World
	t      *testing.T
	ctx    context.Context
	c      *ent.Client
	s      *community.Service
	sp     *ent.Space
	sealer *mail.Sealer
}

func newWorld(t *testing.T, rules facilitation.Rules) *world {
	t.Helper()
	base := domaintest.New(t)
	w := &world{World: base, t: t, ctx: base.Ctx, c: base.C, sealer: base.Sealer}
	w.s = &community.Service{Client: base.C, Txn: base.Txn, Sealer: base.Sealer, Accounts: base.Accounts, Now: base.Clock}
	w.sp = w.c.Space.Create().SetSlug("facilitators").SetNameFr("Animateurs").SetNameEn("Facilitators").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).
		SetModules([]string{"trainings", "workshops", "belts"}).SetBeltRules(rules).SaveX(w.ctx)
	return w
}

// setRules changes the space's belt rules, as a new space.yaml imported would.
func (w *world) setRules(r facilitation.Rules) {
	w.sp = w.c.Space.UpdateOne(w.sp).SetBeltRules(r).SaveX(w.ctx)
}

// person makes an active account of the space with roles (a belt is a role: "green").
func (w *world) person(roles ...string) *ent.Account { w.t.Helper(); return w.Person(w.sp, roles...) }

// as is the viewer of a signed-in account, its roles read from the database as a request's are.
func (w *world) as(a *ent.Account) *viewer.Viewer { w.t.Helper(); return w.As(w.sp, a) }

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

// mails counts the messages of a template queued to an account.
func (w *world) mails(to *ent.Account, template string) int { return w.Mails(to.Email, template) }

// link is the token of the latest message of a template to an address, as its link carries it.
func (w *world) link(to, template string) string { w.t.Helper(); return w.Link(to, template) }

// outcome names an answer as tests compare it (domaintest.Outcome).
func outcome(err error) string { return domaintest.Outcome(err) }
