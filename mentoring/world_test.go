package mentoring_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guichet/blob"
	"guichet/domaintest"
	"guichet/ent"
	"guichet/locales"
	"guichet/mail"
	"guichet/mentoring"
	"guichet/password"
	"guichet/viewer"
)

// The mentoring space's rules, run against the service on a real database: no HTTP, no
// GraphQL. What the schema checks before a service is called (@can: staff approve programs
// and schedule sessions) is not here; what the service decides is.

const pw = domaintest.Password

// world is a mentoring space on a database of its own, with a clock the test moves.
type world struct {
	*domaintest.World
	t      *testing.T
	ctx    context.Context
	c      *ent.Client
	s      *mentoring.Service
	sp     *ent.Space
	sealer *mail.Sealer
	staff  *ent.Account
	orgs   int // organisations made, for their names
}

func newWorld(t *testing.T) *world {
	t.Helper()
	base := domaintest.New(t)
	w := &world{World: base, t: t, ctx: base.Ctx, c: base.C, sealer: base.Sealer}
	w.s = &mentoring.Service{Client: base.C, Txn: base.Txn, Sealer: base.Sealer, Accounts: base.Accounts,
		Blobs: blob.Dir{Root: t.TempDir()}, Now: base.Clock}
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
func (w *world) person(roles ...string) *ent.Account { w.t.Helper(); return w.Person(w.sp, roles...) }

// as is the viewer of a signed-in account, its roles read from the database as a request's are.
func (w *world) as(a *ent.Account) *viewer.Viewer { w.t.Helper(); return w.As(w.sp, a) }

// organization is a new organisation created by admin (who becomes its org-admin), approved
// by staff.
func (w *world) organization(admin *ent.Account) *ent.Organization {
	w.t.Helper()
	o := w.pendingOrganization(admin)
	if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), o.ID, true, ""); err != nil {
		w.t.Fatalf("approving an organisation: %s", outcome(err))
	}
	return w.c.Organization.GetX(w.ctx, o.ID)
}

// pendingOrganization is a new organisation created by admin, not yet decided by staff.
func (w *world) pendingOrganization(admin *ent.Account) *ent.Organization {
	w.t.Helper()
	w.orgs++
	o, err := w.s.CreateOrganization(w.ctx, w.sp, w.as(admin), mentoring.OrganizationInput{Name: fmt.Sprintf("Organisme %d", w.orgs)})
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
	s, err := w.s.CreateSession(w.ctx, w.sp, w.as(w.staff), mentoring.SessionInput{StartsAt: w.Now.Add(72 * time.Hour),
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

// onboard registers a program for a new onboarding session, as admin.
func (w *world) onboard(admin *ent.Account, p *ent.Program) {
	w.t.Helper()
	if err := w.s.RegisterProgram(w.ctx, w.sp, w.as(admin), w.session(10).ID, p.ID); err != nil {
		w.t.Fatalf("onboarding: %s", outcome(err))
	}
}

// access is a valid request for access to the platform for a program.
func access(p *ent.Program, adminEmail string) mentoring.AccessInput {
	return mentoring.AccessInput{ProgramID: p.ID, AdminFirstName: "Jane", AdminLastName: "Doe", AdminPhone: "514 555-5555",
		AdminEmail: adminEmail, AcceptTerms: true}
}

// invitation is the token of the latest invitation sent to an address.
func (w *world) invitation(to string) string { w.t.Helper(); return w.Link(to, "platform_invitation") }

// outcome names an answer as tests compare it (domaintest.Outcome).
func outcome(err error) string { return domaintest.Outcome(err) }
