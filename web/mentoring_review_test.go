package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent/program"
	"guichet/mentoring"
)

// The mentoring space's second edition, over HTTP: organisations are approved too, onboarding
// counts per program, and an invitation never replaces an existing account's password.

// approveOrganizationOf approves, as staff, the organisation of a program (once: a second
// approval is refused, and taken as done).
func approveOrganizationOf(t *testing.T, env *apitest.Env, staff http.Header, programID string) {
	t.Helper()
	p := env.DB.Client.Program.Query().Where(program.ID(atoi(t, programID))).OnlyX(context.Background())
	r := mop(t, env, "ApproveOrganization", map[string]any{"id": strconv.Itoa(p.OrganizationID)}, staff)
	if code(r) != "" && ext(r, "reason") != "ALREADY_DECIDED" {
		t.Fatalf("approving the organisation of program %s: %s", programID, r.Body)
	}
}

// reviewOrganizations is the journey's review of its two organisations, both PENDING: staff
// list them, approve org, and leave otherOrg pending, whose program may not be approved.
func reviewOrganizations(t *testing.T, env *apitest.Env, staff, orgAdmin http.Header, org, otherOrg, otherProgram string) {
	t.Helper()
	list := func(status string) *apitest.Response {
		return mop(t, env, "Organizations", map[string]any{"status": status, "first": 10}, staff).MustOK(t)
	}
	if l := list("PENDING"); l.Int("organizations.totalCount") != 2 || l.Str("organizations.edges.0.node.id") != otherOrg ||
		l.Str("organizations.edges.1.node.id") != org || l.Str("organizations.edges.1.node.name") != "Organisme ABC" ||
		l.Str("organizations.edges.1.node.city") != "Montréal" || l.Str("organizations.edges.1.node.status") != "PENDING" ||
		l.Str("organizations.edges.1.node.createdAt") == "" {
		t.Fatalf("the organisations waiting: %s", l.Body)
	}
	if r := mop(t, env, "Organizations", map[string]any{"first": 10}, orgAdmin); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin listed the organisations: %s", r.Body)
	}
	if r := mop(t, env, "ApproveProgram", map[string]any{"id": otherProgram}, staff); code(r) != "PRECONDITION_FAILED" ||
		ext(r, "reason") != "ORGANIZATION_NOT_APPROVED" || !strings.Contains(r.Errors[0].Message, "organisme") {
		t.Fatalf("a program of a pending organisation approved: %s", r.Body)
	}
	if r := mop(t, env, "ApproveOrganization", map[string]any{"id": org}, orgAdmin); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin approved their organisation: %s", r.Body)
	}
	if r := mop(t, env, "ApproveOrganization", map[string]any{"id": org}, staff).MustOK(t); r.Str("approveOrganization.organization.status") != "APPROVED" ||
		r.Str("approveOrganization.organization.id") != org {
		t.Fatalf("approval: %s", r.Body)
	}
	if r := mop(t, env, "ApproveOrganization", map[string]any{"id": org}, staff); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "ALREADY_DECIDED" {
		t.Fatalf("approved twice: %s", r.Body)
	}
	if l := list("APPROVED"); l.Int("organizations.totalCount") != 1 || l.Str("organizations.edges.0.node.id") != org {
		t.Fatalf("the approved organisations: %s", l.Body)
	}
}

// Staff reject an organisation with a reason its org-admin reads; without one, or with one too
// long, the answer names the field. Its programs may then not be approved.
func TestOrganizationRejection(t *testing.T) {
	env := apitest.New(t)
	staff := mentor(t, env, "staff@example.org", "Sam", "Staff", "staff")
	olga := mentor(t, env, "olga@example.org", "Olga", "Org")
	org := newOrganization(t, env, olga, "Organisme douteux")
	p := newProgram(t, env, olga, org, "Programme", "")
	env.Emails(t)
	reject := func(reason string, h http.Header) *apitest.Response {
		return mop(t, env, "RejectOrganization", map[string]any{"id": org, "reason": reason}, h)
	}
	if r := reject("Hors champ.", olga); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin rejected: %s", r.Body)
	}
	if r := reject("  ", staff); code(r) != "BAD_USER_INPUT" || violation(r, "reason") != "REQUIRED" {
		t.Fatalf("no reason: %s", r.Body)
	}
	if r := reject(strings.Repeat("x", mentoring.MaxOrganizationReason+1), with(staff, "Accept-Language", "en")); code(r) != "BAD_USER_INPUT" ||
		violation(r, "reason") != "TOO_LONG" || !strings.Contains(r.Body2(), "1000") {
		t.Fatalf("a reason too long: %s", r.Body)
	}
	r := reject("Aucune activité de mentorat vérifiable.", staff).MustOK(t)
	if r.Str("rejectOrganization.organization.status") != "REJECTED" {
		t.Fatalf("rejection: %s", r.Body)
	}
	if m := env.EmailTo(t, "olga@example.org"); !strings.Contains(m.Subject, "Organisme douteux") ||
		!strings.Contains(m.Text, "Aucune activité de mentorat vérifiable.") {
		t.Fatalf("the rejection e-mail: %s / %s", m.Subject, m.Text)
	}
	if r := reject("Encore.", staff); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "ALREADY_DECIDED" {
		t.Fatalf("rejected twice: %s", r.Body)
	}
	if r := mop(t, env, "ApproveOrganization", map[string]any{"id": org}, staff); code(r) != "PRECONDITION_FAILED" {
		t.Fatalf("approved once rejected: %s", r.Body)
	}
	if r := mop(t, env, "ApproveProgram", map[string]any{"id": p}, with(staff, "Accept-Language", "en")); code(r) != "PRECONDITION_FAILED" ||
		ext(r, "reason") != "ORGANIZATION_NOT_APPROVED" || !strings.Contains(r.Errors[0].Message, "organization has not been approved") {
		t.Fatalf("a program of a rejected organisation: %s", r.Body)
	}
	if l := mop(t, env, "Organizations", map[string]any{"status": "REJECTED"}, staff).MustOK(t); l.Int("organizations.totalCount") != 1 ||
		l.Str("organizations.edges.0.node.status") != "REJECTED" {
		t.Fatalf("the rejected organisations: %s", l.Body)
	}
	log := env.Do(t, apitest.Request{Space: ment, Query: `{ auditLog(first: 100) { edges { node { action } } } }`,
		Header: mentor(t, env, "admin@example.org", "Ada", "Admin", "admin")}).MustOK(t).Body2()
	if !strings.Contains(log, `"`+mentoring.EventOrganizationRejected+`"`) {
		t.Errorf("the audit log lacks %s", mentoring.EventOrganizationRejected)
	}
}

// Onboarding counts per program: a PENDING program B of the organisation that took the only
// seat does not unlock access for program A; staff see who registered B.
func TestOnboardingPerProgram(t *testing.T) {
	env := apitest.New(t)
	w := readyWorld(t, env, "")
	a := newProgram(t, env, w.orgAdmin, w.org, "Programme A", "Program A")
	b := newProgram(t, env, w.orgAdmin, w.org, "Programme B", "")
	mop(t, env, "ApproveProgram", map[string]any{"id": a}, w.staff).MustOK(t)
	session := newSession(t, env, w.staff, 1)
	mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": session, "programId": b}, w.orgAdmin).MustOK(t)
	if r := mop(t, env, "RequestPlatformAccess", accessVars(a, "jane@example.org"), w.orgAdmin); code(r) != "PRECONDITION_FAILED" ||
		ext(r, "reason") != "ONBOARDING_REQUIRED" {
		t.Fatalf("A asked on B's seat: %s", r.Body)
	}
	regs := mop(t, env, "OnboardingSessionRegistrations", map[string]any{"first": 10}, w.staff).MustOK(t)
	var found bool
	for i := range regs.Len("onboardingSessions.edges") {
		node := "onboardingSessions.edges." + strconv.Itoa(i) + ".node."
		if regs.Str(node+"id") != session {
			continue
		}
		found = true
		if regs.Len(node+"registrations") != 1 || regs.Str(node+"registrations.0.program.id") != b ||
			regs.Str(node+"registrations.0.program.title") != "Programme B" ||
			regs.Str(node+"registrations.0.registeredBy.displayName") != "Sam Gagnon" || regs.Int(node+"seatsLeft") != 0 {
			t.Fatalf("the session's registrations: %s", regs.Body)
		}
	}
	if !found {
		t.Fatalf("the session is not listed: %s", regs.Body)
	}
	if r := mop(t, env, "OnboardingSessionRegistrations", map[string]any{"first": 10}, w.orgAdmin); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin read who registered: %s", r.Body)
	}
	// A registered in turn (another session): it may ask.
	mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": newSession(t, env, w.staff, 3), "programId": a}, w.orgAdmin).MustOK(t)
	mop(t, env, "RequestPlatformAccess", accessVars(a, "jane@example.org"), w.orgAdmin).MustOK(t)
}

// acceptInvitation never replaces an existing account's password: the password given must be
// its current one, and only the role is added; a new address sets its password.
func TestInvitationOfExistingAccount(t *testing.T) {
	env := apitest.New(t)
	w := readyWorld(t, env, "")
	mentor(t, env, "lea@example.org", "Léa", "Martin")
	env.Emails(t)
	invite := func(email string) string {
		t.Helper()
		mop(t, env, "RequestPlatformAccess", accessVars(w.program, email), w.orgAdmin).MustOK(t)
		return env.EmailTo(t, email).Token(mentoring.InvitationPath)
	}
	accept := func(token, pw string) *apitest.Response {
		return mop(t, env, "AcceptInvitation", map[string]any{"token": token, "password": pw}, nil)
	}

	// An address with an account: another password is refused, and changes nothing.
	token := invite("lea@example.org")
	if r := accept(token, "Plateforme-7"); code(r) != "UNAUTHENTICATED" || !strings.Contains(r.Errors[0].Message, "mot de passe actuel") {
		t.Fatalf("another password for an existing account: %s", r.Body)
	}
	login(t, env, ment, "lea@example.org", goodPassword).MustOK(t)
	acc := accept(token, goodPassword).MustOK(t)
	if acc.Str("acceptInvitation.account.email") != "lea@example.org" || acc.Str("acceptInvitation.account.status") != "ACTIVE" {
		t.Fatalf("accepted with the current password: %s", acc.Body)
	}
	if r := login(t, env, ment, "lea@example.org", "Plateforme-7"); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("the invitation's password became the account's: %s", r.Body)
	}
	lea := bearer(login(t, env, ment, "lea@example.org", goodPassword).MustOK(t).Str("login.token"))
	if me := env.Op(t, "account.graphql", "Me", ment, nil, lea).MustOK(t); !strings.Contains(me.Body2(), `"program-admin"`) {
		t.Fatalf("the role added: %s", me.Body)
	}

	// A new address: the password given becomes its account's.
	token = invite("nouveau@example.org")
	accept(token, "Plateforme-7").MustOK(t)
	login(t, env, ment, "nouveau@example.org", "Plateforme-7").MustOK(t)
}
