package mentoring_test

import (
	"fmt"
	"testing"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/platformaccessrequest"
	"guichet/ent/program"
	"guichet/mentoring"
	"guichet/viewer"
)

// What must hold before a program asks for access to the platform, in the order it is checked:
// the space runs it, the program exists, the viewer administers it (or its organisation), its
// organisation is approved, it is approved, it registered itself for onboarding, the request is
// well formed.
func TestAccessRequestPreconditions(t *testing.T) {
	w := newWorld(t)
	elsewhere := w.space("facilitators", "trainings")
	for _, tt := range []struct {
		name string
		// setup returns who asks, for which program, and the request (nil: a valid one)
		setup func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput)
		want  string
	}{
		{"a pending program", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			return w.as(a), w.program(a, w.organization(a)), nil
		}, "PRECONDITION_FAILED PROGRAM_NOT_APPROVED"},
		{"a rejected program", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			p := w.program(a, w.organization(a))
			w.decide(p, false)
			return w.as(a), p, nil
		}, "PRECONDITION_FAILED PROGRAM_NOT_APPROVED"},
		{"approved, its organisation not onboarded", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			p := w.program(a, w.organization(a))
			w.decide(p, true)
			return w.as(a), p, nil
		}, "PRECONDITION_FAILED ONBOARDING_REQUIRED"},
		{"approved and onboarded", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a, _, p := w.ready()
			return w.as(a), p, nil
		}, "ok"},
		{"onboarding is the program's: another of its organisation's programs registered", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a, org, _ := w.ready()
			p := w.program(a, org)
			w.decide(p, true)
			return w.as(a), p, nil
		}, "PRECONDITION_FAILED ONBOARDING_REQUIRED"},
		{"a program of an organisation staff have not approved", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			return w.as(a), w.program(a, w.pendingOrganization(a)), nil
		}, "PRECONDITION_FAILED ORGANIZATION_NOT_APPROVED"},
		{"asked by the program's admin", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			_, _, p := w.ready()
			return w.as(w.programAdmin(p)), p, nil
		}, "ok"},
		{"asked by another program's admin of the same organisation", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a, org, p := w.ready()
			other := w.program(a, org)
			return w.as(w.programAdmin(other)), p, nil
		}, "FORBIDDEN NOT_PROGRAM_ADMIN"},
		{"asked by another organisation's admin, before anything else", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			p := w.program(a, w.organization(a))
			b := w.person()
			w.organization(b)
			return w.as(b), p, nil
		}, "FORBIDDEN NOT_PROGRAM_ADMIN"},
		{"asked by staff", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			_, _, p := w.ready()
			return w.as(w.staff), p, nil
		}, "FORBIDDEN NOT_PROGRAM_ADMIN"},
		{"anonymous", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			_, _, p := w.ready()
			return viewer.Anonymous(w.sp.ID), p, nil
		}, "FORBIDDEN NOT_PROGRAM_ADMIN"},
		{"a badly formed request, once the program may ask", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a, _, p := w.ready()
			return w.as(a), p, &mentoring.AccessInput{ProgramID: p.ID, AdminFirstName: " ", AdminLastName: "Doe", AdminPhone: "12",
				AdminEmail: "jane@", AcceptTerms: false}
		}, "BAD_USER_INPUT adminFirstName:REQUIRED adminPhone:PHONE_INVALID adminEmail:EMAIL_INVALID acceptTerms:TERMS_NOT_ACCEPTED"},
		{"a badly formed request for a pending program", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			a := w.person()
			p := w.program(a, w.organization(a))
			return w.as(a), p, &mentoring.AccessInput{ProgramID: p.ID}
		}, "PRECONDITION_FAILED PROGRAM_NOT_APPROVED"},
		{"an unknown program", func() (*viewer.Viewer, *ent.Program, *mentoring.AccessInput) {
			return w.as(w.person()), &ent.Program{ID: 1 << 30}, nil
		}, "NOT_FOUND"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, p, in := tt.setup()
			if in == nil {
				valid := access(p, "jane@example.org")
				in = &valid
			}
			r, err := w.s.RequestAccess(w.ctx, w.sp, v, *in)
			if got := outcome(err); got != tt.want {
				t.Fatalf("RequestAccess: %s, want %s", got, tt.want)
			}
			if err == nil && (r.Status != platformaccessrequest.StatusPENDING || r.AdminPhone != "+15145555555" || r.OrganizationID != p.OrganizationID) {
				t.Fatalf("the request: %+v", r)
			}
		})
	}
	t.Run("a space without platform access", func(t *testing.T) {
		_, _, p := w.ready()
		if _, err := w.s.RequestAccess(w.ctx, elsewhere, w.as(w.staff), access(p, "jane@example.org")); outcome(err) != "NOT_FOUND MODULE_NOT_IN_SPACE" {
			t.Fatalf("another space: %s", outcome(err))
		}
	})
}

// programAdmin is an account named program-admin of p by its organisation's admin.
func (w *world) programAdmin(p *ent.Program) *ent.Account {
	w.t.Helper()
	a := w.person()
	orgAdmin := w.orgAdminOf(p.OrganizationID)
	if _, err := w.s.NameProgramAdmin(w.ctx, w.sp, w.as(orgAdmin), p.ID, a.Email); err != nil {
		w.t.Fatalf("naming a program admin: %s", outcome(err))
	}
	return a
}

// orgAdminOf is the account that created the organisation.
func (w *world) orgAdminOf(orgID int) *ent.Account {
	return w.c.Account.GetX(w.ctx, w.c.Organization.GetX(w.ctx, orgID).CreatedBy)
}

// One request is open per organisation at a time, whichever of its programs asks; a request is
// open until its invitation is accepted or it is cancelled, and then another may be made.
func TestOneOpenAccessRequestPerOrganisation(t *testing.T) {
	w := newWorld(t)
	admin, org, first := w.ready()
	second := w.program(admin, org)
	w.decide(second, true)
	w.onboard(admin, second) // onboarding counts per program
	otherAdmin, _, elsewhere := w.ready()
	var open *ent.PlatformAccessRequest // the organisation's open request, as the steps leave it
	ask := func(p *ent.Program, by *ent.Account, to string) func() error {
		return func() error {
			r, err := w.s.RequestAccess(w.ctx, w.sp, w.as(by), access(p, to))
			if err == nil && p.OrganizationID == org.ID {
				open = r
			}
			return err
		}
	}
	conflict := func() string { return fmt.Sprintf("CONFLICT ACCESS_REQUEST_OPEN #%d", open.ID) }
	for _, step := range []struct {
		name string
		do   func() error
		want func() string // computed after the step: the conflict names the open request
	}{
		{"the first request", ask(first, admin, "a@example.org"), want("ok")},
		{"the same program again", ask(first, admin, "b@example.org"), conflict},
		{"another program of the organisation", ask(second, admin, "b@example.org"), conflict},
		{"another organisation is not concerned", ask(elsewhere, otherAdmin, "c@example.org"), want("ok")},
		{"cancelled", func() error { _, err := w.s.CancelRequest(w.ctx, w.sp, w.as(admin), open.ID); return err }, want("ok")},
		{"cancelled twice", func() error { _, err := w.s.CancelRequest(w.ctx, w.sp, w.as(admin), open.ID); return err },
			want("PRECONDITION_FAILED REQUEST_NOT_OPEN")},
		{"the invitation of a cancelled request", func() error {
			_, err := w.s.AcceptInvitation(w.ctx, w.sp, w.invitation("a@example.org"), pw, "test")
			return err
		}, want("INVALID_TOKEN")},
		{"after the cancellation, another program asks", ask(second, admin, "d@example.org"), want("ok")},
		{"while it is open, the first may not", ask(first, admin, "e@example.org"), conflict},
		{"its invitation accepted", func() error {
			_, err := w.s.AcceptInvitation(w.ctx, w.sp, w.invitation("d@example.org"), pw, "test")
			return err
		}, want("ok")},
		{"the invitation used twice", func() error {
			_, err := w.s.AcceptInvitation(w.ctx, w.sp, w.invitation("d@example.org"), pw, "test")
			return err
		}, want("INVALID_TOKEN")},
		{"after the acceptance, a new request", ask(first, admin, "f@example.org"), want("ok")},
		{"cancelled by another organisation's admin", func() error {
			_, err := w.s.CancelRequest(w.ctx, w.sp, w.as(otherAdmin), open.ID)
			return err
		}, want("FORBIDDEN NOT_PROGRAM_ADMIN")},
	} {
		err := step.do()
		got := outcome(err)
		if ae, ok := apperr.As(err); ok && ae.ID != "" {
			got += " #" + ae.ID
		}
		if want := step.want(); got != want {
			t.Fatalf("%s: %s, want %s", step.name, got, want)
		}
		n := w.c.PlatformAccessRequest.Query().Where(platformaccessrequest.OrganizationID(org.ID),
			platformaccessrequest.StatusEQ(platformaccessrequest.StatusPENDING)).CountX(w.ctx)
		if n > 1 {
			t.Fatalf("%s: %d open requests for the organisation", step.name, n)
		}
	}
	statuses := map[platformaccessrequest.Status]int{}
	for _, r := range w.c.PlatformAccessRequest.Query().Where(platformaccessrequest.OrganizationID(org.ID)).AllX(w.ctx) {
		statuses[r.Status]++
	}
	if statuses[platformaccessrequest.StatusCANCELLED] != 1 || statuses[platformaccessrequest.StatusCOMPLETED] != 1 ||
		statuses[platformaccessrequest.StatusPENDING] != 1 {
		t.Fatalf("the organisation's requests: %v", statuses)
	}
	// The accepted invitation made its addressee the program's admin.
	jane := w.c.PlatformAccessRequest.Query().Where(platformaccessrequest.StatusEQ(platformaccessrequest.StatusCOMPLETED)).OnlyX(w.ctx)
	roles, err := w.s.Accounts.RolesIn(w.ctx, *jane.AdminAccountID, "mentoring/program:"+fmt.Sprint(second.ID))
	if err != nil || len(roles) != 1 || roles[0] != "program-admin" {
		t.Fatalf("the invited administrator's roles: %v %v", roles, err)
	}
}

func want(s string) func() string { return func() string { return s } }

// Staff decide on a PENDING program once: approved or rejected (with a reason its contact
// reads), never both, never twice.
func TestProgramDecisions(t *testing.T) {
	w := newWorld(t)
	admin := w.person()
	org := w.organization(admin)
	long := string(make([]rune, mentoring.MaxReason+1))
	for _, tt := range []struct {
		name    string
		before  []bool // decisions already made
		approve bool
		reason  string
		want    string
		status  program.Status
	}{
		{"approved", nil, true, "", "ok", program.StatusAPPROVED},
		{"rejected with a reason", nil, false, " Niveau de réponse inadapté. ", "ok", program.StatusREJECTED},
		{"rejected without one", nil, false, "", "ok", program.StatusREJECTED},
		{"approved twice", []bool{true}, true, "", "PRECONDITION_FAILED ALREADY_DECIDED", program.StatusAPPROVED},
		{"rejected once approved", []bool{true}, false, "", "PRECONDITION_FAILED ALREADY_DECIDED", program.StatusAPPROVED},
		{"approved once rejected", []bool{false}, true, "", "PRECONDITION_FAILED ALREADY_DECIDED", program.StatusREJECTED},
		{"a reason too long", nil, false, long, "BAD_USER_INPUT reason:TOO_LONG", program.StatusPENDING},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := w.program(admin, org)
			for _, d := range tt.before {
				w.decide(p, d)
			}
			var reason *string
			if tt.reason != "" {
				reason = &tt.reason
			}
			_, err := w.s.Decide(w.ctx, w.sp, w.as(w.staff), p.ID, tt.approve, reason)
			if got := outcome(err); got != tt.want {
				t.Fatalf("Decide: %s, want %s", got, tt.want)
			}
			got := w.c.Program.GetX(w.ctx, p.ID)
			if got.Status != tt.status {
				t.Fatalf("status %s, want %s", got.Status, tt.status)
			}
			if err == nil && tt.reason != "" && got.RejectionReason != "Niveau de réponse inadapté." {
				t.Fatalf("the reason kept: %q", got.RejectionReason)
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		if _, err := w.s.Decide(w.ctx, w.sp, w.as(w.staff), 1<<30, true, nil); outcome(err) != "NOT_FOUND" {
			t.Fatalf("an unknown program: %s", outcome(err))
		}
	})
}

// An organisation's creator is its org-admin at once (to add programs, while staff review the
// organisation), and the role counts in the space (for reading what is written for org
// admins) once one of its programs is approved, which needs the organisation approved. Only its admins add programs and name program admins.
func TestOrganisationsAndTheirAdmins(t *testing.T) {
	w := newWorld(t)
	admin := w.person()
	org := w.organization(admin)
	scoped := func(a *ent.Account) []string {
		_, s, err := w.s.Accounts.RolesInSpace(w.ctx, a.ID, w.sp.Slug)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := scoped(admin); len(s) != 0 {
		t.Fatalf("before any approved program, scoped roles %v", s)
	}
	p := w.program(admin, org)
	if s := scoped(admin); len(s) != 0 {
		t.Fatalf("with a pending program, scoped roles %v", s)
	}
	w.decide(p, true)
	if s := scoped(admin); len(s) != 1 || s[0] != "org-admin" {
		t.Fatalf("once a program is approved, scoped roles %v", s)
	}

	programAdmin := w.programAdmin(p)
	outsider := w.person()
	w.organization(outsider)
	title := "Mentorat"
	for _, tt := range []struct {
		name string
		by   *ent.Account
		in   mentoring.ProgramInput
		want string
	}{
		{"its admin", admin, mentoring.ProgramInput{TitleEn: &title, ResponseLevel: 4, ContactEmail: "c@example.org"}, "ok"},
		{"a program's admin", programAdmin, mentoring.ProgramInput{TitleFr: &title, ResponseLevel: 1, ContactEmail: "c@example.org"},
			"FORBIDDEN NOT_ORGANIZATION_ADMIN"},
		{"another organisation's admin", outsider, mentoring.ProgramInput{TitleFr: &title, ResponseLevel: 1, ContactEmail: "c@example.org"},
			"FORBIDDEN NOT_ORGANIZATION_ADMIN"},
		{"staff", w.staff, mentoring.ProgramInput{TitleFr: &title, ResponseLevel: 1, ContactEmail: "c@example.org"},
			"FORBIDDEN NOT_ORGANIZATION_ADMIN"},
		{"no title, a level out of range, no address", admin, mentoring.ProgramInput{ResponseLevel: 5, ContactEmail: "c@"},
			"BAD_USER_INPUT titleFr:TITLE_REQUIRED responseLevel:OUT_OF_RANGE contactEmail:EMAIL_INVALID"},
		{"level 0", admin, mentoring.ProgramInput{TitleFr: &title, ResponseLevel: 0, ContactEmail: "c@example.org"},
			"BAD_USER_INPUT responseLevel:OUT_OF_RANGE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.OrganizationID = org.ID
			got, err := w.s.CreateProgram(w.ctx, w.sp, w.as(tt.by), tt.in)
			if outcome(err) != tt.want {
				t.Fatalf("CreateProgram: %s, want %s", outcome(err), tt.want)
			}
			if err == nil && got.Status != program.StatusPENDING {
				t.Fatalf("a new program is %s", got.Status)
			}
		})
	}
	for _, tt := range []struct {
		name  string
		by    *ent.Account
		email string
		want  string
	}{
		{"its admin names an account", admin, w.person().Email, "ok"},
		{"an address without an account", admin, "nobody@example.org", "BAD_USER_INPUT email:NO_SUCH_ACCOUNT"},
		{"not an address", admin, "nobody@", "BAD_USER_INPUT email:EMAIL_INVALID"},
		{"a program's admin names another", programAdmin, w.person().Email, "FORBIDDEN NOT_ORGANIZATION_ADMIN"},
		{"another organisation's admin", outsider, outsider.Email, "FORBIDDEN NOT_ORGANIZATION_ADMIN"},
	} {
		t.Run("naming: "+tt.name, func(t *testing.T) {
			if _, err := w.s.NameProgramAdmin(w.ctx, w.sp, w.as(tt.by), p.ID, tt.email); outcome(err) != tt.want {
				t.Fatalf("NameProgramAdmin: %s, want %s", outcome(err), tt.want)
			}
		})
	}
	for _, tt := range []struct {
		name string
		in   mentoring.OrganizationInput
		want string
	}{
		{"a name and a website", mentoring.OrganizationInput{Name: "Science Jeunesse", Website: ptr("https://example.org")}, "ok"},
		{"no name", mentoring.OrganizationInput{Name: " "}, "BAD_USER_INPUT name:REQUIRED"},
		{"a website that is no web address", mentoring.OrganizationInput{Name: "X", Website: ptr("ftp://example.org")}, "BAD_USER_INPUT website:URL_INVALID"},
	} {
		t.Run("organisation: "+tt.name, func(t *testing.T) {
			o, err := w.s.CreateOrganization(w.ctx, w.sp, w.as(outsider), tt.in)
			if outcome(err) != tt.want {
				t.Fatalf("CreateOrganization: %s, want %s", outcome(err), tt.want)
			}
			if err == nil {
				if roles, _ := w.s.Accounts.RolesIn(w.ctx, outsider.ID, fmt.Sprintf("mentoring/organization:%d", o.ID)); len(roles) != 1 || roles[0] != "org-admin" {
					t.Fatalf("its creator's roles in it: %v", roles)
				}
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
