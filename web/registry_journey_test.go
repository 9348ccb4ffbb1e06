package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/apitest"
	entaccount "guichet/ent/account"
	"guichet/ent/entity"
	"guichet/ent/space"
)

// activate reads the activation links of the new e-mails and uses those of the addresses given.
func activate(t *testing.T, env *apitest.Env, emails ...string) {
	t.Helper()
	tokens := map[string]string{}
	for _, m := range env.Emails(t) {
		if tok := m.Token("/activate"); tok != "" {
			for _, e := range emails {
				if strings.Contains(m.To, e) {
					tokens[e] = tok
				}
			}
		}
	}
	for _, e := range emails {
		if tokens[e] == "" {
			t.Fatalf("no activation link for %s", e)
		}
		r := env.Op(t, "account.graphql", "ActivateAccount", cert, map[string]any{"token": tokens[e]}, nil).MustOK(t)
		if s := r.Str("activateAccount.account.status"); s != "PENDING_APPROVAL" {
			t.Fatalf("%s activated: %s", e, s)
		}
	}
}

func accountID(t *testing.T, env *apitest.Env, email string) string {
	t.Helper()
	return itoa(env.DB.Client.Account.Query().Where(entaccount.Email(email)).OnlyX(context.Background()).ID)
}

func signIn(t *testing.T, env *apitest.Env, email string) http.Header {
	t.Helper()
	return bearer(login(t, env, cert, email, goodPassword).MustOK(t).Str("login.token"))
}

// emailsTo are the new e-mails, by recipient.
func emailsTo(t *testing.T, env *apitest.Env) map[string][]apitest.Email {
	t.Helper()
	out := map[string][]apitest.Email{}
	for _, m := range env.Emails(t) {
		at := strings.LastIndex(m.To, "<")
		to := strings.Trim(m.To[at+1:], "<> ")
		out[to] = append(out[to], m)
	}
	return out
}

// The journey: the first account of an entity → activation → staff approval → its manager; a
// second account → activation (the manager is told) → the manager's approval → a depositor;
// another entity's manager sees nothing of it and is refused; a rejection's reason is e-mailed.
func TestRegistryJourney(t *testing.T) {
	env := apitest.New(t)
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	day := today(env).String()
	registerDepositor(t, env, depositorInput("claire@example.org", map[string]any{"entityName": "Formations Moreau", "locale": "FR"}), kbis).MustOK(t)
	activate(t, env, "claire@example.org")
	registerDepositor(t, env, depositorInput("louis@example.org", map[string]any{"firstName": "Louis", "lastName": "Garnier",
		"nameOnLegalDocument": false, "mandateSignedOn": day, "locale": "EN"}), kbis, mandate("delegation.png", "image/png", pngDoc)).MustOK(t)
	activate(t, env, "louis@example.org")
	registerDepositor(t, env, depositorInput("olga@example.org", map[string]any{"siret": "44306184100047", "entityName": "Atelier Olga"}), kbis).MustOK(t)
	activate(t, env, "olga@example.org")
	claireID, louisID, olgaID := accountID(t, env, "claire@example.org"), accountID(t, env, "louis@example.org"), accountID(t, env, "olga@example.org")

	// Staff see every pending account, with its entity and documents.
	st := bearer(staff(t, env, cert))
	q := registryOp(t, env, "PendingDepositors", map[string]any{"first": 10}, st).MustOK(t)
	if q.Int("pendingAccounts.totalCount") != 3 || q.Str("pendingAccounts.edges.0.node.email") != "claire@example.org" ||
		q.Str("pendingAccounts.edges.0.node.entity.siret") != "73282932000074" || q.Str("pendingAccounts.edges.0.node.entity.kind") != "COMPANY" ||
		q.Str("pendingAccounts.edges.1.node.documents.1.kind") != "MANDATE_DELEGATION" ||
		q.Str("pendingAccounts.edges.1.node.documents.1.contentType") != "image/png" {
		t.Fatalf("staff's queue: %s", q.Body)
	}
	emailsTo(t, env)

	// Nobody manages the entity yet: its manager-to-be is approved by staff and becomes it.
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": claireID}, st).MustOK(t)
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": olgaID}, st).MustOK(t)
	mail := emailsTo(t, env)
	if m := mail["claire@example.org"]; len(m) != 1 || !strings.Contains(m[0].Subject, "gestionnaire de l’entité Formations Moreau") ||
		!strings.Contains(m[0].Text, "valider (ou refuser) les demandes de compte") {
		t.Fatalf("the new manager's e-mail: %+v", m)
	}
	claire, olga := signIn(t, env, "claire@example.org"), signIn(t, env, "olga@example.org")
	me := registryOp(t, env, "MyEntity", nil, claire).MustOK(t)
	if fmt.Sprint(me.Get("me.roles")) != "[entity-manager]" || me.Str("me.entity.name") != "Formations Moreau" ||
		me.Str("me.entity.manager.id") != claireID || me.Len("me.entity.members.edges") != 2 ||
		me.Str("me.entity.members.edges.1.node.status") != "PENDING_APPROVAL" {
		t.Fatalf("the manager's entity: %s", me.Body)
	}

	// The manager sees the entity's pending account and its documents; the other entity's
	// manager sees nothing of it, and may not decide on it.
	mine := registryOp(t, env, "PendingDepositors", nil, claire).MustOK(t)
	if mine.Int("pendingAccounts.totalCount") != 1 || mine.Str("pendingAccounts.edges.0.node.id") != louisID ||
		mine.Len("pendingAccounts.edges.0.node.documents") != 2 {
		t.Fatalf("the manager's queue: %s", mine.Body)
	}
	// The documents are downloaded by staff and the entity's manager, each download audited;
	// for anyone else they do not exist.
	docURL := mine.Str("pendingAccounts.edges.0.node.documents.1.url")
	if !strings.HasPrefix(docURL, apitest.PublicURL+"/spaces/certification/documents/") || !strings.HasSuffix(docURL, "/delegation.png") {
		t.Fatalf("a document's URL: %q", docURL)
	}
	for _, tc := range []struct {
		who    string
		header http.Header
		status int
	}{{"the manager", claire, 200}, {"staff", st, 200}, {"another entity's manager", olga, 404}, {"anonymous", nil, 404}} {
		status, body, ct := getDocument(t, env, docURL, tc.header)
		if status != tc.status || tc.status == 200 && (body != string(pngDoc) || ct != "image/png") {
			t.Fatalf("%s downloads the mandate: %d %s", tc.who, status, ct)
		}
	}
	downloads := env.Do(t, apitest.Request{Space: cert, Query: `{ auditLog(action: "document.downloaded") { totalCount edges { node { actorID targetID details { key value } } } } }`, Header: st}).MustOK(t)
	if downloads.Int("auditLog.totalCount") != 2 || downloads.Str("auditLog.edges.1.node.actorID") != claireID ||
		downloads.Str("auditLog.edges.1.node.targetID") != louisID || !strings.Contains(downloads.Body2(), "delegation.png") {
		t.Fatalf("downloads are audited: %s", downloads.Body)
	}
	if other := registryOp(t, env, "PendingDepositors", nil, olga).MustOK(t); other.Int("pendingAccounts.totalCount") != 0 {
		t.Fatalf("another entity's manager's queue: %s", other.Body)
	}
	for _, opName := range []string{"ApproveAccount", "RejectAccount"} {
		if r := env.Op(t, "account.graphql", opName, cert, map[string]any{"id": louisID}, with(olga, "Accept-Language", "en")); code(r) != "FORBIDDEN" ||
			!strings.Contains(r.Errors[0].Message, "entity you manage") {
			t.Fatalf("%s by another entity's manager: %s", opName, r.Body)
		}
	}
	hidden := env.Do(t, apitest.Request{Space: cert, Query: `query($id: ID!) { node(id: $id) { id } }`, Variables: map[string]any{"id": louisID}, Header: olga}).MustOK(t)
	if hidden.Get("node") != nil {
		t.Fatalf("node(id) of another entity's account: %s", hidden.Body)
	}

	// The manager approves: a depositor of the entity.
	r := env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": louisID}, claire).MustOK(t)
	if r.Str("approveAccount.account.status") != "ACTIVE" {
		t.Fatalf("approval by the manager: %s", r.Body)
	}
	if m := emailsTo(t, env)["louis@example.org"]; len(m) != 1 || !strings.Contains(m[0].Subject, "approved") {
		t.Fatalf("the depositor's e-mail: %+v", m)
	}
	louis := signIn(t, env, "louis@example.org")
	lme := registryOp(t, env, "MyEntity", nil, louis).MustOK(t)
	if fmt.Sprint(lme.Get("me.roles")) != "[depositor]" || lme.Str("me.entity.manager.displayName") != "Claire Moreau" || lme.Len("me.entity.members.edges") != 2 {
		t.Fatalf("a depositor's entity: %s", lme.Body)
	}
	if r := registryOp(t, env, "PendingDepositors", nil, louis); code(r) != "FORBIDDEN" {
		t.Fatalf("a depositor reads the queue: %s", r.Body)
	}
	if status, _, _ := getDocument(t, env, docURL, louis); status != 404 {
		t.Fatalf("a depositor downloads a request's document: %d", status)
	}
	if r := env.Do(t, apitest.Request{Space: cert, Query: `query($id: ID!) { node(id: $id) { id } }`, Variables: map[string]any{"id": claireID}, Header: louis}).MustOK(t); r.Get("node") != nil {
		t.Fatalf("node(id) of an account: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: cert, Query: `{ me { entity { members { totalCount } } } }`, Header: olga}).MustOK(t); r.Int("me.entity.members.totalCount") != 1 {
		t.Fatalf("another manager's members: %s", r.Body)
	}

	// A third account: its activation tells the manager, who rejects it with a reason.
	registerDepositor(t, env, depositorInput("marc@example.org", map[string]any{"firstName": "Marc", "lastName": "Petit"}), kbis).MustOK(t)
	activate(t, env, "marc@example.org")
	if m := emailsTo(t, env)["claire@example.org"]; len(m) != 1 || !strings.Contains(m[0].Text, "Marc Petit (marc@example.org)") {
		t.Fatalf("the manager is told of an account to approve: %+v", m)
	}
	rej := env.Op(t, "account.graphql", "RejectAccount", cert, map[string]any{"id": accountID(t, env, "marc@example.org"),
		"reason": "Vous ne faites pas partie de notre service formation."}, claire).MustOK(t)
	if rej.Str("rejectAccount.account.status") != "REJECTED" {
		t.Fatalf("rejection: %s", rej.Body)
	}
	if m := emailsTo(t, env)["marc@example.org"]; len(m) != 1 || !strings.Contains(m[0].Text, "Vous ne faites pas partie de notre service formation.") {
		t.Fatalf("the rejection's reason is e-mailed: %+v", m)
	}
	ctx := context.Background()
	if e := env.DB.Client.Entity.Query().Where(entity.SiretEQ("73282932000074")).OnlyX(ctx); e.ManagerID == nil || itoa(*e.ManagerID) != claireID {
		t.Fatalf("rejecting a depositor leaves the manager: %+v", e)
	}
}

// Rejecting the manager-to-be hands the place to the entity's next pending account, which staff
// then approve as the manager; with nobody left, the next registration takes the place.
func TestRegistryRejectedManagerHandsOn(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	for _, e := range []string{"a1@example.org", "a2@example.org", "a3@example.org"} {
		registerDepositor(t, env, depositorInput(e, nil), kbis).MustOK(t)
	}
	activate(t, env, "a1@example.org", "a2@example.org", "a3@example.org")
	st := bearer(staff(t, env, cert))
	place := func() string {
		e := env.DB.Client.Entity.Query().Where(entity.SiretEQ("73282932000074")).OnlyX(ctx)
		if e.ManagerID == nil {
			return ""
		}
		return itoa(*e.ManagerID)
	}
	a1, a2, a3 := accountID(t, env, "a1@example.org"), accountID(t, env, "a2@example.org"), accountID(t, env, "a3@example.org")
	if place() != a1 {
		t.Fatalf("the first account holds the place: %s", place())
	}
	env.Op(t, "account.graphql", "RejectAccount", cert, map[string]any{"id": a1, "reason": "Délégation illisible."}, st).MustOK(t)
	if place() != a2 {
		t.Fatalf("after a1's rejection the place is %s, want a2 (%s)", place(), a2)
	}
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": a2}, st).MustOK(t)
	manager := signIn(t, env, "a2@example.org")
	if me := registryOp(t, env, "MyEntity", nil, manager).MustOK(t); fmt.Sprint(me.Get("me.roles")) != "[entity-manager]" {
		t.Fatalf("the next account became the manager: %s", me.Body)
	}
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": a3}, manager).MustOK(t)
	if me := registryOp(t, env, "MyEntity", nil, signIn(t, env, "a3@example.org")).MustOK(t); fmt.Sprint(me.Get("me.roles")) != "[depositor]" {
		t.Fatalf("the third account is a depositor: %s", me.Body)
	}
	log := env.Do(t, apitest.Request{Space: cert, Query: `{ auditLog(action: "entity.manager_place_handed_on") { edges { node { targetID } } } }`, Header: st}).MustOK(t)
	if log.Str("auditLog.edges.0.node.targetID") != a2 {
		t.Fatalf("the hand-on is audited: %s", log.Body)
	}

	// An entity whose only account is rejected keeps its place free for the next one.
	other := depositorInput("b1@example.org", map[string]any{"siret": "44306184100047"})
	registerDepositor(t, env, other, kbis).MustOK(t)
	activate(t, env, "b1@example.org")
	env.Op(t, "account.graphql", "RejectAccount", cert, map[string]any{"id": accountID(t, env, "b1@example.org")}, st).MustOK(t)
	e := env.DB.Client.Entity.Query().Where(entity.SiretEQ("44306184100047")).OnlyX(ctx)
	if e.ManagerID != nil {
		t.Fatalf("the place after the only account's rejection: %v", *e.ManagerID)
	}
	registerDepositor(t, env, depositorInput("b2@example.org", map[string]any{"siret": "44306184100047"}), kbis).MustOK(t)
	e = env.DB.Client.Entity.GetX(ctx, e.ID)
	if e.ManagerID == nil || itoa(*e.ManagerID) != accountID(t, env, "b2@example.org") {
		t.Fatalf("the next registration takes the free place: %+v", e)
	}
	// A manager-to-be is never approved by an entity manager, even one given the role by hand.
	activate(t, env, "b2@example.org")
	sp := env.DB.Client.Space.Query().Where(space.Slug(cert)).OnlyX(ctx)
	scope := "entity:" + itoa(e.ID)
	a3ID := env.DB.Client.Account.Query().Where(entaccount.Email("a3@example.org")).OnlyX(ctx).ID
	if _, err := env.Accounts.GrantRole(ctx, sp, 0, a3ID, "entity-manager", &scope, "test"); err != nil {
		t.Fatal(err)
	}
	r := env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": accountID(t, env, "b2@example.org")},
		with(signIn(t, env, "a3@example.org"), "Accept-Language", "en"))
	if code(r) != "FORBIDDEN" || !strings.Contains(r.Errors[0].Message, "approved by staff") {
		t.Fatalf("a manager-to-be approved by a manager: %s", r.Body)
	}
}

// Two first registrations of one SIRET at the same moment make one entity with one
// manager-to-be, run many times.
func TestRegistryFirstRegistrationRace(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	const rounds, n = 8, 4
	for round := range rounds {
		env.Clock.Advance(2 * time.Hour) // each round within the hourly e-mail limits
		s := siretFor(round)
		var wg sync.WaitGroup
		results := make([]*apitest.Response, n)
		for i := range n {
			wg.Go(func() {
				results[i] = registerDepositor(t, env, depositorInput(fmt.Sprintf("r%d-%d@example.org", round, i), map[string]any{"siret": s}),
					proof("kbis.pdf", "application/pdf", pdfDoc))
			})
		}
		wg.Wait()
		for _, r := range results {
			if code(r) != "" {
				t.Fatalf("round %d: %s", round, r.Body)
			}
		}
		es := env.DB.Client.Entity.Query().Where(entity.SiretEQ(s)).AllX(ctx)
		if len(es) != 1 || es[0].ManagerID == nil {
			t.Fatalf("round %d: %d entities for one SIRET: %+v", round, len(es), es)
		}
		members := env.DB.Client.Account.Query().Where(entaccount.EntityID(es[0].ID)).IDsX(ctx)
		if len(members) != n {
			t.Fatalf("round %d: %d members, want %d", round, len(members), n)
		}
		holds := 0
		for _, id := range members {
			if id == *es[0].ManagerID {
				holds++
			}
		}
		if holds != 1 {
			t.Fatalf("round %d: the place is held by %d, not one of the members %v", round, *es[0].ManagerID, members)
		}
	}
}

// siretFor is a valid SIRET of its own for each i (the Luhn check digit computed).
func siretFor(i int) string {
	base := fmt.Sprintf("8%012d", 1000+i)
	for d := '0'; d <= '9'; d++ {
		s := base + string(d)
		sum := 0
		for j := len(s) - 1; j >= 0; j-- {
			x := int(s[j] - '0')
			if (len(s)-1-j)%2 == 1 {
				if x *= 2; x > 9 {
					x -= 9
				}
			}
			sum += x
		}
		if sum%10 == 0 {
			return s
		}
	}
	panic("no check digit")
}

// getDocument downloads a document as the header's viewer: status, body, content type.
func getDocument(t *testing.T, env *apitest.Env, url string, h http.Header) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, strings.Replace(url, apitest.PublicURL, env.URL, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range h {
		req.Header[k] = vs
	}
	resp, err := env.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == 200 && resp.Header.Get("Cache-Control") != "private, no-store" {
		t.Errorf("a document may be kept by a cache: %q", resp.Header.Get("Cache-Control"))
	}
	return resp.StatusCode, string(b), resp.Header.Get("Content-Type")
}
