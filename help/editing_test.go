package help_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/ent/privacy"
	"guichet/ent/webhookdelivery"
	"guichet/help"
	"guichet/locales"
	"guichet/markdown"
	"guichet/password"
	"guichet/store"
	"guichet/store/storetest"
	"guichet/txn"
	"guichet/webhook"
)

// The editing model, every kind of page through the same tables of cases: drafts per
// translation, publishing and revisions, compare and restore, deletion, translation status,
// the rules of the text, files, schedules, and what follows each change in its transaction
// (search index, audit log, webhooks). On a real database, without HTTP.

// kindCase is what a test needs to know of a kind: how to write a valid translation of it, and
// how its fields are named.
type kindCase struct {
	kind *help.Kind
	// text is a valid translation with this title and body.
	text func(l locales.Locale, title, body string) help.Text
	// title and body are the fields' names, in violations and in webhook data.
	title, body string
}

func ptr[T any](v T) *T { return &v }

var kindCases = []kindCase{
	{help.Guides, func(l locales.Locale, title, body string) help.Text {
		return help.Text{Locale: l, Title: title, Summary: "Un résumé", Body: body}
	}, "title", "body"},
	{help.Faqs, func(l locales.Locale, title, body string) help.Text {
		return help.Text{Locale: l, Title: title, Body: body}
	}, "question", "answer"},
	{help.Resources, func(l locales.Locale, title, body string) help.Text {
		return help.Text{Locale: l, Title: title, Body: body, URL: ptr("https://example.org/" + strings.ToLower(string(l)))}
	}, "title", "description"},
	{help.News, func(l locales.Locale, title, body string) help.Text {
		return help.Text{Locale: l, Title: title, Summary: "Un chapeau", Body: body}
	}, "title", "body"},
}

// eachKind runs f for every kind, each on a database of its own.
func eachKind(t *testing.T, f func(t *testing.T, env *editEnv, kc kindCase)) {
	for _, kc := range kindCases {
		t.Run(kc.kind.Name, func(t *testing.T) { f(t, newEditEnv(t), kc) })
	}
}

// editEnv is a database with one space, whose webhook hears every event, and the editing
// service on it with a clock the test moves.
type editEnv struct {
	db      *store.DB
	e       *help.Editing
	sp      *ent.Space
	blobs   blob.Store
	now     time.Time
	changed int
}

var editor = help.Editor{Name: "Edith Piaf", Client: "203.0.113.7"}

func trusted() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

func newEditEnv(t *testing.T) *editEnv {
	t.Helper()
	dir := t.TempDir()
	env := &editEnv{db: storetest.Open(t, dir), blobs: blob.Dir{Root: filepath.Join(dir, "blobs")},
		now: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}
	ctx := trusted()
	env.sp = env.db.Client.Space.Create().SetSlug("edition").SetNameFr("Édition").SetNameEn("Editing").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{}).SaveX(ctx)
	env.db.Client.Webhook.Create().SetSpaceID(env.sp.ID).SetURL("https://hooks.example.org/").
		SetEvents(webhook.Events()).SetSecretSealed([]byte("sealed")).ExecX(ctx)
	env.e = &help.Editing{Client: env.db.Client, Now: func() time.Time { return env.now },
		Txn: &txn.Runner{Client: env.db.Client, OnContentChanged: func() { env.changed++ }}}
	return env
}

// create makes a page of the kind with a French draft.
func (env *editEnv) create(t *testing.T, kc kindCase, title, body string) int {
	t.Helper()
	id, err := env.e.CreatePage(context.Background(), kc.kind, env.sp, help.NewPage{
		Translations: []help.Text{kc.text(locales.FR, title, body)}}, editor)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (env *editEnv) draft(t *testing.T, kc kindCase, id int, l locales.Locale) *help.Draft {
	t.Helper()
	d, err := env.e.Draft(context.Background(), kc.kind, env.sp, id, l)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (env *editEnv) must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// found is whether searching query in l finds the page (the public's search).
func (env *editEnv) found(t *testing.T, kc kindCase, id int, query string, l locales.Locale) bool {
	t.Helper()
	res := searchHits(t, env.db, reader(env.sp.ID), query, l, 20)
	return slices.ContainsFunc(res.Hits, func(h help.Hit) bool { return hitKind(h.Node) == kc.kind.Name && hitID(h.Node) == id })
}

func hitKind(n any) string {
	switch n.(type) {
	case *ent.Guide:
		return "guide"
	case *ent.Faq:
		return "faq"
	case *ent.Resource:
		return "resource"
	case *ent.News:
		return "news"
	}
	return ""
}

func hitID(n any) int {
	switch n := n.(type) {
	case *ent.Guide:
		return n.ID
	case *ent.Faq:
		return n.ID
	case *ent.Resource:
		return n.ID
	case *ent.News:
		return n.ID
	}
	return 0
}

// audit is the space's audit log: each action with its details.
func (env *editEnv) audit(t *testing.T) []*ent.AuditEvent {
	t.Helper()
	return env.db.Client.AuditEvent.Query().Where(auditevent.SpaceID(env.sp.ID)).Order(ent.Asc(auditevent.FieldID)).AllX(trusted())
}

// deliveries are the webhook payloads queued, oldest first.
func (env *editEnv) deliveries(t *testing.T) []webhook.Payload {
	t.Helper()
	ds := env.db.Client.WebhookDelivery.Query().Order(ent.Asc(webhookdelivery.FieldID)).AllX(trusted())
	out := make([]webhook.Payload, len(ds))
	for i, d := range ds {
		if err := json.Unmarshal([]byte(d.Payload), &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// code is an error's contract code, and its message ID or reason.
func code(err error) string {
	var ae *apperr.Error
	if !errors.As(err, &ae) {
		return "?" + err.Error()
	}
	return strings.TrimSuffix(ae.Code+" "+ae.MessageID, " ")
}

// A page of any kind lives the same life: drafts, publish, save, publish again, compare,
// restore, unpublish, delete, restore; search, the audit log and the webhooks follow each step.
func TestPageLifeOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id := env.create(t, kc, "Zythologie pratique", "Le **houblon**.")
		if d := env.draft(t, kc, id, locales.FR); d.Status != "DRAFT" || d.TranslationStatus != "MISSING" || d.Version != 1 ||
			d.Title != "Zythologie pratique" || d.Body != "Le **houblon**." || !strings.Contains(d.HTML, "<strong>houblon</strong>") ||
			d.UpdatedBy != "Edith Piaf" || d.Revision != 0 {
			t.Fatalf("the new draft: %+v", d)
		}
		// A translation that does not exist reads as an empty draft: the other language is never copied.
		if d := env.draft(t, kc, id, locales.EN); d.Status != "DRAFT" || d.TranslationStatus != "MISSING" || d.Title != "" || d.Version != 0 {
			t.Fatalf("the missing English: %+v", d)
		}
		if env.found(t, kc, id, "zythologie", locales.FR) {
			t.Fatal("a draft is found")
		}

		fr := locales.FR
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, &fr, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Status != "PUBLISHED" || d.Revision != 1 || d.TranslationStatus != "UP_TO_DATE" {
			t.Fatalf("published: %+v", d)
		}
		if !env.found(t, kc, id, "zythologie", locales.FR) {
			t.Fatal("the published page is not found")
		}

		env.now = env.now.Add(time.Hour)
		in := kc.text(locales.FR, "Zythologie avancée", "La **levure**.")
		in.ExpectedVersion = ptr(1)
		env.must(t, env.e.SaveDraft(ctx, kc.kind, env.sp, id, in, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Status != "CHANGED" || d.Version != 2 || d.Title != "Zythologie avancée" {
			t.Fatalf("saved: %+v", d)
		}
		stale := kc.text(locales.FR, "Autre", "x")
		stale.ExpectedVersion = ptr(1)
		err := env.e.SaveDraft(ctx, kc.kind, env.sp, id, stale, editor)
		var ae *apperr.Error
		if code(err) != "CONFLICT DRAFT_CHANGED" || !errors.As(err, &ae) || ae.Extensions["version"] != 2 {
			t.Fatalf("a save from a stale version: %v", err)
		}
		if !env.found(t, kc, id, "pratique", locales.FR) || env.found(t, kc, id, "avancée", locales.FR) {
			t.Fatal("readers see the draft before it is published")
		}

		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor))
		revs, err := env.e.Revisions(ctx, kc.kind, env.sp, id, locales.FR)
		if err != nil || len(revs) != 2 || revs[0].Number != 2 || revs[1].Title != "Zythologie pratique" ||
			revs[0].Author == nil || revs[0].Author.DisplayName != "Edith Piaf" || !revs[0].PublishedAt.Equal(env.now) {
			t.Fatalf("revisions: %+v, %v", revs, err)
		}
		diff, err := env.e.Compare(ctx, kc.kind, env.sp, id, locales.FR, 1, 2)
		if err != nil || !strings.Contains(diff, "-# Zythologie pratique") || !strings.Contains(diff, "+La **levure**.") {
			t.Fatalf("diff: %q, %v", diff, err)
		}

		env.must(t, env.e.Restore(ctx, kc.kind, env.sp, id, locales.FR, 1, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Title != "Zythologie pratique" || d.Status != "CHANGED" || d.Revision != 2 {
			t.Fatalf("restored: %+v", d)
		}

		env.must(t, env.e.Unpublish(ctx, kc.kind, env.sp, id, nil, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Status != "DRAFT" || env.found(t, kc, id, "zythologie", locales.FR) {
			t.Fatalf("unpublished: %+v", d)
		}
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor))
		env.must(t, env.e.Delete(ctx, kc.kind, env.sp, id, editor))
		if env.found(t, kc, id, "zythologie", locales.FR) {
			t.Fatal("a deleted page is found")
		}
		if err := env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor); code(err) != "PRECONDITION_FAILED ITEM_DELETED" {
			t.Fatalf("publishing a deleted page: %v", err)
		}
		env.must(t, env.e.Undelete(ctx, kc.kind, env.sp, id, editor))
		if !env.found(t, kc, id, "zythologie", locales.FR) {
			t.Fatal("a restored page is not found")
		}

		var actions []string
		for _, a := range env.audit(t) {
			actions = append(actions, a.Action)
			if a.Details[kc.kind.Name] != strconv.Itoa(id) || a.Client != editor.Client {
				t.Errorf("%s: details %v, client %q", a.Action, a.Details, a.Client)
			}
		}
		want := []string{"created", "published", "draft_saved", "published", "revision_restored", "unpublished", "published",
			"deleted", "restored"}
		for i := range want {
			want[i] = kc.kind.Name + "." + want[i]
		}
		if !slices.Equal(actions, want) {
			t.Errorf("audit log %v, want %v", actions, want)
		}
		var events []string
		for _, p := range env.deliveries(t) {
			events = append(events, p.Event)
		}
		if want := []string{kc.kind.Webhooks.Published, kc.kind.Webhooks.Published, kc.kind.Webhooks.Unpublished,
			kc.kind.Webhooks.Published}; !slices.Equal(events, want) {
			t.Errorf("webhooks %v, want %v", events, want)
		}
		if p := env.deliveries(t)[1]; p.Data[kc.kind.Name+"Id"] != strconv.Itoa(id) || p.Data["locale"] != "FR" ||
			p.Data["revision"] != float64(2) || p.Data[kc.title] != "Zythologie avancée" || p.Space != env.sp.ID {
			t.Errorf("webhook payload: %+v", p)
		}
		if env.changed != 9 {
			t.Errorf("%d commits told, want 9 (every change but the refused ones)", env.changed)
		}
	})
}

// One language never touches the other; a translation published after the other language is
// OUTDATED until it is published again; the lists of pages and of what needs translating say so.
func TestTranslationsOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id, err := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: []help.Text{
			kc.text(locales.FR, "Le houblon", "Amer."), kc.text(locales.EN, "Hops", "Bitter.")}}, editor)
		env.must(t, err)
		fr, en := locales.FR, locales.EN
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, &fr, editor))
		todo, err := env.e.NeedsTranslation(ctx, env.sp, locales.EN)
		if err != nil || len(todo) != 1 || todo[0].Kind != kc.kind.Page || todo[0].ID != id || todo[0].Status != "MISSING" ||
			todo[0].SourceLocale != locales.FR || todo[0].SourceTitle != "Le houblon" {
			t.Fatalf("needs translating into English: %+v, %v", todo, err)
		}
		env.now = env.now.Add(time.Hour)
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, &en, editor))
		env.must(t, env.e.SaveDraft(ctx, kc.kind, env.sp, id, kc.text(locales.EN, "Hops, again", "Bitter."), editor))
		if d := env.draft(t, kc, id, locales.FR); d.TranslationStatus != "OUTDATED" || d.Status != "PUBLISHED" || d.Title != "Le houblon" {
			t.Fatalf("French after the English: %+v", d)
		}
		if d := env.draft(t, kc, id, locales.EN); d.TranslationStatus != "UP_TO_DATE" || d.Status != "CHANGED" {
			t.Fatalf("English: %+v", d)
		}
		todo, err = env.e.NeedsTranslation(ctx, env.sp, locales.FR)
		if err != nil || len(todo) != 1 || todo[0].Status != "OUTDATED" || todo[0].SourceTitle != "Hops" {
			t.Fatalf("needs translating into French: %+v, %v", todo, err)
		}
		pages, err := env.e.Pages(ctx, env.sp, help.PageFilter{}, locales.FR)
		if err != nil || len(pages) != 1 || pages[0].Kind != kc.kind.Page || pages[0].ID != id ||
			pages[0].Translations[0].TranslationStatus != "OUTDATED" || pages[0].Translations[1].Status != "CHANGED" ||
			pages[0].Translations[1].Title != "Hops, again" {
			t.Fatalf("pages: %+v, %v", pages, err)
		}
		other := help.Kinds[(slices.Index(help.Kinds, kc.kind)+1)%len(help.Kinds)]
		if pages, err := env.e.Pages(ctx, env.sp, help.PageFilter{Kind: other.Page}, locales.FR); err != nil || len(pages) != 0 {
			t.Fatalf("pages of another kind: %+v, %v", pages, err)
		}
	})
}

// The rules of a translation's text are the same for every kind, on the kind's own fields.
func TestTextRulesOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id := env.create(t, kc, "Un titre", "Un texte.")
		long := strings.Repeat("é", kc.kind.Text.Title.Max+1)
		for _, tc := range []struct {
			name  string
			edit  func(*help.Text)
			field string // "" when the text is valid
			code  string
		}{
			{"no title", func(in *help.Text) { in.Title = "  " }, kc.title, "REQUIRED"},
			{"a title too long", func(in *help.Text) { in.Title = long }, kc.title, "TOO_LONG"},
			{"a title as long as allowed, in spaces", func(in *help.Text) { in.Title = " " + long[2:] + " " }, "", ""},
			{"a body too long", func(in *help.Text) { in.Body = strings.Repeat("x", kc.kind.Text.Body.Max+1) }, kc.body, "TOO_LONG"},
			{"Markdown nested too deep", func(in *help.Text) { in.Body = strings.Repeat("> ", markdown.MaxDepth+1) + "x" }, kc.body, "MARKDOWN_TOO_DEEP"},
			{"an invalid slug", func(in *help.Text) { in.Slug = ptr("Pas Un Slug") }, map[bool]string{true: "slug"}[kc.kind.Text.Slug], "SLUG_INVALID"},
			{"an invalid link", func(in *help.Text) { in.URL = ptr("ftp://example.org") }, map[bool]string{true: "url"}[kc.kind.Text.Link], "URL_INVALID"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				in := kc.text(locales.FR, "Cas : "+tc.name, "Un texte.")
				tc.edit(&in)
				err := env.e.SaveDraft(ctx, kc.kind, env.sp, id, in, editor)
				_, createErr := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: []help.Text{in}}, editor)
				if tc.field == "" {
					if err != nil || createErr != nil {
						t.Fatalf("refused: %v, %v", err, createErr)
					}
					return
				}
				for prefix, err := range map[string]error{"": err, "translations.0.": createErr} {
					var ae *apperr.Error
					if !errors.As(err, &ae) || ae.Code != apperr.BadUserInput || len(ae.Violations) != 1 ||
						ae.Violations[0].Field != prefix+tc.field || ae.Violations[0].Code != tc.code {
						t.Fatalf("want %s on %s%s: %v", tc.code, prefix, tc.field, err)
					}
				}
			})
		}
		twice := []help.Text{kc.text(locales.FR, "Un", "x"), kc.text(locales.FR, "Deux", "y")}
		if _, err := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: twice}, editor); code(err) != "BAD_USER_INPUT INVALID_INPUT" {
			t.Fatalf("one language twice: %v", err)
		}
	})
}

// What an operation cannot find or may not do is refused alike for every kind, and nothing of
// it is written.
func TestRefusalsOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id := env.create(t, kc, "Un titre", "Un texte.")
		other := env.db.Client.Space.Create().SetSlug("autre").SetNameFr("Autre").SetNameEn("Other").
			SetDefaultLocale(locales.EN).SetPasswordPolicy(password.Policy{}).SaveX(trusted())
		en := locales.EN
		before := len(env.audit(t))
		for _, tc := range []struct {
			name string
			do   func() error
			want string
		}{
			{"a page of another space", func() error { return env.e.Publish(ctx, kc.kind, other, id, nil, editor) }, "NOT_FOUND"},
			{"a draft of another space", func() error { _, err := env.e.Draft(ctx, kc.kind, other, id, locales.FR); return err }, "NOT_FOUND"},
			{"an unknown page", func() error {
				return env.e.SaveDraft(ctx, kc.kind, env.sp, id+1000, kc.text(locales.FR, "T", ""), editor)
			}, "NOT_FOUND"},
			{"a translation it lacks", func() error { return env.e.Publish(ctx, kc.kind, env.sp, id, &en, editor) }, "NOT_FOUND TRANSLATION_MISSING"},
			{"unpublishing a translation it lacks", func() error { return env.e.Unpublish(ctx, kc.kind, env.sp, id, &en, editor) }, "NOT_FOUND TRANSLATION_MISSING"},
			{"a revision it lacks", func() error { return env.e.Restore(ctx, kc.kind, env.sp, id, locales.FR, 3, editor) }, "NOT_FOUND REVISION_NOT_FOUND"},
			{"comparing a revision it lacks", func() error {
				_, err := env.e.Compare(ctx, kc.kind, env.sp, id, locales.FR, 1, 2)
				return err
			}, "NOT_FOUND REVISION_NOT_FOUND"},
			{"an unknown category", func() error {
				_, err := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: []help.Text{kc.text(locales.FR, "T", "")},
					Category: ptr("nulle-part")}, editor)
				return err
			}, "BAD_USER_INPUT INVALID_INPUT"},
			{"reordering a page of another kind", func() error {
				return env.e.Reorder(ctx, help.Kinds[(slices.Index(help.Kinds, kc.kind)+1)%len(help.Kinds)], env.sp, []int{id}, editor)
			}, "NOT_FOUND"},
		} {
			if err := tc.do(); code(err) != tc.want {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
			}
		}
		if n := len(env.audit(t)); n != before {
			t.Errorf("%d actions recorded by refused operations", n-before)
		}
		env.must(t, env.e.Reorder(ctx, kc.kind, env.sp, []int{id}, editor))
	})
}

// Guides have files attached to each translation's draft, published with it; a resource's
// translation is a file or a link, never both, and is not published without one; a FAQ entry
// has no files.
func TestFilesOfEveryKind(t *testing.T) {
	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	upload := func() help.Upload {
		return help.Upload{File: bytes.NewReader(pdf), Filename: "grille.pdf", ContentType: "application/pdf"}
	}
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id := env.create(t, kc, "Avec un fichier", "Voir le fichier.")
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor))
		f, err := env.e.Attach(ctx, kc.kind, env.sp, env.blobs, 1<<20, id, locales.FR, upload(), editor)
		switch {
		case kc.kind.Tables.Attachments == nil && !kc.kind.Text.Link:
			if err == nil {
				t.Fatal("a file attached to a page without files")
			}
			return
		case err != nil:
			t.Fatal(err)
		}
		d := env.draft(t, kc, id, locales.FR)
		if d.Status != "CHANGED" {
			t.Fatalf("a file in the draft: %+v", d)
		}
		if kc.kind.Text.Link {
			if d.File == nil || d.File.ID != f.ID || d.URL != "" || d.Version != 2 {
				t.Fatalf("the resource's file: %+v", d)
			}
		} else if len(d.Attachments) != 1 || d.Attachments[0].ID != f.ID || d.Version != 1 {
			t.Fatalf("the guide's attachments: %+v", d)
		}
		env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Status != "PUBLISHED" {
			t.Fatalf("published with its file: %+v", d)
		}
		if kc.kind.Text.Link {
			diff, err := env.e.Compare(ctx, kc.kind, env.sp, id, locales.FR, 1, 2)
			if err != nil || !strings.Contains(diff, "-→ https://example.org/fr") || !strings.Contains(diff, "+→ grille.pdf (") {
				t.Fatalf("diff: %q, %v", diff, err)
			}
			revs, err := env.e.Revisions(ctx, kc.kind, env.sp, id, locales.FR)
			if err != nil || revs[0].File == nil || revs[0].File.ID != f.ID || revs[1].URL != "https://example.org/fr" {
				t.Fatalf("revisions: %+v, %v", revs, err)
			}
			// Without a file or a link, a resource is not published.
			en, err := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: []help.Text{{Locale: locales.EN, Title: "Nothing"}}}, editor)
			env.must(t, err)
			if err := env.e.Publish(ctx, kc.kind, env.sp, en, nil, editor); code(err) != "PRECONDITION_FAILED RESOURCE_EMPTY" {
				t.Fatalf("an empty resource published: %v", err)
			}
			return
		}
		env.must(t, env.e.Detach(ctx, kc.kind, env.sp, id, locales.FR, f.ID, editor))
		if d := env.draft(t, kc, id, locales.FR); d.Status != "CHANGED" || len(d.Attachments) != 0 {
			t.Fatalf("detached: %+v", d)
		}
	})
}

// A kind with schedules publishes a draft at its time, once; the others refuse a schedule.
func TestSchedulesOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		id := env.create(t, kc, "Plus tard", "Bientôt.")
		at := env.now.Add(time.Hour)
		err := env.e.Schedule(ctx, kc.kind, env.sp, id, locales.FR, &at, editor)
		if !kc.kind.Scheduled {
			if code(err) != "PRECONDITION_FAILED" {
				t.Fatalf("a schedule of a kind without: %v", err)
			}
			return
		}
		env.must(t, err)
		if d := env.draft(t, kc, id, locales.FR); d.PublishAt == nil || !d.PublishAt.Equal(at) {
			t.Fatalf("scheduled: %+v", d)
		}
		past := env.now.Add(-time.Minute)
		if err := env.e.Schedule(ctx, kc.kind, env.sp, id, locales.FR, &past, editor); code(err) != "BAD_USER_INPUT INVALID_INPUT" {
			t.Fatalf("a schedule in the past: %v", err)
		}
		if n, err := env.e.PublishDue(ctx); n != 0 || err != nil {
			t.Fatalf("published early: %d, %v", n, err)
		}
		env.now = at
		if n, err := env.e.PublishDue(ctx); n != 1 || err != nil {
			t.Fatalf("published when due: %d, %v", n, err)
		}
		if n, err := env.e.PublishDue(ctx); n != 0 || err != nil {
			t.Fatalf("published twice: %d, %v", n, err)
		}
		if d := env.draft(t, kc, id, locales.FR); d.Status != "PUBLISHED" || d.Revision != 1 || d.PublishAt != nil {
			t.Fatalf("after its time: %+v", d)
		}
		if !env.found(t, kc, id, "tard", locales.FR) || len(env.deliveries(t)) != 1 {
			t.Fatal("a scheduled publish is not indexed or not told")
		}
	})
}

// The importer publishes through the same model: a page by its key, each translation whose
// source changed as its next revision (its draft the text it publishes), tags for the kinds
// that have them; the same source again changes nothing.
func TestImportOfEveryKind(t *testing.T) {
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		ctx := context.Background()
		text := func(hash, title string) help.ImportedText {
			in := kc.text(locales.FR, title, "")
			return help.ImportedText{Locale: locales.FR, File: "x.fr.md", SourceHash: hash, Slug: "importe", Title: title,
				Summary: in.Summary, URL: deref(in.URL), Author: "Import",
				Body: func() (string, string, string, error) {
					return "Le **texte**.", "<p>Le <strong>texte</strong>.</p>", "Le texte.", nil
				}}
		}
		page := help.Imported{Key: "importe", Audience: "PUBLIC", Tags: []string{"journey:orange"}}
		write := func(hash, title string) (int, bool, bool) {
			t.Helper()
			tx, err := env.db.Client.Tx(trusted())
			env.must(t, err)
			id, created, updated, err := help.ImportPage(trusted(), tx, kc.kind, env.sp.ID, page, []help.ImportedText{text(hash, title)}, env.now)
			if err != nil {
				tx.Rollback()
				t.Fatal(err)
			}
			env.must(t, tx.Commit())
			return id, created, updated
		}
		id, created, updated := write("h1", "Importé")
		if !created || !updated {
			t.Fatalf("first import: created %v, updated %v", created, updated)
		}
		if d := env.draft(t, kc, id, locales.FR); d.Status != "PUBLISHED" || d.Revision != 1 || d.Title != "Importé" || d.Body != "Le **texte**." {
			t.Fatalf("imported: %+v", d)
		}
		if again, created, updated := write("h1", "Ignoré"); again != id || created || updated {
			t.Fatalf("the same source again: %d created %v updated %v", again, created, updated)
		}
		env.now = env.now.Add(time.Hour)
		write("h2", "Réimporté")
		revs, err := env.e.Revisions(ctx, kc.kind, env.sp, id, locales.FR)
		if err != nil || len(revs) != 2 || revs[0].Number != 2 || revs[0].Title != "Réimporté" || !revs[0].PublishedAt.Equal(env.now) ||
			revs[0].Author == nil || revs[0].Author.DisplayName != "Import" {
			t.Fatalf("revisions: %+v, %v", revs, err)
		}
		if d := env.draft(t, kc, id, locales.FR); d.Status != "PUBLISHED" || d.Title != "Réimporté" {
			t.Fatalf("reimported: %+v", d)
		}
		if kc.kind.Tables.Tags != "" {
			var n int
			env.must(t, env.db.SQL.QueryRow(env.db.Rebind("SELECT count(*) FROM "+kc.kind.Tables.Tags+" WHERE tag = ?"), "journey:orange").Scan(&n))
			if n != 1 {
				t.Fatalf("%d tags", n)
			}
		}
		if len(env.audit(t)) != 0 || len(env.deliveries(t)) != 0 {
			t.Fatal("an import is audited or told to webhooks")
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
