package mentoring_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/ent/outboxmessage"
	"guichet/locales"
	"guichet/mail"
	"guichet/mentoring"
	"guichet/password"
	"guichet/policy"
	"guichet/store/storetest"
	"guichet/txn"
	"guichet/viewer"
)

// The mentoring space's rules, run against the service on a real database: no HTTP, no
// GraphQL. What the schema checks before a service is called (@can: staff approve programs
// and schedule sessions) is not here; what the service decides is.

// cheapHasher is argon2id at costs that keep a test's sign-ups fast.
var cheapHasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}

const pw = "Parapluie-Bleu-42"

// world is a mentoring space on a database of its own, with a clock the test moves.
type world struct {
	t      *testing.T
	ctx    context.Context
	c      *ent.Client
	s      *mentoring.Service
	sp     *ent.Space
	sealer *mail.Sealer
	staff  *ent.Account
	now    time.Time
	n      int
}

func newWorld(t *testing.T) *world {
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
	w.s = &mentoring.Service{Client: db.Client, Txn: work, Sealer: sealer, Accounts: accounts, Blobs: blob.Dir{Root: t.TempDir()}, Now: clock}
	w.sp = w.space("mentoring", mentoring.ModulePrograms, mentoring.ModuleOnboarding, mentoring.ModulePlatformAccess)
	w.staff = w.person("staff")
	return w
}

func (w *world) space(slug string, modules ...string) *ent.Space {
	return w.c.Space.Create().SetSlug(slug).SetNameFr("Mentorat").SetNameEn("Mentoring").SetDefaultLocale(locales.FR).
		SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SetModules(modules).SetTimeZone("America/Toronto").
		SetPhoneRegion("CA").SaveX(w.ctx)
}

// person makes an active account of the space with space-wide roles.
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

// organization is a new organisation created by admin (who becomes its org-admin).
func (w *world) organization(admin *ent.Account) *ent.Organization {
	w.t.Helper()
	o, err := w.s.CreateOrganization(w.ctx, w.sp, w.as(admin), mentoring.OrganizationInput{Name: fmt.Sprintf("Organisme %d", w.n)})
	if err != nil {
		w.t.Fatalf("an organisation: %s", outcome(err))
	}
	return o
}

// program is a new PENDING program of the organisation, added by one of its admins.
func (w *world) program(admin *ent.Account, org *ent.Organization) *ent.Program {
	w.t.Helper()
	title := "Génies en herbe"
	p, err := w.s.CreateProgram(w.ctx, w.sp, w.as(admin), mentoring.ProgramInput{OrganizationID: org.ID, TitleFr: &title,
		ResponseLevel: 2, ContactEmail: "contact@example.org"})
	if err != nil {
		w.t.Fatalf("a program: %s", outcome(err))
	}
	return p
}

// decide approves or rejects a program as staff.
func (w *world) decide(p *ent.Program, approve bool) {
	w.t.Helper()
	if _, err := w.s.Decide(w.ctx, w.sp, w.as(w.staff), p.ID, approve, nil); err != nil {
		w.t.Fatalf("deciding: %s", outcome(err))
	}
}

// session schedules an onboarding session in three days.
func (w *world) session(capacity int) *ent.OnboardingSession {
	w.t.Helper()
	s, err := w.s.CreateSession(w.ctx, w.sp, w.as(w.staff), mentoring.SessionInput{StartsAt: w.now.Add(72 * time.Hour),
		Language: locales.FR, Capacity: capacity})
	if err != nil {
		w.t.Fatalf("a session: %s", outcome(err))
	}
	return s
}

// ready is an approved program, registered for onboarding, of a new organisation.
func (w *world) ready() (admin *ent.Account, org *ent.Organization, p *ent.Program) {
	w.t.Helper()
	admin = w.person()
	org = w.organization(admin)
	p = w.program(admin, org)
	w.decide(p, true)
	if err := w.s.RegisterProgram(w.ctx, w.sp, w.as(admin), w.session(10).ID, p.ID); err != nil {
		w.t.Fatalf("onboarding: %s", outcome(err))
	}
	return admin, org, p
}

// access is a valid request for access to the platform for a program.
func access(p *ent.Program, adminEmail string) mentoring.AccessInput {
	return mentoring.AccessInput{ProgramID: p.ID, AdminFirstName: "Jane", AdminLastName: "Doe", AdminPhone: "514 555-5555",
		AdminEmail: adminEmail, AcceptTerms: true}
}

// invitation is the token of the latest invitation sent to an address.
func (w *world) invitation(to string) string {
	w.t.Helper()
	m, err := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(to), outboxmessage.Template("platform_invitation")).
		Order(ent.Desc(outboxmessage.FieldID)).First(w.ctx)
	if err != nil || m.Sealed == nil {
		w.t.Fatalf("no invitation to %s: %v", to, err)
	}
	token, err := w.sealer.Open(*m.Sealed)
	if err != nil {
		w.t.Fatal(err)
	}
	return string(token)
}

// outcome names an answer as tests compare it: "ok", the error's code, and its reason or
// message id when it has one ("FORBIDDEN NOT_PROGRAM_ADMIN"), or, for BAD_USER_INPUT, its
// violations ("BAD_USER_INPUT capacity:OUT_OF_RANGE").
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
