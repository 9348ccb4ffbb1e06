package registry_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"guichet/account"
	"guichet/blob"
	"guichet/domaintest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/entity"
	"guichet/ent/outboxmessage"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/registry"
	"guichet/viewer"
)

// The certification space's rules, run against the services on a real database: no HTTP, no
// GraphQL. Decisions on accounts go through the account service, with the registry's rules
// plugged in as the server plugs them.

const pw = domaintest.Password

var pdf = []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")

// world is a certification space on a database of its own, with a clock the test sets.
type world struct {
	*domaintest.World
	t      *testing.T
	ctx    context.Context
	c      *ent.Client
	s      *registry.Service
	sp     *ent.Space
	sealer *mail.Sealer
	staff  *ent.Account
	n      int // registrations made, for their addresses
}

func newWorld(t *testing.T) *world {
	t.Helper()
	base := domaintest.New(t)
	w := &world{World: base, t: t, ctx: base.Ctx, c: base.C, sealer: base.Sealer}
	accounts := base.Accounts
	w.s = &registry.Service{Client: base.C, Txn: base.Txn, Sealer: base.Sealer, Accounts: accounts,
		Blobs: blob.Dir{Root: t.TempDir()}, Now: base.Clock}
	accounts.Decisions, accounts.Activated = w.s.Decisions, w.s.Activated
	w.sp = w.c.Space.Create().SetSlug("certification").SetNameFr("Registre").SetNameEn("Registry").
		SetDefaultLocale(locales.FR).SetApproval("entity-manager").SetModules([]string{registry.Module, "documents"}).
		SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(w.ctx)
	var err error
	if w.staff, err = accounts.Create(w.ctx, w.sp, account.CreateInput{Email: "staff@example.org", Password: pw,
		FirstName: "Sam", LastName: "Staff", Roles: []string{"staff"}}); err != nil {
		t.Fatal(err)
	}
	return w
}

// registration is a valid registration of a company with a SIRET (named Moreau Conseil) by a
// person named on its Kbis, which change may alter.
func (w *world) registration(siret string, change func(*registry.DepositorInput)) registry.DepositorInput {
	w.n++
	kind, yes, name := entity.KindCOMPANY, true, "Moreau Conseil"
	in := registry.DepositorInput{EntityKind: &kind, HasSiret: &yes, Siret: &siret, EntityName: &name, NameOnLegalDocument: &yes,
		LegalExistenceProof: &registry.Upload{File: bytes.NewReader(pdf), Filename: "kbis.pdf", ContentType: "application/pdf"}}
	in.Person = account.RegisterInput{Email: fmt.Sprintf("p%d@example.org", w.n), Password: pw, FirstName: "Claire", LastName: "Moreau"}
	if change != nil {
		change(&in)
	}
	return in
}

// register registers in, from a client of its own (so that the e-mail limits per client stay
// far), and returns the account it made.
func (w *world) register(in registry.DepositorInput) (*ent.Account, error) {
	w.t.Helper()
	if err := w.s.RegisterDepositor(w.ctx, w.sp, in, fmt.Sprintf("client-%d", w.n)); err != nil {
		return nil, err
	}
	_, key, _ := account.NormalizeEmail(in.Person.Email)
	return w.c.Account.Query().Where(entaccount.EmailKey(key)).Only(w.ctx)
}

// depositor registers a person for the entity of siret; activated, the account waits for
// approval.
func (w *world) depositor(siret string, activated bool) *ent.Account {
	w.t.Helper()
	a, err := w.register(w.registration(siret, nil))
	if err != nil {
		w.t.Fatalf("registering: %s", outcome(err))
	}
	if activated {
		w.activate(a)
	}
	return w.c.Account.GetX(w.ctx, a.ID)
}

// activate follows the account's activation link.
func (w *world) activate(a *ent.Account) {
	w.t.Helper()
	m, err := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(a.Email), outboxmessage.Template("activation")).
		Order(ent.Desc(outboxmessage.FieldID)).First(w.ctx)
	if err != nil {
		w.t.Fatalf("no activation link for %s: %v", a.Email, err)
	}
	token, err := w.sealer.Open(*m.Sealed)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.s.Accounts.Activate(w.ctx, w.sp, string(token)); err != nil {
		w.t.Fatalf("activating: %s", outcome(err))
	}
}

// as is the viewer of a signed-in account, its roles read from the database as a request's are.
func (w *world) as(a *ent.Account) *viewer.Viewer { w.t.Helper(); return w.As(w.sp, a) }

// decide approves or rejects an account as by decides, as a request of theirs would.
func (w *world) decide(by, a *ent.Account, approve bool) error {
	ctx := viewer.NewContext(w.ctx, w.as(by))
	var err error
	if approve {
		_, err = w.s.Accounts.Approve(ctx, w.sp, by.ID, a.ID, "test")
	} else {
		_, err = w.s.Accounts.Reject(ctx, w.sp, by.ID, a.ID, nil, "test")
	}
	return err
}

// entityOf is the account's entity as it is now.
func (w *world) entityOf(a *ent.Account) *ent.Entity {
	w.t.Helper()
	a = w.c.Account.GetX(w.ctx, a.ID)
	if a.EntityID == nil {
		w.t.Fatalf("account %s has no entity", a.Email)
	}
	return w.c.Entity.GetX(w.ctx, *a.EntityID)
}

// place is who holds the manager's place of the entity: an account's e-mail, "" when free.
func (w *world) place(e *ent.Entity) string {
	e = w.c.Entity.GetX(w.ctx, e.ID)
	if e.ManagerID == nil {
		return ""
	}
	return w.c.Account.GetX(w.ctx, *e.ManagerID).Email
}

// rolesIn are the roles an account holds in the entity's scope.
func (w *world) rolesIn(a *ent.Account, e *ent.Entity) []string {
	w.t.Helper()
	rs, err := w.s.Accounts.RolesIn(w.ctx, a.ID, policy.Scope(w.sp.Slug, registry.Scope(e.ID)))
	if err != nil {
		w.t.Fatal(err)
	}
	return rs
}

// outcome names an answer as tests compare it (domaintest.Outcome).
func outcome(err error) string { return domaintest.Outcome(err) }
