package web_test

import (
	"context"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// A preview link ends when its guide is deleted or when an editor revokes it; only editors
// revoke, and the revocation is audited.
func TestPreviewLinksEnd(t *testing.T) {
	env := apitest.New(t)
	const sp = "facilitators"
	ed := bearer(editorSession(t, env, sp))
	do := func(q string, vars map[string]any, h map[string][]string) *apitest.Response {
		return env.Do(t, apitest.Request{Space: sp, Query: q, Variables: vars, Header: h})
	}
	newGuide := func(slug string) string {
		return env.Op(t, "editor.graphql", "CreateGuide", sp, map[string]any{"input": map[string]any{"translations": []any{
			map[string]any{"locale": "FR", "slug": slug, "title": "Brouillon " + slug, "body": "x"},
			map[string]any{"locale": "EN", "slug": slug + "-en", "title": "Draft " + slug, "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
	}
	link := func(id, l string) string {
		return do(`mutation($id: ID!, $l: Locale!) { createGuidePreview(id: $id, locale: $l) { token } }`,
			map[string]any{"id": id, "l": l}, ed).MustOK(t).Str("createGuidePreview.token")
	}
	shows := func(tok string) string {
		r := do(`query($t: String!) { guidePreview(token: $t) { title } }`, map[string]any{"t": tok}, nil)
		if c := code(r); c != "" {
			return c
		}
		return r.Str("guidePreview.title")
	}
	revoke := func(id string, l any, h map[string][]string) *apitest.Response {
		return do(`mutation($id: ID!, $l: Locale) { revokeGuidePreview(id: $id, locale: $l) }`, map[string]any{"id": id, "l": l}, h)
	}

	tests := []struct {
		name string
		// end ends the links of guide id; fr and en say whether the French and English links
		// still show their draft afterwards.
		end    func(id string)
		fr, en bool
	}{
		{"revoking one language", func(id string) {
			if n := revoke(id, "FR", ed).MustOK(t).Int("revokeGuidePreview"); n != 2 {
				t.Errorf("revoked %d links, want 2", n)
			}
		}, false, true},
		{"revoking every language", func(id string) {
			if n := revoke(id, nil, ed).MustOK(t).Int("revokeGuidePreview"); n != 3 {
				t.Errorf("revoked %d links, want 3", n)
			}
		}, false, false},
		{"deleting the guide", func(id string) {
			do(`mutation($id: ID!) { deleteGuide(id: $id) { guide { id } } }`, map[string]any{"id": id}, ed).MustOK(t)
		}, false, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slug := "apercu-" + itoa(i)
			id := newGuide(slug)
			fr1, fr2, en := link(id, "FR"), link(id, "FR"), link(id, "EN")
			if shows(fr1) != "Brouillon "+slug || shows(fr2) != "Brouillon "+slug || shows(en) != "Draft "+slug {
				t.Fatalf("before: %s %s %s", shows(fr1), shows(fr2), shows(en))
			}
			tt.end(id)
			want := func(live bool, title string) string {
				if live {
					return title
				}
				return "INVALID_TOKEN"
			}
			for _, tok := range []string{fr1, fr2} {
				if got := shows(tok); got != want(tt.fr, "Brouillon "+slug) {
					t.Errorf("French link: %s", got)
				}
			}
			if got := shows(en); got != want(tt.en, "Draft "+slug) {
				t.Errorf("English link: %s", got)
			}
		})
	}

	// A restored guide does not bring its ended links back.
	id := newGuide("restauree")
	tok := link(id, "FR")
	do(`mutation($id: ID!) { deleteGuide(id: $id) { guide { id } } }`, map[string]any{"id": id}, ed).MustOK(t)
	do(`mutation($id: ID!) { restoreGuide(id: $id) { guide { id } } }`, map[string]any{"id": id}, ed).MustOK(t)
	if got := shows(tok); got != "INVALID_TOKEN" {
		t.Fatalf("a link of a deleted then restored guide: %s", got)
	}

	// Only editors revoke: the link lives on after others try.
	id = newGuide("gardee")
	tok = link(id, "FR")
	ctx := context.Background()
	s := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: "participante@example.org", Password: goodPassword,
		FirstName: "Paula", LastName: "Part", Roles: []string{"participant"}}); err != nil {
		t.Fatal(err)
	}
	participant := bearer(login(t, env, sp, "participante@example.org", goodPassword).MustOK(t).Str("login.token"))
	for _, c := range []struct {
		who  string
		h    map[string][]string
		code string
	}{{"anonymous", nil, "UNAUTHENTICATED"}, {"participant", participant, "FORBIDDEN"}} {
		if r := revoke(id, "FR", c.h); code(r) != c.code {
			t.Errorf("%s revoking: %s", c.who, r.Body)
		}
	}
	if got := shows(tok); got != "Brouillon gardee" {
		t.Fatalf("after refused revocations: %s", got)
	}
	if r := revoke("999999", "FR", ed); code(r) != "NOT_FOUND" {
		t.Fatalf("revoking the links of no guide: %s", r.Body)
	}

	log := do(`{ auditLog(first: 100) { edges { node { action } } } }`, nil, bearer(staff(t, env, sp))).MustOK(t)
	if n := strings.Count(string(log.Body), `"guide.preview_revoked"`); n != 2 {
		t.Fatalf("%d revocations in the audit log, want 2: %s", n, log.Body)
	}
}
