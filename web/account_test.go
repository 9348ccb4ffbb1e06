package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	entaccount "guichet/ent/account"
	"guichet/ent/space"
)

// Passwords that follow every shipped space's policy.
const (
	goodPassword  = "Tournesol-Velo-42!"
	otherPassword = "Lanterne-Ciel-77?"
)

func bearer(token string) http.Header { return http.Header{"Authorization": {"Bearer " + token}} }

func with(h http.Header, k, v string) http.Header {
	out := h.Clone()
	if out == nil {
		out = http.Header{}
	}
	out.Set(k, v)
	return out
}

func register(t *testing.T, env *apitest.Env, sp, email, locale string) *apitest.Response {
	t.Helper()
	input := map[string]any{"email": email, "password": goodPassword, "firstName": "Camille", "lastName": "Durand"}
	if locale != "" {
		input["locale"] = locale
	}
	return env.Op(t, "account.graphql", "Register", sp, map[string]any{"input": input}, nil)
}

func login(t testing.TB, env *apitest.Env, sp, email, pw string) *apitest.Response {
	t.Helper()
	return env.Op(t, "account.graphql", "Login", sp, map[string]any{"email": email, "password": pw}, nil)
}

var staffCount int

// staff makes an active staff account in the space and signs it in.
func staff(t *testing.T, env *apitest.Env, sp string) string {
	t.Helper()
	ctx := context.Background()
	s, err := env.DB.Client.Space.Query().Where(space.Slug(sp)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	staffCount++
	email := fmt.Sprintf("staff%d-%s@example.org", staffCount, sp)
	if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: email, Password: goodPassword,
		FirstName: "Sam", LastName: "Staff", Roles: []string{"staff"}}); err != nil {
		t.Fatal(err)
	}
	return login(t, env, sp, email, goodPassword).MustOK(t).Str("login.token")
}

func code(r *apitest.Response) string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code()
}

// The whole journey in each space and language: sign-up, activation e-mail, activation
// (and approval where the space wants it), sign-in, me, sign-out.
func TestSignUpJourneyInEverySpace(t *testing.T) {
	env := apitest.New(t)
	for _, tc := range []struct {
		space, locale string
		subjectWord   string
		needsApproval bool
	}{
		{"facilitators", "FR", "Activez", false},
		{"mentoring", "EN", "Activate", false},
		{"certification", "FR", "Activez", true},
		{"certification", "EN", "Activate", true},
	} {
		t.Run(tc.space+"/"+tc.locale, func(t *testing.T) {
			email := fmt.Sprintf("camille.%s.%s@example.org", tc.space, strings.ToLower(tc.locale))
			if r := register(t, env, tc.space, email, tc.locale).MustOK(t); r.Get("register.ok") != true {
				t.Fatalf("register: %s", r.Body)
			}
			m := env.EmailTo(t, email)
			if !strings.Contains(m.Subject, tc.subjectWord) || m.Token("/activate") == "" {
				t.Fatalf("activation e-mail: %q\n%s", m.Subject, m.Text)
			}
			// Not active yet: the right password says so, with the status.
			early := login(t, env, tc.space, email, goodPassword)
			if code(early) != "ACCOUNT_NOT_ACTIVE" || early.Errors[0].Extensions["status"] != "PENDING_ACTIVATION" {
				t.Fatalf("login before activation: %s", early.Body)
			}
			act := env.Op(t, "account.graphql", "ActivateAccount", tc.space, map[string]any{"token": m.Token("/activate")}, nil).MustOK(t)
			want := "ACTIVE"
			if tc.needsApproval {
				want = "PENDING_APPROVAL"
			}
			if act.Str("activateAccount.account.status") != want || act.Str("activateAccount.account.email") != email {
				t.Fatalf("activate: %s", act.Body)
			}
			if tc.needsApproval {
				env.EmailTo(t, email) // "your account awaits approval"
				pending := login(t, env, tc.space, email, goodPassword)
				if code(pending) != "ACCOUNT_NOT_ACTIVE" || pending.Errors[0].Extensions["status"] != "PENDING_APPROVAL" {
					t.Fatalf("login before approval: %s", pending.Body)
				}
				tok := staff(t, env, tc.space)
				list := env.Op(t, "account.graphql", "PendingAccounts", tc.space, nil, bearer(tok)).MustOK(t)
				id := ""
				for i := range list.Len("pendingAccounts.edges") {
					if list.Str("pendingAccounts.edges."+itoa(i)+".node.email") == email {
						id = list.Str("pendingAccounts.edges." + itoa(i) + ".node.id")
					}
				}
				if id == "" {
					t.Fatalf("not in pendingAccounts: %s", list.Body)
				}
				ok := env.Op(t, "account.graphql", "ApproveAccount", tc.space, map[string]any{"id": id}, bearer(tok)).MustOK(t)
				if ok.Str("approveAccount.account.status") != "ACTIVE" {
					t.Fatalf("approve: %s", ok.Body)
				}
				if m := env.EmailTo(t, email); m.Subject == "" {
					t.Fatal("no approval e-mail")
				}
				// Approving twice: the account is no longer pending.
				again := env.Op(t, "account.graphql", "ApproveAccount", tc.space, map[string]any{"id": id}, bearer(tok))
				if code(again) != "CONFLICT" {
					t.Fatalf("second approval: %s", again.Body)
				}
			}
			// The token is single-use.
			reuse := env.Op(t, "account.graphql", "ActivateAccount", tc.space, map[string]any{"token": m.Token("/activate")}, nil)
			if code(reuse) != "INVALID_TOKEN" {
				t.Fatalf("reused activation: %s", reuse.Body)
			}
			in := login(t, env, tc.space, strings.ToUpper(email), goodPassword).MustOK(t) // addresses compare case-insensitively
			tok := in.Str("login.token")
			if len(tok) < 22 || in.Get("login.passwordResetRequired") != false || in.Str("login.expiresAt") == "" {
				t.Fatalf("login: %s", in.Body)
			}
			me := env.Op(t, "account.graphql", "Me", tc.space, nil, bearer(tok)).MustOK(t)
			if me.Str("me.email") != email || me.Str("me.status") != "ACTIVE" || me.Str("me.locale") != tc.locale || me.Len("me.roles") != 0 {
				t.Fatalf("me: %s", me.Body)
			}
			// A session is of its space only.
			other := "mentoring"
			if tc.space == "mentoring" {
				other = "facilitators"
			}
			if r := env.Op(t, "account.graphql", "Me", other, nil, bearer(tok)).MustOK(t); r.Get("me") != nil {
				t.Fatalf("session valid in another space: %s", r.Body)
			}
			env.Op(t, "account.graphql", "Logout", tc.space, nil, bearer(tok)).MustOK(t)
			if r := env.Op(t, "account.graphql", "Me", tc.space, nil, bearer(tok)).MustOK(t); r.Get("me") != nil {
				t.Fatalf("me after logout: %s", r.Body)
			}
			if r := env.Op(t, "account.graphql", "Logout", tc.space, nil, bearer(tok)); code(r) != "UNAUTHENTICATED" {
				t.Fatalf("logout without session: %s", r.Body)
			}
		})
	}
}

// Asking for a new activation link makes the earlier ones invalid.
func TestResendActivationSupersedesEarlierLinks(t *testing.T) {
	env := apitest.New(t)
	email := "resend@example.org"
	register(t, env, "facilitators", email, "FR").MustOK(t)
	first := env.EmailTo(t, email).Token("/activate")
	env.Op(t, "account.graphql", "ResendActivation", "facilitators", map[string]any{"email": email}, nil).MustOK(t)
	second := env.EmailTo(t, email).Token("/activate")
	if first == second || second == "" {
		t.Fatal("no new link")
	}
	if r := env.Op(t, "account.graphql", "ActivateAccount", "facilitators", map[string]any{"token": first}, nil); code(r) != "INVALID_TOKEN" {
		t.Fatalf("earlier link: %s", r.Body)
	}
	// An expired link is refused too.
	env.Clock.Advance(25 * time.Hour)
	if r := env.Op(t, "account.graphql", "ActivateAccount", "facilitators", map[string]any{"token": second}, nil); code(r) != "INVALID_TOKEN" {
		t.Fatalf("expired link: %s", r.Body)
	}
	env.Op(t, "account.graphql", "ResendActivation", "facilitators", map[string]any{"email": email}, nil).MustOK(t)
	third := env.EmailTo(t, email).Token("/activate")
	if r := env.Op(t, "account.graphql", "ActivateAccount", "facilitators", map[string]any{"token": third}, nil).MustOK(t); r.Str("activateAccount.account.status") != "ACTIVE" {
		t.Fatalf("activate: %s", r.Body)
	}
	// Once active, a resend sends nothing.
	env.Op(t, "account.graphql", "ResendActivation", "facilitators", map[string]any{"email": email}, nil).MustOK(t)
	if n := len(env.Emails(t)); n != 0 {
		t.Fatalf("%d e-mails to an active account", n)
	}
}

func TestRejection(t *testing.T) {
	env := apitest.New(t)
	email := "refuse@example.org"
	register(t, env, "certification", email, "EN").MustOK(t)
	tokAct := env.EmailTo(t, email).Token("/activate")
	env.Op(t, "account.graphql", "ActivateAccount", "certification", map[string]any{"token": tokAct}, nil).MustOK(t)
	env.Emails(t)
	var id int
	a, err := env.DB.Client.Account.Query().Where(entaccount.Email(email)).Only(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	id = a.ID
	// Nobody but staff decides.
	anon := env.Op(t, "account.graphql", "RejectAccount", "certification", map[string]any{"id": itoa(id)}, nil)
	if code(anon) != "UNAUTHENTICATED" {
		t.Fatalf("anonymous reject: %s", anon.Body)
	}
	register(t, env, "certification", "other@example.org", "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "certification", map[string]any{"token": env.EmailTo(t, "other@example.org").Token("/activate")}, nil).MustOK(t)
	tok := staff(t, env, "certification")
	forbidden := env.Op(t, "account.graphql", "PendingAccounts", "mentoring", nil, bearer(staff(t, env, "mentoring")))
	if code(forbidden) != "" { // staff of mentoring see mentoring's (empty) queue, not certification's
		t.Fatalf("mentoring staff: %s", forbidden.Body)
	}
	r := env.Op(t, "account.graphql", "RejectAccount", "certification", map[string]any{"id": itoa(id), "reason": "Le SIRET ne correspond pas."}, bearer(tok)).MustOK(t)
	if r.Str("rejectAccount.account.status") != "REJECTED" {
		t.Fatalf("reject: %s", r.Body)
	}
	m := env.EmailTo(t, email)
	if !strings.Contains(m.Text, "Le SIRET ne correspond pas.") {
		t.Fatalf("rejection e-mail lacks the reason:\n%s", m.Text)
	}
	if l := login(t, env, "certification", email, goodPassword); code(l) != "ACCOUNT_NOT_ACTIVE" || l.Errors[0].Extensions["status"] != "REJECTED" {
		t.Fatalf("login of a rejected account: %s", l.Body)
	}
	// A participant (no role) may not see the queue.
	register(t, env, "facilitators", "p@example.org", "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "facilitators", map[string]any{"token": env.EmailTo(t, "p@example.org").Token("/activate")}, nil).MustOK(t)
	ptok := login(t, env, "facilitators", "p@example.org", goodPassword).MustOK(t).Str("login.token")
	if r := env.Op(t, "account.graphql", "PendingAccounts", "facilitators", nil, bearer(ptok)); code(r) != "FORBIDDEN" {
		t.Fatalf("participant reads the queue: %s", r.Body)
	}
}

func TestAntiEnumeration(t *testing.T) {
	env := apitest.New(t)
	known := "known@example.org"
	register(t, env, "mentoring", known, "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "mentoring", map[string]any{"token": env.EmailTo(t, known).Token("/activate")}, nil).MustOK(t)

	// Registering a known address: the same answer, no new account, and the owner is told.
	again := register(t, env, "mentoring", known, "FR").MustOK(t)
	fresh := register(t, env, "mentoring", "fresh@example.org", "FR").MustOK(t)
	if string(again.Body) != string(fresh.Body) {
		t.Fatalf("register answers differ: %s / %s", again.Body, fresh.Body)
	}
	mails := env.Emails(t)
	if len(mails) != 2 {
		t.Fatalf("%d e-mails, want the owner's notice and the new activation", len(mails))
	}
	if n := env.DB.Client.Account.Query().Where(entaccount.EmailKey(known)).CountX(context.Background()); n != 1 {
		t.Fatalf("%d accounts for %s", n, known)
	}
	// Login: unknown address and wrong password are the same error.
	for _, l := range []string{"fr", "en"} {
		a := env.Do(t, apitest.Request{Space: "mentoring", Query: apitest.Contract(t, "account.graphql"), OperationName: "Login",
			Variables: map[string]any{"email": "nobody@example.org", "password": goodPassword}, Header: lang(l)})
		b := env.Do(t, apitest.Request{Space: "mentoring", Query: apitest.Contract(t, "account.graphql"), OperationName: "Login",
			Variables: map[string]any{"email": known, "password": "Wrong-Password-123"}, Header: lang(l)})
		if code(a) != "UNAUTHENTICATED" || code(b) != "UNAUTHENTICATED" || a.Errors[0].Message != b.Errors[0].Message {
			t.Fatalf("%s: unknown %s / wrong %s", l, a.Body, b.Body)
		}
	}
	// Resend and reset: always true.
	for _, op := range []string{"ResendActivation", "RequestPasswordReset"} {
		for _, e := range []string{known, "nobody@example.org", "not an address"} {
			r := env.Op(t, "account.graphql", op, "mentoring", map[string]any{"email": e}, nil).MustOK(t)
			if r.Get(strings.ToLower(op[:1])+op[1:]) != true {
				t.Fatalf("%s(%s): %s", op, e, r.Body)
			}
		}
	}
}

func TestPasswordResetAndChange(t *testing.T) {
	env := apitest.New(t)
	email := "reset@example.org"
	register(t, env, "facilitators", email, "EN").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "facilitators", map[string]any{"token": env.EmailTo(t, email).Token("/activate")}, nil).MustOK(t)
	session := login(t, env, "facilitators", email, goodPassword).MustOK(t).Str("login.token")

	reset := func() string {
		env.Op(t, "account.graphql", "RequestPasswordReset", "facilitators", map[string]any{"email": email}, nil).MustOK(t)
		m := env.EmailTo(t, email)
		if !strings.Contains(m.Link("/reset-password"), "token=") {
			t.Fatalf("reset e-mail:\n%s", m.Text)
		}
		return m.Token("/reset-password")
	}
	first := reset()
	second := reset() // a newer link kills the older one
	use := func(tok, pw string) *apitest.Response {
		return env.Op(t, "account.graphql", "ResetPassword", "facilitators", map[string]any{"token": tok, "newPassword": pw}, lang("en"))
	}
	if r := use(first, otherPassword); code(r) != "INVALID_TOKEN" {
		t.Fatalf("superseded link: %s", r.Body)
	}
	// A refused password does not spend the link.
	weak := use(second, "short")
	if code(weak) != "PASSWORD_POLICY" || len(weak.Errors[0].Extensions["violations"].([]any)) < 2 {
		t.Fatalf("weak password: %s", weak.Body)
	}
	if r := use(second, otherPassword).MustOK(t); r.Str("resetPassword.account.status") != "ACTIVE" {
		t.Fatalf("reset: %s", r.Body)
	}
	if m := env.EmailTo(t, email); !strings.Contains(strings.ToLower(m.Subject), "password") {
		t.Fatalf("no password-changed notice: %q", m.Subject)
	}
	if r := use(second, goodPassword); code(r) != "INVALID_TOKEN" {
		t.Fatalf("reused link: %s", r.Body)
	}
	// The reset ended every session.
	if r := env.Op(t, "account.graphql", "Me", "facilitators", nil, bearer(session)).MustOK(t); r.Get("me") != nil {
		t.Fatalf("session survived the reset: %s", r.Body)
	}
	if code(login(t, env, "facilitators", email, goodPassword)) != "UNAUTHENTICATED" {
		t.Fatal("the old password still works")
	}
	// An expired link.
	expired := reset()
	env.Clock.Advance(61 * time.Minute)
	if r := use(expired, goodPassword); code(r) != "INVALID_TOKEN" {
		t.Fatalf("expired link: %s", r.Body)
	}

	// changePassword needs the current password, and ends the sessions.
	session = login(t, env, "facilitators", email, otherPassword).MustOK(t).Str("login.token")
	change := func(current, next string) *apitest.Response {
		return env.Op(t, "account.graphql", "ChangePassword", "facilitators", map[string]any{"currentPassword": current, "newPassword": next}, bearer(session))
	}
	if r := change("Not-The-Password-1!", goodPassword); code(r) != "BAD_USER_INPUT" {
		t.Fatalf("wrong current password: %s", r.Body)
	}
	if r := change(otherPassword, goodPassword).MustOK(t); r.Get("changePassword") != true {
		t.Fatalf("change: %s", r.Body)
	}
	env.EmailTo(t, email)
	if r := env.Op(t, "account.graphql", "Me", "facilitators", nil, bearer(session)).MustOK(t); r.Get("me") != nil {
		t.Fatal("session survived the change")
	}
	login(t, env, "facilitators", email, goodPassword).MustOK(t)
	if r := env.Op(t, "account.graphql", "ChangePassword", "facilitators", map[string]any{"currentPassword": "x", "newPassword": "y"}, nil); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("anonymous change: %s", r.Body)
	}
}

// Two people using the same reset link at the same moment: exactly one succeeds.
func TestConcurrentUseOfOneResetLink(t *testing.T) {
	env := apitest.New(t)
	email := "race@example.org"
	register(t, env, "mentoring", email, "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "mentoring", map[string]any{"token": env.EmailTo(t, email).Token("/activate")}, nil).MustOK(t)
	env.Op(t, "account.graphql", "RequestPasswordReset", "mentoring", map[string]any{"email": email}, nil).MustOK(t)
	tok := env.EmailTo(t, email).Token("/reset-password")
	const n = 8
	var wg sync.WaitGroup
	results := make([]string, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := env.Op(t, "account.graphql", "ResetPassword", "mentoring", map[string]any{"token": tok, "newPassword": fmt.Sprintf("Nouveau-Mot-%d!", i)}, nil)
			results[i] = code(r)
		}()
	}
	wg.Wait()
	ok := 0
	for _, c := range results {
		switch c {
		case "":
			ok++
		case "INVALID_TOKEN":
		default:
			t.Fatalf("unexpected: %v", results)
		}
	}
	if ok != 1 {
		t.Fatalf("%d successes: %v", ok, results)
	}
}

func TestLoginThrottling(t *testing.T) {
	env := apitest.New(t)
	email := "brute@example.org"
	register(t, env, "mentoring", email, "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "mentoring", map[string]any{"token": env.EmailTo(t, email).Token("/activate")}, nil).MustOK(t)
	for i := range account.LoginPerPair.Max {
		if r := login(t, env, "mentoring", email, "Wrong-Guess-"+itoa(i)); code(r) != "UNAUTHENTICATED" {
			t.Fatalf("attempt %d: %s", i, r.Body)
		}
	}
	r := login(t, env, "mentoring", email, goodPassword) // even the right password now waits, from this client
	if code(r) != "RATE_LIMITED" || r.Errors[0].Extensions["retryAfter"] == nil {
		t.Fatalf("after %d failures: %s", account.LoginPerPair.Max, r.Body)
	}
	// Once the wait is over, the right password works again, and clears the count.
	env.Clock.Advance(16 * time.Minute)
	login(t, env, "mentoring", email, goodPassword).MustOK(t)

	// Aliases do not multiply guesses: each login field is one attempt.
	victim := "alias@example.org"
	register(t, env, "mentoring", victim, "FR").MustOK(t)
	env.Op(t, "account.graphql", "ActivateAccount", "mentoring", map[string]any{"token": env.EmailTo(t, victim).Token("/activate")}, nil).MustOK(t)
	var b strings.Builder
	b.WriteString("mutation {")
	for i := range 20 {
		fmt.Fprintf(&b, " a%d: login(email: %q, password: %q) { token }", i, victim, "Guess-"+itoa(i))
	}
	fmt.Fprintf(&b, " last: login(email: %q, password: %q) { token } }", victim, goodPassword)
	many := env.Do(t, apitest.Request{Space: "mentoring", Query: b.String()})
	limited, wrong := 0, 0
	for _, e := range many.Errors {
		switch e.Code() {
		case "RATE_LIMITED":
			limited++
		case "UNAUTHENTICATED":
			wrong++
		}
	}
	if wrong != account.LoginPerPair.Max || limited != 21-account.LoginPerPair.Max || many.Get("last") != nil {
		t.Fatalf("aliases: %d checked, %d limited: %s", wrong, limited, many.Body)
	}
}

func TestLegacyAccountMustChangePasswordFirst(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "ancien@example.org", Password: goodPassword,
		FirstName: "Ada", LastName: "Ancien", Roles: []string{"facilitator"}})
	if err != nil {
		t.Fatal(err)
	}
	env.DB.Client.Account.UpdateOneID(a.ID).SetPasswordResetRequired(true).ExecX(ctx)
	in := login(t, env, "facilitators", "ancien@example.org", goodPassword).MustOK(t)
	if in.Get("login.passwordResetRequired") != true {
		t.Fatalf("login: %s", in.Body)
	}
	tok := in.Str("login.token")
	blocked := env.Op(t, "account.graphql", "ContactSupport", "facilitators", map[string]any{"input": map[string]any{
		"email": "ancien@example.org", "name": "Ada", "subject": "x", "message": "y"}}, bearer(tok))
	if code(blocked) != "PRECONDITION_FAILED" || blocked.Errors[0].Extensions["reason"] != "PASSWORD_CHANGE_REQUIRED" {
		t.Fatalf("other mutation before the change: %s", blocked.Body)
	}
	if r := env.Op(t, "account.graphql", "Me", "facilitators", nil, bearer(tok)).MustOK(t); r.Str("me.email") != "ancien@example.org" {
		t.Fatalf("me: %s", r.Body)
	}
	// Public help stays readable, with an anonymous reader's audiences only.
	if r := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": "suivre-le-mooc"}, bearer(tok)).MustOK(t); r.Get("guide") != nil {
		t.Fatalf("a participant page before the password change: %s", r.Body)
	}
	env.Op(t, "account.graphql", "ChangePassword", "facilitators", map[string]any{"currentPassword": goodPassword, "newPassword": otherPassword}, bearer(tok)).MustOK(t)
	again := login(t, env, "facilitators", "ancien@example.org", otherPassword).MustOK(t)
	if again.Get("login.passwordResetRequired") != false || again.Str("login.account.roles.0") != "facilitator" {
		t.Fatalf("still required: %s", again.Body)
	}
	// Now the facilitator's role counts: participant and facilitator pages are readable.
	for _, slug := range []string{"suivre-le-mooc", "validation-par-les-pairs"} {
		r := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": slug}, bearer(again.Str("login.token"))).MustOK(t)
		if r.Str("guide.slug") != slug {
			t.Fatalf("%s for a facilitator: %s", slug, r.Body)
		}
	}
}

func TestPasswordPolicyOfEachSpace(t *testing.T) {
	env := apitest.New(t)
	for _, tc := range []struct {
		space string
		min   int
		codes []string // for the password "zqx"
	}{
		{"facilitators", 12, []string{"PASSWORD_TOO_SHORT", "PASSWORD_NEEDS_UPPERCASE", "PASSWORD_NEEDS_DIGIT", "PASSWORD_NEEDS_SYMBOL"}},
		{"mentoring", 6, []string{"PASSWORD_TOO_SHORT", "PASSWORD_NEEDS_UPPERCASE", "PASSWORD_NEEDS_DIGIT_OR_SYMBOL"}},
		{"certification", 12, []string{"PASSWORD_TOO_SHORT"}},
	} {
		for _, l := range []string{"fr", "en"} {
			p := env.Op(t, "account.graphql", "PasswordPolicy", tc.space, nil, lang(l)).MustOK(t)
			if p.Int("passwordPolicy.minLength") != tc.min || p.Str("passwordPolicy.description") == "" {
				t.Fatalf("%s: %s", tc.space, p.Body)
			}
			r := env.Do(t, apitest.Request{Space: tc.space, Query: apitest.Contract(t, "account.graphql"), OperationName: "Register",
				Variables: map[string]any{"input": map[string]any{"email": "x@example.org", "password": "zqx", "firstName": "X", "lastName": "Y"}},
				Header:    lang(l)})
			if code(r) != "PASSWORD_POLICY" {
				t.Fatalf("%s: %s", tc.space, r.Body)
			}
			vs := r.Errors[0].Extensions["violations"].([]any)
			var got []string
			for _, v := range vs {
				m := v.(map[string]any)
				got = append(got, m["code"].(string))
				if m["field"] != "password" || m["message"] == "" || m["message"] == m["code"] {
					t.Errorf("%s %s: violation %v", tc.space, l, m)
				}
			}
			if strings.Join(got, ",") != strings.Join(tc.codes, ",") {
				t.Errorf("%s: codes %v, want %v", tc.space, got, tc.codes)
			}
		}
	}
	fr := env.Op(t, "account.graphql", "PasswordPolicy", "facilitators", nil, lang("fr")).MustOK(t).Str("passwordPolicy.description")
	en := env.Op(t, "account.graphql", "PasswordPolicy", "facilitators", nil, lang("en")).MustOK(t).Str("passwordPolicy.description")
	if fr == en || !strings.Contains(en, "12") {
		t.Fatalf("descriptions: %q / %q", fr, en)
	}
	// Other fields and the password at once: BAD_USER_INPUT with every violation.
	r := env.Op(t, "account.graphql", "Register", "mentoring", map[string]any{"input": map[string]any{
		"email": "not-an-address", "password": "zqx", "firstName": "", "lastName": "Y"}}, nil)
	if code(r) != "BAD_USER_INPUT" || len(r.Errors[0].Extensions["violations"].([]any)) < 4 {
		t.Fatalf("several fields: %s", r.Body)
	}
}

func TestContactSupportAndAuditLog(t *testing.T) {
	env := apitest.New(t)
	r := env.Op(t, "account.graphql", "ContactSupport", "certification", map[string]any{"input": map[string]any{
		"email": "demande@example.org", "name": "Léa", "subject": "Mon SIRET", "message": "Il est refusé.", "locale": "FR"}}, nil).MustOK(t)
	if r.Str("contactSupport.id") == "" {
		t.Fatalf("contactSupport: %s", r.Body)
	}
	mails := env.Emails(t)
	var toSupport, toSender bool
	for _, m := range mails {
		toSupport = toSupport || (strings.Contains(m.To, "support-certification@example.org") && strings.Contains(m.Text, "Il est refusé."))
		toSender = toSender || (strings.Contains(m.To, "demande@example.org") && strings.Contains(m.Text, "Mon SIRET"))
	}
	if !toSupport || !toSender {
		t.Fatalf("support e-mails: %+v", mails)
	}
	bad := env.Op(t, "account.graphql", "ContactSupport", "certification", map[string]any{"input": map[string]any{
		"email": "x", "name": "", "subject": "", "message": ""}}, nil)
	if code(bad) != "BAD_USER_INPUT" || len(bad.Errors[0].Extensions["violations"].([]any)) != 4 {
		t.Fatalf("invalid request: %s", bad.Body)
	}

	// The audit log records the security events, for staff, without any secret.
	register(t, env, "certification", "audit@example.org", "FR").MustOK(t)
	login(t, env, "certification", "audit@example.org", "Wrong-Password-1")
	tok := staff(t, env, "certification")
	q := `query($action: String) { auditLog(first: 50, action: $action) { totalCount edges { node { action email client createdAt details { key value } } } } }`
	log := env.Do(t, apitest.Request{Space: "certification", Query: q, Header: bearer(tok)}).MustOK(t)
	actions := map[string]bool{}
	for i := range log.Len("auditLog.edges") {
		actions[log.Str("auditLog.edges."+itoa(i)+".node.action")] = true
	}
	for _, a := range []string{"signup", "login.failed", "login.succeeded", "account.created", "role.granted"} {
		if !actions[a] {
			t.Errorf("no %s event: %v", a, actions)
		}
	}
	if strings.Contains(string(log.Body), goodPassword) || strings.Contains(string(log.Body), "Wrong-Password-1") || strings.Contains(string(log.Body), tok) {
		t.Fatal("a secret in the audit log")
	}
	failed := env.Do(t, apitest.Request{Space: "certification", Query: q, Variables: map[string]any{"action": "login.failed"}, Header: bearer(tok)}).MustOK(t)
	if failed.Int("auditLog.totalCount") != 1 || failed.Str("auditLog.edges.0.node.email") != "audit@example.org" || failed.Str("auditLog.edges.0.node.client") == "" {
		t.Fatalf("failed logins: %s", failed.Body)
	}
	if r := env.Do(t, apitest.Request{Space: "certification", Query: q}); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("anonymous audit log: %s", r.Body)
	}
}

// The same address signing up several times at once: every answer is the same, one account
// is made, and nothing is left half-written (on PostgreSQL, the losers' transactions abort).
func TestConcurrentSignUpsOfOneAddress(t *testing.T) {
	env := apitest.New(t)
	const n = 5
	var wg sync.WaitGroup
	results := make([]*apitest.Response, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = env.Do(t, apitest.Request{Space: "mentoring", Header: http.Header{"X-Forwarded-For": {fmt.Sprintf("10.1.0.%d", i)}},
				Query: `mutation($in: RegisterInput!) { register(input: $in) { ok } }`,
				Variables: map[string]any{"in": map[string]any{"email": "meme@example.org", "password": goodPassword,
					"firstName": "Même", "lastName": "Adresse"}}})
		}()
	}
	wg.Wait()
	for _, r := range results {
		if code(r) != "" || r.Get("register.ok") != true {
			t.Fatalf("a sign-up: %s", r.Body)
		}
	}
	if got := env.DB.Client.Account.Query().CountX(context.Background()); got != 1 {
		t.Fatalf("%d accounts for one address", got)
	}
}
