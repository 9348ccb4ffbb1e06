package help_test

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"guichet/apperr"
	"guichet/ent"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
)

// A page's settings, for every kind through the same cases: each setting alone, on every
// translation and on readers at once (search follows the audience), audited, readers' cache
// emptied; and what is refused.

// settingsEnv is an editing environment whose space offers the facilitators' audiences, with
// a category, and whose journey has two stages.
func settingsEnv(t *testing.T, env *editEnv) (*editEnv, *ent.Category) {
	t.Helper()
	env.sp = env.sp.Update().SetModules([]string{"trainings", "workshops", "belts"}).SaveX(trusted())
	env.e.JourneyTags = func(*ent.Space) []string { return []string{"journey:white", "journey:orange"} }
	c, err := env.e.CreateCategory(context.Background(), env.sp, help.CreateCategoryInput{Translations: []help.CategoryTextInput{
		{Locale: locales.FR, Title: "Premiers pas"}, {Locale: locales.EN, Title: "First steps"}}}, editor)
	env.must(t, err)
	return env, c
}

// published makes a page of the kind with both translations published.
func (env *editEnv) published(t *testing.T, kc kindCase, title string) int {
	t.Helper()
	ctx := context.Background()
	id, err := env.e.CreatePage(ctx, kc.kind, env.sp, help.NewPage{Translations: []help.Text{
		kc.text(locales.FR, title, "Le corps."), kc.text(locales.EN, title+" en", "The body.")}}, editor)
	env.must(t, err)
	env.must(t, env.e.Publish(ctx, kc.kind, env.sp, id, nil, editor))
	return id
}

func (env *editEnv) page(t *testing.T, kc kindCase, id int) *help.EditorPage {
	t.Helper()
	p, err := env.e.Page(context.Background(), kc.kind, env.sp, id, locales.EN)
	env.must(t, err)
	return p
}

func TestPageSettingsOfEveryKind(t *testing.T) {
	facilitator := role.Facilitator
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		env, cat := settingsEnv(t, env)
		ctx := context.Background()
		id := env.published(t, kc, "Zythologie pratique")
		tagged := kc.kind.Tables.Tags != ""
		categorized := !kc.kind.Uncategorized

		// The audience alone: readers of the public no longer find the page, facilitators do.
		before := env.changed
		k, err := env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{Audience: &facilitator}, editor)
		env.must(t, err)
		if k != kc.kind {
			t.Fatalf("kind %v, want %s", k, kc.kind.Name)
		}
		if env.changed != before+1 {
			t.Fatalf("content changed %d times, want once", env.changed-before)
		}
		p := env.page(t, kc, id)
		if p.Audience != role.Facilitator || p.CategoryID != nil || len(p.Tags) != 0 || p.Kind != kc.kind.Page {
			t.Fatalf("after the audience: %+v", p)
		}
		for _, l := range []locales.Locale{locales.FR, locales.EN} {
			if found := searchHits(t, env.db, reader(env.sp.ID), "zythologie", l, 20); len(found.Hits) != 0 {
				t.Fatalf("the public still finds the page in %s: %+v", l, found.Hits)
			}
			if found := searchHits(t, env.db, reader(env.sp.ID, role.Public, role.Facilitator), "zythologie", l, 20); len(found.Hits) != 1 {
				t.Fatalf("a facilitator does not find the page in %s: %+v", l, found.Hits)
			}
		}
		last := env.audit(t)[len(env.audit(t))-1]
		if last.Action != kc.kind.Name+".settings_updated" || last.Details[kc.kind.Name] != strconv.Itoa(id) || last.Client != editor.Client {
			t.Fatalf("audit: %s %v", last.Action, last.Details)
		}

		// The category alone, then none; the audience stays.
		if categorized {
			_, err = env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{CategoryGiven: true, Category: &cat.ID}, editor)
			env.must(t, err)
			if p := env.page(t, kc, id); p.CategoryID == nil || *p.CategoryID != cat.ID || p.Category == nil ||
				p.Category.Title() != "First steps" || p.Audience != role.Facilitator {
				t.Fatalf("after the category: %+v", p)
			}
			_, err = env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{CategoryGiven: true}, editor)
			env.must(t, err)
			if p := env.page(t, kc, id); p.CategoryID != nil || p.Category != nil {
				t.Fatalf("after no category: %+v", p)
			}
		}

		// The tags alone: the whole list, replaced, then emptied; the rest stays.
		if tagged {
			for _, want := range [][]string{{"start", "journey:white"}, {"journey:orange"}, {}} {
				_, err = env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{TagsGiven: true, Tags: want}, editor)
				env.must(t, err)
				p := env.page(t, kc, id)
				if !slices.Equal(p.Tags, slices.Sorted(slices.Values(want))) || p.Audience != role.Facilitator {
					t.Fatalf("after tags %v: %+v", want, p)
				}
			}
		}

		// Nothing given changes nothing but is still one audited change.
		_, err = env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{}, editor)
		env.must(t, err)
		if p := env.page(t, kc, id); p.Audience != role.Facilitator || p.CategoryID != nil || len(p.Tags) != 0 {
			t.Fatalf("after nothing: %+v", p)
		}
	})
}

func TestPageSettingsRefused(t *testing.T) {
	entityManager, public := role.EntityManager, role.Public
	many := make([]string, help.MaxPageTags+1)
	for i := range many {
		many[i] = "t" + strconv.Itoa(i)
	}
	eachKind(t, func(t *testing.T, env *editEnv, kc kindCase) {
		env, cat := settingsEnv(t, env)
		ctx := context.Background()
		id := env.published(t, kc, "Zythologie pratique")
		deletedCat, err := env.e.CreateCategory(ctx, env.sp, help.CreateCategoryInput{Translations: []help.CategoryTextInput{
			{Locale: locales.FR, Title: "Ancienne"}}}, editor)
		env.must(t, err)
		env.must(t, env.e.DeleteCategory(ctx, env.sp, deletedCat.ID, true, editor))
		otherSpace := env.db.Client.Space.Create().SetSlug("autre").SetNameFr("Autre").SetNameEn("Other").
			SetDefaultLocale(locales.FR).SetPasswordPolicy(env.sp.PasswordPolicy).SaveX(trusted())
		otherCat, err := env.e.CreateCategory(ctx, otherSpace, help.CreateCategoryInput{Translations: []help.CategoryTextInput{
			{Locale: locales.FR, Title: "Ailleurs"}}}, editor)
		env.must(t, err)
		unknown := cat.ID + 1000
		// A kind without categories refuses any category first.
		noSuchCategory := "categoryId PAGE_CATEGORY_UNKNOWN"
		if kc.kind.Uncategorized {
			noSuchCategory = "categoryId PAGE_CATEGORY_NOT_ALLOWED"
		}

		type refusal struct {
			name string
			in   help.PageSettings
			// fields are the violations' fields and codes ("" when the kind takes it).
			want string
		}
		cases := []refusal{
			{"an audience the space does not offer", help.PageSettings{Audience: &entityManager}, "audience AUDIENCE_UNKNOWN"},
			{"a category that does not exist", help.PageSettings{CategoryGiven: true, Category: &unknown}, noSuchCategory},
			{"a deleted category", help.PageSettings{CategoryGiven: true, Category: &deletedCat.ID}, noSuchCategory},
			{"another space's category", help.PageSettings{CategoryGiven: true, Category: &otherCat.ID}, noSuchCategory},
			{"a malformed tag", help.PageSettings{TagsGiven: true, Tags: []string{"start", "Journey:White"}}, "tags.1 TAG_INVALID"},
			{"a tag too long", help.PageSettings{TagsGiven: true, Tags: []string{strings.Repeat("a", help.MaxTagLength+1)}}, "tags.0 TAG_INVALID"},
			{"a tag twice", help.PageSettings{TagsGiven: true, Tags: []string{"start", "start"}}, "tags.1 TAG_TWICE"},
			{"a journey tag of no stage", help.PageSettings{TagsGiven: true, Tags: []string{"journey:purple"}}, "tags.0 TAG_UNKNOWN"},
			{"too many tags", help.PageSettings{TagsGiven: true, Tags: many}, "tags TAGS_TOO_MANY"},
			{"two mistakes, one refusal: nothing written", help.PageSettings{Audience: &public, TagsGiven: true,
				Tags: []string{"journey:purple"}, CategoryGiven: true, Category: &unknown}, "tags.0 TAG_UNKNOWN"},
		}
		if kc.kind.Tables.Tags == "" {
			cases = append(cases, refusal{"tags for a kind without tags", help.PageSettings{TagsGiven: true, Tags: []string{"start"}}, "tags PAGE_TAGS_NOT_ALLOWED"})
		}
		if kc.kind.Uncategorized {
			cases = append(cases, refusal{"a category for a kind without categories", help.PageSettings{CategoryGiven: true, Category: &cat.ID}, "categoryId PAGE_CATEGORY_NOT_ALLOWED"})
		}
		_, err = env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{Audience: ptr(role.Facilitator)}, editor)
		env.must(t, err)
		audited, changed := len(env.audit(t)), env.changed
		for _, c := range cases {
			_, err := env.e.UpdateSettings(ctx, env.sp, id, c.in, editor)
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != apperr.BadUserInput || len(ae.Violations) == 0 ||
				!slices.Contains(violations(ae), c.want) {
				t.Fatalf("%s: %v (%v), want %s", c.name, err, violationsOf(err), c.want)
			}
		}
		if p := env.page(t, kc, id); p.Audience != role.Facilitator || p.CategoryID != nil || len(p.Tags) != 0 {
			t.Fatalf("a refusal wrote: %+v", p)
		}
		if len(env.audit(t)) != audited || env.changed != changed {
			t.Fatalf("a refusal was audited (%d → %d) or emptied the cache (%d → %d)", audited, len(env.audit(t)), changed, env.changed)
		}

		// A page of another space, or no page: NOT_FOUND; a deleted page: PRECONDITION_FAILED.
		if _, err := env.e.UpdateSettings(ctx, otherSpace, id, help.PageSettings{Audience: &public}, editor); code(err) != apperr.NotFound {
			t.Fatalf("another space's page: %v", err)
		}
		if _, err := env.e.UpdateSettings(ctx, env.sp, cat.ID, help.PageSettings{Audience: &public}, editor); code(err) != apperr.NotFound {
			t.Fatalf("a category's id: %v", err)
		}
		env.must(t, env.e.Delete(ctx, kc.kind, env.sp, id, editor))
		if _, err := env.e.UpdateSettings(ctx, env.sp, id, help.PageSettings{Audience: &public}, editor); code(err) != apperr.PreconditionFailed+" ITEM_DELETED" {
			t.Fatalf("a deleted page: %v", code(err))
		}
	})
}

// The audiences a space offers follow its modules.
func TestAudiencesOfASpace(t *testing.T) {
	for _, c := range []struct {
		modules []string
		want    []role.Audience
	}{
		{nil, []role.Audience{role.Public, role.SignedIn, role.Editor, role.Staff}},
		{[]string{"trainings", "workshops", "belts"}, []role.Audience{role.Public, role.SignedIn, role.Participant, role.Facilitator, role.Trainer, role.Editor, role.Staff}},
		{[]string{"entities", "documents"}, []role.Audience{role.Public, role.SignedIn, role.Editor, role.Staff, role.EntityManager, role.Depositor}},
		{[]string{"organizations", "programs"}, []role.Audience{role.Public, role.SignedIn, role.Editor, role.Staff, role.OrgAdmin, role.ProgramAdmin}},
	} {
		if got := help.Audiences(&ent.Space{Modules: c.modules}); !slices.Equal(got, c.want) {
			t.Errorf("modules %v: %v, want %v", c.modules, got, c.want)
		}
	}
}

func violations(ae *apperr.Error) []string {
	var out []string
	for _, v := range ae.Violations {
		out = append(out, v.Field+" "+v.Code)
	}
	return out
}

func violationsOf(err error) []string {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return violations(ae)
	}
	return nil
}
