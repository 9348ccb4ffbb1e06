package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	netmail "net/mail"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/outboxmessage"
	"guichet/ent/space"
	"guichet/web"
	"guichet/webhook"
)

// Two servers on one database behave as one: a session opened on one is good on the other,
// sign-in attempts count together, a role granted or revoked on one counts on the other at the
// next request, each e-mail, webhook delivery and scheduled publish happens once whichever
// server's workers run, and a file uploaded to one is downloaded from the other (a shared S3
// bucket). On PostgreSQL (make test-postgres) as on SQLite (two connection pools on one file).
func TestReplicasBehaveAsOne(t *testing.T) {
	envs := apitest.NewReplicas(t, 2, web.Options{})
	a, b := envs[0], envs[1]
	ctx := context.Background()
	const sp = "certification"
	spaceRow := a.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
	mustCreate := func(email string, roles ...string) {
		t.Helper()
		if _, err := a.Accounts.Create(ctx, spaceRow, account.CreateInput{Email: email, Password: goodPassword,
			FirstName: "Réplique", LastName: "Test", Roles: roles}); err != nil {
			t.Fatal(err)
		}
	}
	mustCreate("admin@example.org", "admin")
	mustCreate("editrice@example.org", "editor")
	admin := bearer(login(t, a, sp, "admin@example.org", goodPassword).MustOK(t).Str("login.token"))
	ed := bearer(login(t, b, sp, "editrice@example.org", goodPassword).MustOK(t).Str("login.token"))

	t.Run("sessions", func(t *testing.T) {
		mustCreate("session@example.org")
		tok := login(t, a, sp, "session@example.org", goodPassword).MustOK(t).Str("login.token")
		if r := b.Op(t, "account.graphql", "Me", sp, nil, bearer(tok)).MustOK(t); r.Str("me.email") != "session@example.org" {
			t.Fatalf("a session opened on A, on B: %s", r.Body)
		}
		b.Op(t, "account.graphql", "Logout", sp, nil, bearer(tok)).MustOK(t)
		if r := a.Op(t, "account.graphql", "Me", sp, nil, bearer(tok)).MustOK(t); r.Get("me") != nil {
			t.Fatalf("a session closed on B, on A: %s", r.Body)
		}
	})

	t.Run("sign-in attempts count together", func(t *testing.T) {
		mustCreate("brute@example.org")
		for i := range account.LoginPerPair.Max {
			env := envs[i%2]
			if r := login(t, env, sp, "brute@example.org", "Wrong-Guess-"+itoa(i)); code(r) != "UNAUTHENTICATED" {
				t.Fatalf("attempt %d: %s", i, r.Body)
			}
		}
		for _, env := range envs {
			if r := login(t, env, sp, "brute@example.org", goodPassword); code(r) != "RATE_LIMITED" {
				t.Fatalf("after %d failures spread over both: %s", account.LoginPerPair.Max, r.Body)
			}
		}
	})

	t.Run("roles", func(t *testing.T) {
		mustCreate("promue@example.org")
		tok := bearer(login(t, a, sp, "promue@example.org", goodPassword).MustOK(t).Str("login.token"))
		id := a.Op(t, "account.graphql", "Me", sp, nil, tok).MustOK(t).Str("me.id")
		create := func(env *apitest.Env, slug string) *apitest.Response {
			return env.Op(t, "editor.graphql", "CreateGuide", sp, map[string]any{"input": map[string]any{"translations": []any{
				map[string]any{"locale": "FR", "slug": slug, "title": "Page " + slug, "body": "x"}}}}, tok)
		}
		if r := create(b, "avant"); code(r) != "FORBIDDEN" {
			t.Fatalf("before the grant: %s", r.Body)
		}
		grant := `mutation($id: ID!, $role: String!) { grantRole(accountId: $id, role: $role) { account { roles } } }`
		a.Do(t, apitest.Request{Space: sp, Query: grant, Variables: map[string]any{"id": id, "role": "editor"}, Header: admin}).MustOK(t)
		create(b, "apres").MustOK(t) // granted on A, seen by B at the next request
		revoke := `mutation($id: ID!, $role: String!) { revokeRole(accountId: $id, role: $role) { account { roles } } }`
		b.Do(t, apitest.Request{Space: sp, Query: revoke, Variables: map[string]any{"id": id, "role": "editor"}, Header: admin}).MustOK(t)
		if r := create(a, "revoque"); code(r) != "FORBIDDEN" {
			t.Fatalf("revoked on B, on A: %s", r.Body)
		}
	})

	t.Run("each e-mail once", func(t *testing.T) {
		const n = 8
		for i := range n {
			register(t, envs[i%2], sp, fmt.Sprintf("inscrit%d@example.org", i), "FR").MustOK(t)
		}
		race(t, 6, func(i int) error { _, _, err := envs[i%2].Mail.SendDue(ctx); return err })
		got := map[string]int{}
		for _, env := range envs {
			for _, m := range env.Emails(t) {
				to, err := netmail.ParseAddress(m.To)
				if err != nil {
					t.Fatal(err)
				}
				got[to.Address]++
			}
		}
		for i := range n {
			if to := fmt.Sprintf("inscrit%d@example.org", i); got[to] != 1 {
				t.Errorf("%s received %d e-mails, want 1 (all: %v)", to, got[to], got)
			}
		}
		if pending := a.DB.Client.OutboxMessage.Query().Where(outboxmessage.StatusNEQ(outboxmessage.StatusSENT)).CountX(ctx); pending != 0 {
			t.Errorf("%d messages not SENT", pending)
		}
	})

	t.Run("each webhook delivery once", func(t *testing.T) {
		var mu sync.Mutex
		deliveries := map[string]int{}
		receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.Copy(io.Discard, r.Body)
			mu.Lock()
			deliveries[r.Header.Get(webhook.HeaderDelivery)]++
			mu.Unlock()
		}))
		defer receiver.Close()
		a.Do(t, apitest.Request{Space: sp, Header: admin,
			Query:     `mutation($url: String!) { createWebhook(url: $url, events: ["guide.published"]) { secret } }`,
			Variables: map[string]any{"url": receiver.URL + "/hook"}}).MustOK(t)
		const n = 4
		for i := range n {
			env := envs[i%2]
			id := env.Op(t, "editor.graphql", "CreateGuide", sp, map[string]any{"input": map[string]any{"translations": []any{
				map[string]any{"locale": "FR", "slug": fmt.Sprintf("annonce-%d", i), "title": "Annonce", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
			env.Op(t, "editor.graphql", "PublishGuide", sp, map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
		}
		race(t, 6, func(i int) error { _, _, err := envs[i%2].App.Webhooks.DeliverDue(ctx); return err })
		mu.Lock()
		defer mu.Unlock()
		if len(deliveries) != n {
			t.Fatalf("%d deliveries received, want %d: %v", len(deliveries), n, deliveries)
		}
		for id, k := range deliveries {
			if k != 1 {
				t.Errorf("delivery %s received %d times", id, k)
			}
		}
	})

	t.Run("each scheduled publish once", func(t *testing.T) {
		id := a.Op(t, "editor.graphql", "CreateGuide", sp, map[string]any{"input": map[string]any{"translations": []any{
			map[string]any{"locale": "FR", "slug": "programmee", "title": "Programmée", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
		at := a.Clock.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		a.Do(t, apitest.Request{Space: sp, Query: `mutation($id: ID!, $at: Time) { scheduleGuidePublish(id: $id, locale: FR, at: $at) { guide { id } } }`,
			Variables: map[string]any{"id": id, "at": at}, Header: ed}).MustOK(t)
		a.Clock.Advance(2 * time.Hour) // the replicas share the clock
		var mu sync.Mutex
		published := 0
		race(t, 6, func(i int) error {
			n, err := envs[i%2].Server.Editing.PublishDue(ctx)
			mu.Lock()
			published += n
			mu.Unlock()
			return err
		})
		if published != 1 {
			t.Fatalf("the scheduled publish ran %d times", published)
		}
		if r := b.Op(t, "help.graphql", "GuideBySlug", sp, map[string]any{"slug": "programmee"}, nil).MustOK(t); r.Int("guide.revision.number") != 1 {
			t.Fatalf("published: %s", r.Body)
		}
	})

	t.Run("files", func(t *testing.T) {
		id := a.Op(t, "editor.graphql", "CreateGuide", sp, map[string]any{"input": map[string]any{"translations": []any{
			map[string]any{"locale": "FR", "slug": "piece-partagee", "title": "Pièce partagée", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
		pdf := []byte("%PDF-1.4\n1 0 obj << /Replica (A) >> endobj\ntrailer << >>\n%%EOF\n")
		a.Upload(t, sp, `mutation($id: ID!, $f: Upload!) { attachGuideFile(id: $id, locale: FR, file: $f) { id } }`,
			map[string]any{"id": id}, "f", "mandat.pdf", "application/pdf", pdf, ed).MustOK(t)
		a.Op(t, "editor.graphql", "PublishGuide", sp, map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
		g := b.Op(t, "help.graphql", "GuideBySlug", sp, map[string]any{"slug": "piece-partagee"}, nil).MustOK(t)
		if body, _ := download(t, b, g.Str("guide.attachments.0.url")); body != string(pdf) {
			t.Fatalf("uploaded to A, downloaded from B: %q", body)
		}
		// Neither replica keeps it on its disk: it is in the bucket.
		if files, _ := filepath.Glob(filepath.Join(filepath.Dir(a.MailDir), "blobs", "*", "*")); len(files) != 0 {
			t.Fatalf("files on the local disk: %v", files)
		}
	})
}

// race runs f(0)…f(n-1) at once and fails on any error.
func race(t *testing.T, n int, f func(i int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { errs[i] = f(i) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", i, err)
		}
	}
}
