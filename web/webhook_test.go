package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
	"guichet/webhook"
)

// An admin registers a webhook; publishing and unpublishing are delivered to it, signed.
func TestWebhooksAreToldOfPublishing(t *testing.T) {
	env := apitest.New(t)
	var mu sync.Mutex
	var got []map[string]any
	var secret []byte
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		ts, _ := strconv.ParseInt(r.Header.Get(webhook.HeaderTimestamp), 10, 64)
		mu.Lock()
		defer mu.Unlock()
		if !webhook.Verify(secret, ts, body, r.Header.Get(webhook.HeaderSignature), time.Now(), time.Minute) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var p map[string]any
		json.Unmarshal(body, &p)
		got = append(got, p)
	}))
	defer receiver.Close()

	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("mentoring")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "boss@example.org", Password: goodPassword, FirstName: "B", LastName: "O", Roles: []string{"admin"}}); err != nil {
		t.Fatal(err)
	}
	admin := bearer(login(t, env, "mentoring", "boss@example.org", goodPassword).MustOK(t).Str("login.token"))
	created := env.Do(t, apitest.Request{Space: "mentoring", Header: admin,
		Query:     `mutation($url: String!) { createWebhook(url: $url, events: ["guide.published", "guide.unpublished"]) { secret webhook { id url events } } }`,
		Variables: map[string]any{"url": receiver.URL + "/hook"}}).MustOK(t)
	mu.Lock()
	secret = []byte(created.Str("createWebhook.secret"))
	mu.Unlock()
	if len(secret) < 32 {
		t.Fatalf("create: %s", created.Body)
	}
	if r := env.Do(t, apitest.Request{Space: "mentoring", Header: admin, Query: `mutation { createWebhook(url: "ftp://x", events: ["guide.published"]) { secret } }`}); code(r) != "BAD_USER_INPUT" {
		t.Fatalf("bad URL: %s", r.Body)
	}

	ed := bearer(editorSession(t, env, "mentoring"))
	id := env.Op(t, "editor.graphql", "CreateGuide", "mentoring", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "EN", "slug": "hooked", "title": "Hooked", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
	env.Op(t, "editor.graphql", "PublishGuide", "mentoring", map[string]any{"id": id, "locale": "EN"}, ed).MustOK(t)
	env.Op(t, "editor.graphql", "UnpublishGuide", "mentoring", map[string]any{"id": id, "locale": "EN"}, ed).MustOK(t)
	if n, _, err := env.App.Webhooks.DeliverDue(ctx); err != nil || n != 2 {
		t.Fatalf("delivered %d: %v", n, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || got[0]["event"] != "guide.published" || got[1]["event"] != "guide.unpublished" {
		t.Fatalf("received: %v", got)
	}
	data := got[0]["data"].(map[string]any)
	if data["guideId"] != id || data["locale"] != "EN" || data["slug"] != "hooked" || data["revision"] != float64(1) {
		t.Fatalf("payload: %v", got[0])
	}
	log := env.Do(t, apitest.Request{Space: "mentoring", Header: admin, Query: `{ webhooks { deliveries { totalCount edges { node { event status attempts responseStatus } } } } }`}).MustOK(t)
	if log.Int("webhooks.0.deliveries.totalCount") != 2 || log.Str("webhooks.0.deliveries.edges.0.node.status") != "DELIVERED" {
		t.Fatalf("delivery log: %s", log.Body)
	}
}
