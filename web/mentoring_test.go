package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent"
	"guichet/ent/platformaccessrequest"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/mentoring"
)

const ment = "mentoring"

func mop(t *testing.T, env *apitest.Env, name string, vars map[string]any, h http.Header) *apitest.Response {
	t.Helper()
	return env.Op(t, "mentoring.graphql", name, ment, vars, h)
}

// mentor makes an active account of the mentoring space and signs it in.
func mentor(t *testing.T, env *apitest.Env, email, first, last string, roles ...string) http.Header {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(ment)).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword,
		FirstName: first, LastName: last, Roles: roles}); err != nil {
		t.Fatal(err)
	}
	return bearer(login(t, env, ment, email, goodPassword).MustOK(t).Str("login.token"))
}

// violation is the code of the first error's violation of field ("" when none).
func violation(r *apitest.Response, field string) string {
	if len(r.Errors) == 0 {
		return ""
	}
	vs, _ := r.Errors[0].Extensions["violations"].([]any)
	for _, v := range vs {
		if m, _ := v.(map[string]any); m["field"] == field {
			s, _ := m["code"].(string)
			return s
		}
	}
	return ""
}

// mentoringWorld is an organisation with an approved program registered for onboarding.
type mentoringWorld struct {
	staff, orgAdmin http.Header
	org, program    string
	session         string
}

func newOrganization(t *testing.T, env *apitest.Env, h http.Header, name string) string {
	t.Helper()
	return mop(t, env, "CreateOrganization", map[string]any{"input": map[string]any{"name": name, "city": "Montréal",
		"website": "https://example.org"}}, h).MustOK(t).Str("createOrganization.organization.id")
}

func newProgram(t *testing.T, env *apitest.Env, h http.Header, org, fr, en string) string {
	t.Helper()
	input := map[string]any{"organizationId": org, "responseLevel": 2, "contactEmail": "daniel.test@example.org", "contactName": "Daniel Test"}
	if fr != "" {
		input["titleFr"] = fr
	}
	if en != "" {
		input["titleEn"] = en
	}
	p := mop(t, env, "CreateProgram", map[string]any{"input": input}, h).MustOK(t)
	if p.Str("createProgram.program.status") != "PENDING" {
		t.Fatalf("a new program: %s", p.Body)
	}
	return p.Str("createProgram.program.id")
}

func newSession(t *testing.T, env *apitest.Env, staff http.Header, capacity int) string {
	t.Helper()
	at := env.Clock.Now().Add(72 * time.Hour).Format(time.RFC3339)
	return mop(t, env, "CreateOnboardingSession", map[string]any{"input": map[string]any{"startsAt": at, "language": "FR",
		"capacity": capacity}}, staff).MustOK(t).Str("createOnboardingSession.session.id")
}

func accessVars(program, email string) map[string]any {
	return map[string]any{"input": map[string]any{"programId": program, "adminFirstName": "Jane", "adminLastName": "Doe",
		"adminPhone": "514 555-5555", "adminEmail": email, "acceptTerms": true}}
}

func readyWorld(t *testing.T, env *apitest.Env, suffix string) *mentoringWorld {
	t.Helper()
	w := &mentoringWorld{staff: mentor(t, env, "staff"+suffix+"@example.org", "Sam", "Staff", "staff"),
		orgAdmin: mentor(t, env, "sam.gagnon"+suffix+"@example.org", "Sam", "Gagnon")}
	w.org = newOrganization(t, env, w.orgAdmin, "Organisme ABC"+suffix)
	mop(t, env, "ApproveOrganization", map[string]any{"id": w.org}, w.staff).MustOK(t)
	w.program = newProgram(t, env, w.orgAdmin, w.org, "Génies en herbe", "Budding Geniuses")
	mop(t, env, "ApproveProgram", map[string]any{"id": w.program}, w.staff).MustOK(t)
	w.session = newSession(t, env, w.staff, 10)
	mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": w.session, "programId": w.program}, w.orgAdmin).MustOK(t)
	return w
}

// squarePNG is a w×h opaque PNG.
func opaquePNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		for y := range h {
			img.Set(x, y, color.NRGBA{R: uint8(x), G: 90, B: uint8(y), A: 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func fetch(t *testing.T, env *apitest.Env, url string) (int, string, []byte) {
	t.Helper()
	resp, err := env.HTTP.Get(strings.Replace(url, apitest.PublicURL, env.URL, 1))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

// The whole journey: organisation → program → approval → onboarding registration → access
// request with a logo → the notice in FR and EN → the invitation e-mail → acceptance →
// sign-in; and every refusal on the way.
func TestMentoringJourney(t *testing.T) {
	env := apitest.New(t)
	staff := mentor(t, env, "staff@example.org", "Sam", "Staff", "staff")
	sam := mentor(t, env, "sam.gagnon@example.org", "Sam", "Gagnon")
	other := mentor(t, env, "other@example.org", "Olivia", "Autre")
	env.Emails(t)

	// A signed-in account creates an organisation and becomes its org-admin.
	if anon := mop(t, env, "CreateOrganization", map[string]any{"input": map[string]any{"name": "X"}}, nil); code(anon) != "UNAUTHENTICATED" {
		t.Fatalf("anonymous: %s", anon.Body)
	}
	if bad := mop(t, env, "CreateOrganization", map[string]any{"input": map[string]any{"name": " ", "website": "ftp://x"}}, sam); violation(bad, "name") != "REQUIRED" {
		t.Fatalf("no name: %s", bad.Body)
	}
	nextSteps := func(h http.Header) string {
		return env.Do(t, apitest.Request{Space: ment, Query: `{ me { nextSteps(first: 10, locale: EN) { slug } } }`, Header: h}).MustOK(t).Body2()
	}
	if ns := nextSteps(sam); !strings.Contains(ns, `"register-organization-and-programs"`) || strings.Contains(ns, `"track-program-status"`) {
		t.Fatalf("before any organisation: %s", ns)
	}
	org := newOrganization(t, env, sam, "Organisme ABC")
	otherOrg := newOrganization(t, env, other, "Science Jeunesse")
	if me := env.Op(t, "account.graphql", "Me", ment, nil, sam).MustOK(t); !strings.Contains(me.Body2(), `"org-admin"`) {
		t.Fatalf("the creator is org-admin: %s", me.Body)
	}
	if elsewhere := env.Do(t, apitest.Request{Space: "facilitators", Query: apitest.Contract(t, "mentoring.graphql"),
		OperationName: "CreateOrganization", Variables: map[string]any{"input": map[string]any{"name": "X"}},
		Header: bearer(founderToken(t, env))}); code(elsewhere) != "NOT_FOUND" {
		t.Fatalf("a space without the module: %s", elsewhere.Body)
	}

	// Org admins add programs to their organisation only; titles and level are checked.
	bad := mop(t, env, "CreateProgram", map[string]any{"input": map[string]any{"organizationId": org, "responseLevel": 5,
		"contactEmail": "nope"}}, sam)
	if violation(bad, "titleFr") != "TITLE_REQUIRED" || violation(bad, "responseLevel") != "OUT_OF_RANGE" || violation(bad, "contactEmail") != "EMAIL_INVALID" {
		t.Fatalf("a bad program: %s", bad.Body)
	}
	if forbidden := mop(t, env, "CreateProgram", map[string]any{"input": map[string]any{"organizationId": org, "titleFr": "X",
		"responseLevel": 1, "contactEmail": "c@example.org"}}, other); code(forbidden) != "FORBIDDEN" {
		t.Fatalf("another organisation's admin: %s", forbidden.Body)
	}
	program := newProgram(t, env, sam, org, "Génies en herbe", "Budding Geniuses")
	if ns := nextSteps(sam); !strings.Contains(ns, `"track-program-status"`) || strings.Contains(ns, `"register-organization-and-programs"`) {
		t.Fatalf("a program pending: %s", ns)
	}
	otherProgram := newProgram(t, env, other, otherOrg, "", "Science Mentors")

	// The programs list: each viewer sees what the policy allows.
	list := func(h http.Header) *apitest.Response {
		return mop(t, env, "Programs", map[string]any{"first": 10}, h).MustOK(t)
	}
	if l := list(sam); l.Int("programs.totalCount") != 1 || l.Str("programs.edges.0.node.id") != program ||
		l.Str("programs.edges.0.node.title") != "Génies en herbe" || l.Str("programs.edges.0.node.organization.name") != "Organisme ABC" ||
		l.Str("programs.edges.0.node.contact.displayName") != "Daniel Test" || l.Str("programs.edges.0.node.status") != "PENDING" ||
		l.Int("programs.edges.0.node.responseLevel") != 2 || l.Str("programs.edges.0.node.createdAt") == "" {
		t.Fatalf("an org admin's programs: %s", l.Body)
	}
	if l := mop(t, env, "Programs", nil, with(sam, "Accept-Language", "en")).MustOK(t); l.Str("programs.edges.0.node.title") != "Budding Geniuses" {
		t.Fatalf("the title in English: %s", l.Body)
	}
	if l := list(staff); l.Int("programs.totalCount") != 2 || l.Str("programs.edges.0.node.id") != otherProgram ||
		l.Str("programs.edges.0.node.title") != "Science Mentors" { // newest first; the only title there is
		t.Fatalf("staff's programs: %s", l.Body)
	}
	if p := mop(t, env, "Programs", map[string]any{"first": 1}, staff).MustOK(t); !p.Get("programs.pageInfo.hasNextPage").(bool) {
		t.Fatalf("paginated: %s", p.Body)
	}
	if l := list(other); l.Int("programs.totalCount") != 1 || l.Str("programs.edges.0.node.id") != otherProgram {
		t.Fatalf("another org admin's programs: %s", l.Body)
	}
	if hidden := mop(t, env, "Organization", map[string]any{"id": org}, other); code(hidden) != "NOT_FOUND" {
		t.Fatalf("another organisation's page: %s", hidden.Body)
	}

	// Organisations are approved too: staff list those waiting, and decide; a program is approved
	// only once its organisation is.
	reviewOrganizations(t, env, staff, sam, org, otherOrg, otherProgram)

	request := func(h http.Header, vars map[string]any) *apitest.Response {
		return mop(t, env, "RequestPlatformAccess", vars, h)
	}
	vars := func() map[string]any { return accessVars(program, "jane.doe@example.org") }
	if r := request(sam, vars()); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "PROGRAM_NOT_APPROVED" {
		t.Fatalf("before approval: %s", r.Body)
	}

	// Staff approve; the contact is e-mailed.
	if r := mop(t, env, "ApproveProgram", map[string]any{"id": program}, sam); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin approved: %s", r.Body)
	}
	if r := mop(t, env, "ApproveProgram", map[string]any{"id": program}, staff).MustOK(t); r.Str("approveProgram.program.status") != "APPROVED" {
		t.Fatalf("approval: %s", r.Body)
	}
	if m := env.EmailTo(t, "daniel.test@example.org"); !strings.Contains(m.Subject, "Génies en herbe") || !strings.Contains(m.Text, "approuvé") {
		t.Fatalf("the approval e-mail: %s / %s", m.Subject, m.Text)
	}
	if r := mop(t, env, "ApproveProgram", map[string]any{"id": program}, staff); code(r) != "PRECONDITION_FAILED" {
		t.Fatalf("approved twice: %s", r.Body)
	}
	if r := request(sam, vars()); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "ONBOARDING_REQUIRED" {
		t.Fatalf("before onboarding: %s", r.Body)
	}
	if ns := nextSteps(sam); !strings.Contains(ns, `"onboarding-training-sessions"`) {
		t.Fatalf("approved, not onboarded: %s", ns)
	}

	// Onboarding: staff schedule a session with one seat; a full session is refused.
	session := newSession(t, env, staff, 1)
	if r := mop(t, env, "CreateOnboardingSession", map[string]any{"input": map[string]any{"startsAt": "2030-01-01T10:00:00Z",
		"language": "FR", "capacity": 3}}, sam); code(r) != "FORBIDDEN" {
		t.Fatalf("an org admin scheduled: %s", r.Body)
	}
	sessions := func() *apitest.Response {
		return mop(t, env, "OnboardingSessions", map[string]any{"first": 5}, sam).MustOK(t)
	}
	if s := sessions(); s.Str("onboardingSessions.edges.0.node.id") != session || s.Int("onboardingSessions.edges.0.node.seatsLeft") != 1 ||
		s.Str("onboardingSessions.edges.0.node.language") != "FR" {
		t.Fatalf("sessions: %s", s.Body)
	}
	if r := mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": session, "programId": program}, other); code(r) != "FORBIDDEN" {
		t.Fatalf("registered another organisation's program: %s", r.Body)
	}
	mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": session, "programId": program}, sam).MustOK(t)
	if m := env.EmailTo(t, "sam.gagnon@example.org"); !strings.Contains(m.Text, "Génies en herbe") {
		t.Fatalf("the registration e-mail: %s", m.Text)
	}
	if s := sessions(); s.Int("onboardingSessions.edges.0.node.seatsLeft") != 0 {
		t.Fatalf("seats left: %s", s.Body)
	}
	if r := mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": session, "programId": otherProgram}, other); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "SESSION_FULL" {
		t.Fatalf("a full session: %s", r.Body)
	}

	if ns := nextSteps(sam); !strings.Contains(ns, `"request-e-mentoring-platform-access"`) || strings.Contains(ns, `"onboarding-training-sessions"`) {
		t.Fatalf("ready to ask: %s", ns)
	}

	// The request's fields are checked; terms must be accepted.
	badVars := vars()
	in := badVars["input"].(map[string]any)
	in["acceptTerms"], in["adminPhone"], in["adminEmail"], in["adminFirstName"] = false, "12", "jane@", ""
	r := request(sam, badVars)
	if code(r) != "BAD_USER_INPUT" || violation(r, "acceptTerms") != "TERMS_NOT_ACCEPTED" || violation(r, "adminPhone") != "PHONE_INVALID" ||
		violation(r, "adminEmail") != "EMAIL_INVALID" || violation(r, "adminFirstName") != "REQUIRED" {
		t.Fatalf("a bad request: %s", r.Body)
	}
	if r := request(other, vars()); code(r) != "FORBIDDEN" {
		t.Fatalf("another organisation's admin asked: %s", r.Body)
	}

	// Logos: checked by their content and size.
	pdf := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("x"), 500)...)
	if r := env.OpUpload(t, "mentoring.graphql", "RequestPlatformAccess", ment, vars(), "input.logo", "logo.png", "image/png", pdf, sam); violation(r, "logo") != "LOGO_NOT_AN_IMAGE" {
		t.Fatalf("a renamed PDF: %s", r.Body)
	}
	big := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, mentoring.MaxLogoBytes)...)
	if r := env.OpUpload(t, "mentoring.graphql", "RequestPlatformAccess", ment, vars(), "input.logo", "logo.png", "image/png", big, sam); violation(r, "logo") != "FILE_TOO_LARGE" {
		t.Fatalf("an oversized logo: %s", r.Body)
	}

	// The request, with a wide logo.
	logo := opaquePNG(t, 600, 200)
	ok := env.OpUpload(t, "mentoring.graphql", "RequestPlatformAccess", ment, vars(), "input.logo", "Advanced.png", "image/png", logo, sam).MustOK(t)
	reqID := ok.Str("requestPlatformAccess.request.id")
	if ok.Str("requestPlatformAccess.request.status") != "PENDING" || ok.Str("requestPlatformAccess.request.programTitle") != "Génies en herbe" ||
		ok.Str("requestPlatformAccess.request.adminEmail") != "jane.doe@example.org" {
		t.Fatalf("the request: %s", ok.Body)
	}
	status, ctype, square := fetch(t, env, ok.Str("requestPlatformAccess.request.logoUrl"))
	img, err := png.Decode(bytes.NewReader(square))
	if status != 200 || ctype != "image/png" || err != nil {
		t.Fatalf("the 300×300 logo: %d %s %v", status, ctype, err)
	}
	if b := img.Bounds(); b.Dx() != 300 || b.Dy() != 300 {
		t.Fatalf("the logo is %v", b)
	}
	// 600×200 fits as 300×100, centred: transparent above and below, opaque in the middle.
	if _, _, _, a := img.At(150, 10).RGBA(); a != 0 {
		t.Errorf("the padding is not transparent")
	}
	if _, _, _, a := img.At(150, 150).RGBA(); a == 0 {
		t.Errorf("the logo is not in the middle")
	}
	if _, _, _, a := img.At(150, 101).RGBA(); a == 0 {
		t.Errorf("the logo was distorted: its top edge is not at 100")
	}
	reqRow := env.DB.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.ID(atoi(t, reqID))).OnlyX(context.Background())
	if reqRow.AdminPhone != "+15145555555" || reqRow.TermsAcceptedAt.IsZero() {
		t.Fatalf("the phone is normalized and the terms' acceptance kept: %q %v", reqRow.AdminPhone, reqRow.TermsAcceptedAt)
	}
	if _, _, original := fetch(t, env, apitest.PublicURL+"/spaces/mentoring/platform-access/"+reqID+"/logo/original"); !bytes.Equal(original, logo) {
		t.Fatalf("the original logo is not kept as uploaded")
	}

	// One open request per organisation.
	if again := request(sam, vars()); code(again) != "CONFLICT" || ext(again, "id") != reqID {
		t.Fatalf("a second request: %s", again.Body)
	}

	if ns := nextSteps(sam); !strings.Contains(ns, `"pinned-notice-organization-page"`) {
		t.Fatalf("the request open: %s", ns)
	}

	// The notice, pinned first, in both languages, with the date as each language writes it.
	at := time.Date(2021, 3, 19, 19, 20, 0, 0, time.UTC) // 15 h 20 in Montréal
	stmt := `UPDATE platform_access_requests SET created_at = ? WHERE id = ?`
	if env.DB.Dialect == "postgres" {
		stmt = `UPDATE platform_access_requests SET created_at = $1 WHERE id = $2`
	}
	if _, err := env.DB.SQL.ExecContext(context.Background(), stmt, at, reqRow.ID); err != nil {
		t.Fatal(err)
	}
	page := func(l string) *apitest.Response {
		return mop(t, env, "Organization", map[string]any{"id": org, "locale": l}, sam).MustOK(t)
	}
	fr := page("FR")
	frText := fr.Str("organization.pinnedNotices.0.text")
	for _, want := range []string{"« Organisme ABC »", "Jane Doe (jane.doe@example.org)", "Sam Gagnon (sam.gagnon@example.org)",
		"le vendredi 19 mars 2021 à 15 h 20", "courrier indésirable", "support-mentoring@example.org"} {
		if !strings.Contains(frText, want) {
			t.Errorf("the French notice lacks %q: %s", want, frText)
		}
	}
	if fr.Str("organization.name") != "Organisme ABC" || fr.Str("organization.programs.edges.0.node.id") != program ||
		fr.Str("organization.programs.edges.0.node.status") != "APPROVED" {
		t.Fatalf("the organisation's page: %s", fr.Body)
	}
	enText := page("EN").Str("organization.pinnedNotices.0.text")
	for _, want := range []string{"“Organisme ABC”", "Jane Doe (jane.doe@example.org)", "Sam Gagnon (sam.gagnon@example.org)",
		"on Friday, March 19, 2021 at 3:20 PM", "spam"} {
		if !strings.Contains(enText, want) {
			t.Errorf("the English notice lacks %q: %s", want, enText)
		}
	}
	if byHeader := mop(t, env, "Organization", map[string]any{"id": org}, with(sam, "Accept-Language", "en")).MustOK(t); byHeader.Str("organization.pinnedNotices.0.text") != enText {
		t.Fatalf("the notice in the reader's language: %s", byHeader.Body)
	}

	// The invitation, sent in the program's name, with a single-use link.
	inv := env.EmailTo(t, "jane.doe@example.org")
	if from := inv.Header.Get("From"); !strings.Contains(from, "no-reply@guichet.test") || !strings.Contains(decodeHeader(from), "Génies en herbe") {
		t.Fatalf("the invitation's sender: %s", from)
	}
	token := inv.Token(mentoring.InvitationPath)
	if token == "" || !strings.Contains(inv.Text, "Sam Gagnon") || !strings.Contains(inv.Text, "7 jours") {
		t.Fatalf("the invitation: %s", inv.Text)
	}
	accept := func(pw string) *apitest.Response {
		return mop(t, env, "AcceptInvitation", map[string]any{"token": token, "password": pw}, nil)
	}
	if weak := accept("mentor"); code(weak) != "PASSWORD_POLICY" {
		t.Fatalf("a weak password: %s", weak.Body)
	}
	acc := accept("Plateforme-7").MustOK(t)
	if acc.Str("acceptInvitation.account.status") != "ACTIVE" || acc.Str("acceptInvitation.account.email") != "jane.doe@example.org" {
		t.Fatalf("accepted: %s", acc.Body)
	}
	if twice := accept("Plateforme-7"); code(twice) != "INVALID_TOKEN" {
		t.Fatalf("the link used twice: %s", twice.Body)
	}
	jane := bearer(login(t, env, ment, "jane.doe@example.org", "Plateforme-7").MustOK(t).Str("login.token"))
	if me := env.Op(t, "account.graphql", "Me", ment, nil, jane).MustOK(t); !strings.Contains(me.Body2(), `"program-admin"`) {
		t.Fatalf("the platform administrator's roles: %s", me.Body)
	}
	if ns := nextSteps(jane); !strings.Contains(ns, `"accept-platform-invitation"`) {
		t.Fatalf("the platform administrator's next steps: %s", ns)
	}
	if l := list(jane); l.Int("programs.totalCount") != 1 || l.Str("programs.edges.0.node.id") != program {
		t.Fatalf("the program admin's programs: %s", l.Body)
	}
	done := page("FR")
	if !strings.Contains(done.Str("organization.pinnedNotices.0.text"), "a accepté l’invitation") {
		t.Fatalf("the notice says the invitation was accepted: %s", done.Body)
	}
	if l := mop(t, env, "Organization", map[string]any{"id": org}, jane).MustOK(t); l.Str("organization.id") != org {
		t.Fatalf("the program admin reads the organisation's page: %s", l.Body)
	}

	// A new request may follow; it may be cancelled while open, then no more.
	second := request(sam, accessVars(program, "alex.tremblay@example.org")).MustOK(t).Str("requestPlatformAccess.request.id")
	if notice := page("FR"); !strings.Contains(notice.Str("organization.pinnedNotices.0.text"), "alex.tremblay@example.org") ||
		notice.Len("organization.pinnedNotices") != 2 {
		t.Fatalf("the open request first: %s", notice.Body)
	}
	if r := mop(t, env, "CancelPlatformAccessRequest", map[string]any{"id": second}, other); code(r) != "FORBIDDEN" {
		t.Fatalf("another organisation cancelled: %s", r.Body)
	}
	if r := mop(t, env, "CancelPlatformAccessRequest", map[string]any{"id": second}, sam).MustOK(t); r.Str("cancelPlatformAccessRequest.request.status") != "CANCELLED" {
		t.Fatalf("cancel: %s", r.Body)
	}
	if r := mop(t, env, "CancelPlatformAccessRequest", map[string]any{"id": second}, sam); code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "REQUEST_NOT_OPEN" {
		t.Fatalf("cancelled twice: %s", r.Body)
	}
	cancelledToken := env.EmailTo(t, "alex.tremblay@example.org").Token(mentoring.InvitationPath)
	if r := mop(t, env, "AcceptInvitation", map[string]any{"token": cancelledToken, "password": "Plateforme-7"}, nil); code(r) != "INVALID_TOKEN" {
		t.Fatalf("the invitation of a cancelled request: %s", r.Body)
	}

	// Everything is in the audit log.
	log := env.Do(t, apitest.Request{Space: ment, Query: `{ auditLog(first: 100) { edges { node { action } } } }`,
		Header: mentor(t, env, "admin@example.org", "Ada", "Admin", "admin")}).MustOK(t).Body2()
	for _, a := range []string{mentoring.EventOrganizationCreated, mentoring.EventProgramCreated, mentoring.EventProgramApproved,
		mentoring.EventOnboardingCreated, mentoring.EventOnboardingRegistered, mentoring.EventAccessRequested,
		mentoring.EventInvitationAccepted, mentoring.EventAccessCancelled} {
		if !strings.Contains(log, `"`+a+`"`) {
			t.Errorf("the audit log lacks %s", a)
		}
	}
}

// founderToken signs in an account of the facilitators' space.
func founderToken(t *testing.T, env *apitest.Env) string {
	t.Helper()
	_, h := founder(t, env, "someone-facilitators@example.org")
	return strings.TrimPrefix(http.Header(h).Get("Authorization"), "Bearer ")
}

var mimeDecoder = new(mime.WordDecoder)

var encodedWord = regexp.MustCompile(`=\?[^?]+\?[QqBb]\?[^?]*\?=`)

// decodeHeader reads RFC 2047 encoded words.
func decodeHeader(s string) string {
	return encodedWord.ReplaceAllStringFunc(s, func(w string) string {
		out, err := mimeDecoder.DecodeHeader(w)
		if err != nil {
			return w
		}
		return out
	})
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Two requests for one organisation at the same moment: one succeeds, the other is a CONFLICT
// naming it; the database decides.
func TestPlatformAccessRequestRace(t *testing.T) {
	env := apitest.New(t)
	w := readyWorld(t, env, "")
	second := newProgram(t, env, w.orgAdmin, w.org, "Deuxième programme", "")
	mop(t, env, "ApproveProgram", map[string]any{"id": second}, w.staff).MustOK(t)
	mop(t, env, "RegisterForOnboarding", map[string]any{"sessionId": w.session, "programId": second}, w.orgAdmin).MustOK(t) // onboarding counts per program
	for round := range 3 {
		var wg sync.WaitGroup
		answers := make([]*apitest.Response, 2)
		for i, p := range []string{w.program, second} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				answers[i] = mop(t, env, "RequestPlatformAccess", accessVars(p, fmt.Sprintf("admin%d-%d@example.org", round, i)), w.orgAdmin)
			}()
		}
		wg.Wait()
		var won, lost *apitest.Response
		for _, a := range answers {
			if code(a) == "" {
				won = a
			} else {
				lost = a
			}
		}
		if won == nil || lost == nil || code(lost) != "CONFLICT" || ext(lost, "id") != won.Str("requestPlatformAccess.request.id") {
			t.Fatalf("round %d: %s / %s", round, answers[0].Body, answers[1].Body)
		}
		n, err := env.DB.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.StatusEQ(platformaccessrequest.StatusPENDING)).
			Count(privacy.DecisionContext(context.Background(), privacy.Allow))
		if err != nil || n != 1 {
			t.Fatalf("round %d: %d open requests (%v)", round, n, err)
		}
		mop(t, env, "CancelPlatformAccessRequest", map[string]any{"id": won.Str("requestPlatformAccess.request.id")}, w.orgAdmin).MustOK(t)
	}
	// The index itself refuses a second open request, whatever the service checked before.
	ctx := context.Background()
	open := func() error {
		return env.DB.Client.PlatformAccessRequest.Create().SetSpaceID(1).SetOrganizationID(atoi(t, w.org)).
			SetOpenOrganizationID(atoi(t, w.org)).SetProgramID(atoi(t, w.program)).SetProgramTitle("T").
			SetAdminFirstName("A").SetAdminLastName("B").SetAdminPhone("+15145555555").SetAdminEmail("a@example.org").
			SetTermsAcceptedAt(time.Now()).SetLocale("FR").SetInvitationExpiresAt(time.Now()).SetRequestedBy(1).Exec(ctx)
	}
	if err := open(); err != nil {
		t.Fatal(err)
	}
	if err := open(); !ent.IsConstraintError(err) {
		t.Fatalf("a second open request was stored: %v", err)
	}
}

// Org admins name program admins, who then act for that program only; staff reject a program
// with a reason the contact reads.
func TestProgramAdminsAndRejection(t *testing.T) {
	env := apitest.New(t)
	w := readyWorld(t, env, "")
	second := newProgram(t, env, w.orgAdmin, w.org, "Deuxième programme", "Second program")
	lea := mentor(t, env, "lea@example.org", "Léa", "Martin")
	add := func(h http.Header, program, email string) *apitest.Response {
		return env.Do(t, apitest.Request{Space: ment, Header: h, Variables: map[string]any{"p": program, "e": email},
			Query: `mutation($p: ID!, $e: String!) { addProgramAdmin(programId: $p, email: $e) { program { id } } }`})
	}
	if r := add(w.orgAdmin, w.program, "nobody@example.org"); violation(r, "email") != "NO_SUCH_ACCOUNT" {
		t.Fatalf("an unknown address: %s", r.Body)
	}
	if r := add(lea, w.program, "lea@example.org"); code(r) != "FORBIDDEN" {
		t.Fatalf("naming oneself: %s", r.Body)
	}
	add(w.orgAdmin, w.program, "lea@example.org").MustOK(t)
	if l := mop(t, env, "Programs", nil, lea).MustOK(t); l.Int("programs.totalCount") != 1 || l.Str("programs.edges.0.node.id") != w.program {
		t.Fatalf("a program admin's programs: %s", l.Body)
	}
	if r := mop(t, env, "RequestPlatformAccess", accessVars(second, "x@example.org"), lea); code(r) != "FORBIDDEN" {
		t.Fatalf("a program admin asked for another program: %s", r.Body)
	}
	if r := mop(t, env, "CreateProgram", map[string]any{"input": map[string]any{"organizationId": w.org, "titleFr": "X",
		"responseLevel": 1, "contactEmail": "c@example.org"}}, lea); code(r) != "FORBIDDEN" {
		t.Fatalf("a program admin added a program: %s", r.Body)
	}
	mop(t, env, "RequestPlatformAccess", accessVars(w.program, "jane.doe@example.org"), lea).MustOK(t)

	env.Emails(t)
	rej := env.Do(t, apitest.Request{Space: ment, Header: w.staff, Variables: map[string]any{"id": second},
		Query: `mutation($id: ID!) { rejectProgram(id: $id, reason: "Le niveau de réponse ne convient pas.") { program { status } } }`}).MustOK(t)
	if rej.Str("rejectProgram.program.status") != "REJECTED" {
		t.Fatalf("rejection: %s", rej.Body)
	}
	if m := env.EmailTo(t, "daniel.test@example.org"); !strings.Contains(m.Text, "Le niveau de réponse ne convient pas.") {
		t.Fatalf("the rejection e-mail: %s", m.Text)
	}
}
