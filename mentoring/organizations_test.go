package mentoring_test

import (
	"fmt"
	"strings"
	"testing"

	"guichet/account"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
	"guichet/ent/organization"
	"guichet/ent/outboxmessage"
	"guichet/ent/platformaccessrequest"
	"guichet/ent/program"
	"guichet/locales"
	"guichet/mentoring"
)

// Staff decide on a PENDING organisation once: approved, or rejected with a reason (required,
// at most MaxOrganizationReason characters) that its org-admins read, each in their language.
func TestOrganizationDecisions(t *testing.T) {
	w := newWorld(t)
	long := strings.Repeat("é", mentoring.MaxOrganizationReason+1)
	longest := strings.Repeat("é", mentoring.MaxOrganizationReason)
	for _, tt := range []struct {
		name    string
		before  []bool // decisions already made
		approve bool
		reason  string
		want    string
		status  organization.Status
		mail    string // the template its admins get, "" for none
	}{
		{"approved", nil, true, "", "ok", organization.StatusAPPROVED, "organization_approved"},
		{"rejected with a reason", nil, false, " Aucun site web ni adresse. ", "ok", organization.StatusREJECTED, "organization_rejected"},
		{"rejected with the longest reason", nil, false, longest, "ok", organization.StatusREJECTED, "organization_rejected"},
		{"rejected without one", nil, false, " ", "BAD_USER_INPUT reason:REQUIRED", organization.StatusPENDING, ""},
		{"a reason too long", nil, false, long, "BAD_USER_INPUT reason:TOO_LONG", organization.StatusPENDING, ""},
		{"approved twice", []bool{true}, true, "", "PRECONDITION_FAILED ALREADY_DECIDED", organization.StatusAPPROVED, ""},
		{"rejected once approved", []bool{true}, false, "Non.", "PRECONDITION_FAILED ALREADY_DECIDED", organization.StatusAPPROVED, ""},
		{"approved once rejected", []bool{false}, true, "", "PRECONDITION_FAILED ALREADY_DECIDED", organization.StatusREJECTED, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			admin := w.person()
			org := w.pendingOrganization(admin)
			if org.Status != organization.StatusPENDING {
				t.Fatalf("a new organisation is %s", org.Status)
			}
			for _, d := range tt.before {
				if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), org.ID, d, "Déjà décidé."); err != nil {
					t.Fatal(err)
				}
			}
			mails := func(template string) int { return w.Mails(admin.Email, template) }
			approved, rejected := mails("organization_approved"), mails("organization_rejected")
			_, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), org.ID, tt.approve, tt.reason)
			if got := outcome(err); got != tt.want {
				t.Fatalf("DecideOrganization: %s, want %s", got, tt.want)
			}
			got := w.c.Organization.GetX(w.ctx, org.ID)
			if got.Status != tt.status {
				t.Fatalf("status %s, want %s", got.Status, tt.status)
			}
			if err == nil && !tt.approve && got.RejectionReason != strings.TrimSpace(tt.reason) {
				t.Fatalf("the reason kept: %q", got.RejectionReason)
			}
			sent := map[string]int{"organization_approved": mails("organization_approved") - approved,
				"organization_rejected": mails("organization_rejected") - rejected}
			for template, n := range sent {
				if want := map[bool]int{true: 1}[template == tt.mail]; n != want {
					t.Fatalf("%d %s message(s) to its admin, want %d", n, template, want)
				}
			}
			if err == nil {
				action := map[bool]string{true: mentoring.EventOrganizationApproved, false: mentoring.EventOrganizationRejected}[tt.approve]
				if n := w.c.AuditEvent.Query().Where(auditevent.Action(action), auditevent.ActorID(w.staff.ID)).CountX(w.ctx); n == 0 {
					t.Fatalf("no %s in the audit log", action)
				}
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), 1<<30, true, ""); outcome(err) != "NOT_FOUND" {
			t.Fatalf("an unknown organisation: %s", outcome(err))
		}
	})
	t.Run("every org-admin is told, in their language", func(t *testing.T) {
		admin := w.person()
		org := w.pendingOrganization(admin)
		english := w.person()
		w.c.Account.UpdateOneID(english.ID).SetLocale(locales.EN).ExecX(w.ctx)
		w.c.AccountRole.Create().SetAccountID(english.ID).SetRole("org-admin").SetDomain(fmt.Sprintf("mentoring/organization:%d", org.ID)).ExecX(w.ctx)
		if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), org.ID, false, "Hors du champ du réseau."); err != nil {
			t.Fatal(err)
		}
		for _, a := range []*ent.Account{admin, english} {
			m := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(a.Email), outboxmessage.Template("organization_rejected")).OnlyX(w.ctx)
			want := map[bool]locales.Locale{true: locales.EN, false: locales.FR}[a.ID == english.ID]
			if m.Locale != want || m.Data["reason"] != "Hors du champ du réseau." || m.Data["organization_name"] != org.Name {
				t.Fatalf("the message to %s: %s %v", a.Email, m.Locale, m.Data)
			}
		}
	})
}

// Staff list organisations, newest first, by status, with their number.
func TestOrganizationsByStatus(t *testing.T) {
	w := newWorld(t)
	admin := w.person()
	approved := []*ent.Organization{w.organization(admin), w.organization(admin)}
	pending := w.pendingOrganization(admin)
	rejected := w.pendingOrganization(admin)
	if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), rejected.ID, false, "Non."); err != nil {
		t.Fatal(err)
	}
	st := func(s organization.Status) *organization.Status { return &s }
	first := 10
	for _, tt := range []struct {
		name   string
		status *organization.Status
		want   []int
	}{
		{"all", nil, []int{rejected.ID, pending.ID, approved[1].ID, approved[0].ID}},
		{"pending", st(organization.StatusPENDING), []int{pending.ID}},
		{"approved", st(organization.StatusAPPROVED), []int{approved[1].ID, approved[0].ID}},
		{"rejected", st(organization.StatusREJECTED), []int{rejected.ID}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := w.s.Organizations(w.ctx, w.sp, tt.status, &first, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, e := range conn.Edges {
				got = append(got, e.Node.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Fatalf("organisations %v, want %v", got, tt.want)
			}
		})
	}
}

// A program is approved only once its organisation is; it may be rejected whatever its
// organisation's status. Access to the platform needs the organisation approved too.
func TestProgramsOfUnapprovedOrganisations(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name    string
		org     string // PENDING, APPROVED or REJECTED
		approve bool
		want    string
		status  program.Status
	}{
		{"approved, of an approved organisation", "APPROVED", true, "ok", program.StatusAPPROVED},
		{"approved, of a pending organisation", "PENDING", true, "PRECONDITION_FAILED ORGANIZATION_NOT_APPROVED", program.StatusPENDING},
		{"approved, of a rejected organisation", "REJECTED", true, "PRECONDITION_FAILED ORGANIZATION_NOT_APPROVED", program.StatusPENDING},
		{"rejected, of a pending organisation", "PENDING", false, "ok", program.StatusREJECTED},
	} {
		t.Run(tt.name, func(t *testing.T) {
			admin := w.person()
			org := w.pendingOrganization(admin)
			p := w.program(admin, org)
			if tt.org != "PENDING" {
				if _, err := w.s.DecideOrganization(w.ctx, w.sp, w.as(w.staff), org.ID, tt.org == "APPROVED", "Non."); err != nil {
					t.Fatal(err)
				}
			}
			_, err := w.s.Decide(w.ctx, w.sp, w.as(w.staff), p.ID, tt.approve, nil)
			if got := outcome(err); got != tt.want {
				t.Fatalf("Decide: %s, want %s", got, tt.want)
			}
			if got := w.c.Program.GetX(w.ctx, p.ID).Status; got != tt.status {
				t.Fatalf("the program is %s, want %s", got, tt.status)
			}
		})
	}
	t.Run("access, for an approved program of an organisation not approved", func(t *testing.T) {
		// Only data from before organisations were reviewed can be so; the rule holds still.
		admin, org, p := w.ready()
		w.c.Organization.UpdateOneID(org.ID).SetStatus(organization.StatusREJECTED).ExecX(w.ctx)
		if _, err := w.s.RequestAccess(w.ctx, w.sp, w.as(admin), access(p, "jane@example.org")); outcome(err) != "PRECONDITION_FAILED ORGANIZATION_NOT_APPROVED" {
			t.Fatalf("RequestAccess: %s", outcome(err))
		}
	})
}

// Onboarding counts per program: a registration belongs to the program it names. A PENDING
// program B that took the only seat does not unlock access for program A of the same
// organisation (the bug this test was written for), nor does anything else B did.
func TestOnboardingCountsPerProgram(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name string
		// registered are the programs that took a seat: "A", "B" (B pending when it did)
		registered []string
		want       string // what A's request gets
	}{
		{"B, pending, took the only seat", []string{"B"}, "PRECONDITION_FAILED ONBOARDING_REQUIRED"},
		{"A took a seat", []string{"A"}, "ok"},
		{"both took one", []string{"B", "A"}, "ok"},
		{"none did", nil, "PRECONDITION_FAILED ONBOARDING_REQUIRED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			admin := w.person()
			org := w.organization(admin)
			a, b := w.program(admin, org), w.program(admin, org)
			w.decide(a, true)
			for _, name := range tt.registered {
				p := map[string]*ent.Program{"A": a, "B": b}[name]
				if err := w.s.RegisterProgram(w.ctx, w.sp, w.as(admin), w.session(1).ID, p.ID); err != nil {
					t.Fatalf("registering %s: %s", name, outcome(err))
				}
			}
			_, err := w.s.RequestAccess(w.ctx, w.sp, w.as(admin), access(a, "jane@example.org"))
			if got := outcome(err); got != tt.want {
				t.Fatalf("A asks: %s, want %s", got, tt.want)
			}
		})
	}
	t.Run("staff see who registered which program", func(t *testing.T) {
		admin := w.person()
		org := w.organization(admin)
		a, b := w.program(admin, org), w.program(admin, org)
		sess := w.session(5)
		programAdmin := w.programAdmin(b)
		for _, r := range []struct {
			by *ent.Account
			p  *ent.Program
		}{{admin, a}, {programAdmin, b}} {
			w.Now = w.Now.Add(1e9)
			if err := w.s.RegisterProgram(w.ctx, w.sp, w.as(r.by), sess.ID, r.p.ID); err != nil {
				t.Fatal(outcome(err))
			}
		}
		regs, err := w.s.Registrations(w.ctx, sess.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range regs {
			got = append(got, fmt.Sprintf("%d by %d", r.Program.ID, r.RegisteredBy.ID))
		}
		if want := []string{fmt.Sprintf("%d by %d", a.ID, admin.ID), fmt.Sprintf("%d by %d", b.ID, programAdmin.ID)}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("registrations %v, want %v", got, want)
		}
	})
}

// acceptInvitation never replaces the password of an account the address already has: the
// password given is checked as its current one (a wrong one is a failed sign-in, counted by
// the throttle, and spends no link), and only the program-admin role is added.
func TestInvitationOfAnExistingAccount(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name     string
		existing bool   // the address has an account (its password: pw)
		password string // given with the invitation
		want     string
	}{
		{"a new address sets its password", false, "Plateforme-7", "ok"},
		{"a new address, a password under the policy", false, "court", "PASSWORD_POLICY"},
		{"an account, its current password", true, pw, "ok"},
		{"an account, another password", true, "Plateforme-7", "UNAUTHENTICATED INVITATION_PASSWORD_WRONG"},
		{"an account, a password that would not even pass the policy", true, "court", "UNAUTHENTICATED INVITATION_PASSWORD_WRONG"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			admin, _, p := w.ready()
			to := fmt.Sprintf("invited-%d@example.org", w.c.PlatformAccessRequest.Query().CountX(w.ctx))
			var before *ent.Account
			if tt.existing {
				before = w.person()
				w.c.Account.UpdateOneID(before.ID).SetEmail(to).SetEmailKey(to).ExecX(w.ctx)
				before = w.c.Account.GetX(w.ctx, before.ID)
			}
			if _, err := w.s.RequestAccess(w.ctx, w.sp, w.as(admin), access(p, to)); err != nil {
				t.Fatal(outcome(err))
			}
			token := w.invitation(to)
			a, err := w.s.AcceptInvitation(w.ctx, w.sp, token, tt.password, "203.0.113.9")
			got := outcome(err)
			if strings.HasPrefix(got, "PASSWORD_POLICY") {
				got = "PASSWORD_POLICY"
			}
			if got != tt.want {
				t.Fatalf("AcceptInvitation: %s, want %s", got, tt.want)
			}
			r := w.c.PlatformAccessRequest.Query().Where(platformaccessrequest.AdminEmail(to)).OnlyX(w.ctx)
			if (err == nil) != (r.Status == platformaccessrequest.StatusCOMPLETED) {
				t.Fatalf("the request is %s after %s", r.Status, got)
			}
			if tt.existing {
				after := w.c.Account.GetX(w.ctx, before.ID)
				if after.PasswordHash != before.PasswordHash {
					t.Fatal("the invitation replaced the account's password")
				}
				if err == nil && a.ID != before.ID {
					t.Fatalf("another account was made: %d, not %d", a.ID, before.ID)
				}
			}
			if err == nil {
				roles, _ := w.s.Accounts.RolesIn(w.ctx, a.ID, fmt.Sprintf("mentoring/program:%d", p.ID))
				if len(roles) != 1 || roles[0] != "program-admin" {
					t.Fatalf("the invited administrator's roles: %v", roles)
				}
				if n := w.c.Account.Query().Where(entaccount.EmailKey(to)).CountX(w.ctx); n != 1 {
					t.Fatalf("%d accounts with the address", n)
				}
			}
		})
	}
	t.Run("wrong passwords are counted by the sign-in throttle", func(t *testing.T) {
		admin, _, p := w.ready()
		owner := w.person()
		if _, err := w.s.RequestAccess(w.ctx, w.sp, w.as(admin), access(p, owner.Email)); err != nil {
			t.Fatal(outcome(err))
		}
		token := w.invitation(owner.Email)
		for i := range account.LoginPerPair.Max {
			if _, err := w.s.AcceptInvitation(w.ctx, w.sp, token, "Mauvais-1", "203.0.113.10"); outcome(err) != "UNAUTHENTICATED INVITATION_PASSWORD_WRONG" {
				t.Fatalf("attempt %d: %s", i+1, outcome(err))
			}
		}
		// The right password is refused too once the limit is reached, and so is signing in.
		if _, err := w.s.AcceptInvitation(w.ctx, w.sp, token, pw, "203.0.113.10"); outcome(err) != "RATE_LIMITED" {
			t.Fatalf("after %d wrong passwords: %s", account.LoginPerPair.Max, outcome(err))
		}
		if _, err := w.s.Accounts.Login(w.ctx, w.sp, owner.Email, pw, "203.0.113.10"); outcome(err) != "RATE_LIMITED" {
			t.Fatalf("signing in after them: %s", outcome(err))
		}
		if n := w.c.AuditEvent.Query().Where(auditevent.Action(account.EventLoginFailed), auditevent.TargetID(owner.ID)).CountX(w.ctx); n != account.LoginPerPair.Max {
			t.Fatalf("%d failed sign-ins audited, want %d", n, account.LoginPerPair.Max)
		}
	})
}
