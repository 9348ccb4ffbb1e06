package content

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"guichet/locales"
	"guichet/role"
)

// The smallest valid space, with known line numbers for the validation tests.
const (
	spaceYAML = `name: {fr: Démo, en: Demo}
default_locale: fr
approval: none
modules: [help]
password_policy:
  min_length: 8
  max_length: 64
  require_digit: true
`
	categoriesYAML = `- key: start
  position: 1
  fr: {slug: demarrer, title: Démarrer}
  en: {slug: getting-started, title: Getting started}
- key: more
  position: 2
  fr:
    slug: aller-plus-loin
    title: Aller plus loin
  en:
    slug: going-further
    title: Going further
`
	firstFR = `---
title: Premier pas
slug: premier-pas
summary: Pour commencer.
category: start
audience: PUBLIC
position: 1
former_slugs: [ancien-premier-pas]
attachments: [files/guide.pdf]
author: Équipe
tags: [journey:participant, start]
---
Le **texte**.
`
	firstEN = `---
title: First steps
slug: first-steps
summary: To begin with.
category: start
audience: PUBLIC
position: 1
former_slugs: [old-first-steps]
attachments: [files/guide.pdf]
author: Team
published_at: 2026-10-01T09:00:00Z
tags:
  - start
  - journey:participant
---
The **text**.
`
	secondFR = `---
title: L’accès à l’espace
summary: Entrer.
category: more
---
Par ici.
`
	secondEN = `---
title: Access to the space
summary: Getting in.
category: more
---
This way.
`
	helpFR = `---
question: Où trouver de l'aide ?
category: start
audience: SIGNED_IN
tags: [journey:pending-activation]
---
Ici.
`
	sheetFR = `---
title: Fiche
file: files/fiche.pdf
---
Une fiche.
`
	sheetEN = `---
title: Sheet
url: https://example.org/sheet
---
A sheet.
`
)

func validFS() fstest.MapFS {
	files := map[string]string{
		"space.yaml":            spaceYAML,
		"categories.yaml":       categoriesYAML,
		"guides/first.fr.md":    firstFR,
		"guides/first.en.md":    firstEN,
		"guides/second.fr.md":   secondFR,
		"guides/second.en.md":   secondEN,
		"faqs/help.fr.md":       helpFR,
		"resources/sheet.fr.md": sheetFR,
		"resources/sheet.en.md": sheetEN,
		"files/guide.pdf":       "%PDF-1.4\n% guide\n%%EOF\n",
		"files/fiche.pdf":       "%PDF-1.4\n% fiche\n%%EOF\n",
	}
	m := fstest.MapFS{}
	for p, data := range files {
		m["spaces/demo/"+p] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

func TestLoadValidSpace(t *testing.T) {
	b, err := Load(validFS())
	if err != nil {
		t.Fatal(err)
	}
	s := b.Spaces[0]
	if s.Slug != "demo" || s.NameFR != "Démo" || s.DefaultLocale != locales.FR || s.Approval != "none" ||
		s.PasswordPolicy.MinLength != 8 || !s.PasswordPolicy.RequireDigit {
		t.Fatalf("space %+v", s)
	}
	if len(s.Categories) != 2 || s.Categories[1].Translations[locales.EN].Slug != "going-further" {
		t.Fatalf("categories %+v", s.Categories)
	}
	second := s.Guides[1]
	if second.Key != "second" || second.Translations[locales.FR].Slug != "acces-a-espace" ||
		second.Translations[locales.EN].Slug != "access-to-the-space" || second.Audience != role.Public {
		t.Fatalf("second guide %+v", second)
	}
	first := s.Guides[0].Translations[locales.EN]
	_, html, _, err := b.body(first.Source)
	if err != nil || first.PublishedAt == nil || first.PublishedAt.Year() != 2026 || !strings.Contains(html, "<strong>text</strong>") {
		t.Fatalf("first EN %+v, HTML %q, %v", first, html, err)
	}
	if tags := s.Guides[0].Tags; !slices.Equal(tags, []string{"journey:participant", "start"}) {
		t.Fatalf("first guide's tags %q, want both translations' in order", tags)
	}
	if s.Guides[1].Tags != nil {
		t.Fatalf("second guide's tags %q, want none", s.Guides[1].Tags)
	}
	if s.FAQs[0].Audience != role.SignedIn || s.FAQs[0].Category != "start" ||
		!slices.Equal(s.FAQs[0].Tags, []string{"journey:pending-activation"}) {
		t.Fatalf("FAQ %+v", s.FAQs[0])
	}
	if len(s.Files) != 2 || s.Files["files/fiche.pdf"].ContentType != "application/pdf" {
		t.Fatalf("files %v", s.Files)
	}
}

func TestLoadReportsEachProblemAtItsLine(t *testing.T) {
	const (
		space = "spaces/demo/space.yaml"
		cats  = "spaces/demo/categories.yaml"
		gFR   = "spaces/demo/guides/first.fr.md"
		gEN   = "spaces/demo/guides/first.en.md"
		g2FR  = "spaces/demo/guides/second.fr.md"
		g2EN  = "spaces/demo/guides/second.en.md"
		faqFR = "spaces/demo/faqs/help.fr.md"
		resFR = "spaces/demo/resources/sheet.fr.md"
		resEN = "spaces/demo/resources/sheet.en.md"
	)
	replace := func(file, original, old, new string) func(fstest.MapFS) {
		return func(m fstest.MapFS) {
			if !strings.Contains(original, old) {
				panic("fixture has no " + old)
			}
			m[file] = &fstest.MapFile{Data: []byte(strings.Replace(original, old, new, 1))}
		}
	}
	add := func(file, data string) func(fstest.MapFS) {
		return func(m fstest.MapFS) { m[file] = &fstest.MapFile{Data: []byte(data)} }
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		file   string
		line   int
		msg    string
	}{
		{"YAML syntax in front matter", replace(gFR, firstFR, "summary: Pour commencer.", "summary: Pour: commencer."), gFR, 4, "YAML"},
		{"YAML syntax in space.yaml", replace(space, spaceYAML, "approval: none", "approval: none: staff"), space, 3, "YAML"},
		{"wrong type", replace(gEN, firstEN, "position: 1", "position: first"), gEN, 7, "position: want a whole number"},
		{"wrong type of a required key", replace(gEN, firstEN, "title: First steps", "title: [First, steps]"), gEN, 2, "title: want a text"},
		{"unknown front-matter key", replace(g2FR, secondFR, "summary: Entrer.", "summary: Entrer.\ncolour: blue"), g2FR, 4, `unknown key "colour"`},
		{"no front matter", add(g2FR, "Par ici.\n"), g2FR, 1, "no front matter"},
		{"front matter not a mapping", add(g2FR, "---\n- title\n---\nPar ici.\n"), g2FR, 2, "key: value lines"},
		{"unclosed front matter", add(g2FR, "---\ntitle: x\n"), g2FR, 1, "no front matter"},
		{"bad locale in file name", add("spaces/demo/guides/third.de.md", secondFR), "spaces/demo/guides/third.de.md", 1, `unknown locale "de"`},
		{"file name without locale", add("spaces/demo/faqs/third.md", helpFR), "spaces/demo/faqs/third.md", 1, "<key>.<fr|en>.md"},
		{"key not a slug", add("spaces/demo/guides/Third.fr.md", secondFR), "spaces/demo/guides/Third.fr.md", 1, `key "Third"`},
		{"unexpected entry in a space", add("spaces/demo/guide/x.fr.md", secondFR), "spaces/demo/guide", 1, "unexpected"},
		{"guide title missing", replace(g2EN, secondEN, "title: Access to the space\n", ""), g2EN, 1, "title is required"},
		{"guide summary missing", replace(g2FR, secondFR, "summary: Entrer.\n", ""), g2FR, 1, "summary is required"},
		{"guide summary blank", replace(g2FR, secondFR, "summary: Entrer.", "summary: \"  \""), g2FR, 3, "summary is required"},
		{"guide category missing", replace(g2EN, secondEN, "category: more\n", ""), g2EN, 1, "category is required"},
		{"FAQ question missing", replace(faqFR, helpFR, "question: Où trouver de l'aide ?\n", ""), faqFR, 1, "question is required"},
		{"resource title missing", replace(resEN, sheetEN, "title: Sheet\n", ""), resEN, 1, "title is required"},
		{"resource without file or url", replace(resEN, sheetEN, "url: https://example.org/sheet\n", ""), resEN, 1, "file or url is required"},
		{"resource with file and url", replace(resFR, sheetFR, "file: files/fiche.pdf", "file: files/fiche.pdf\nurl: https://example.org"), resFR, 4, "not both"},
		{"unknown category", replace(gEN, firstEN, "category: start", "category: foo"), gEN, 5, `unknown category "foo"`},
		{"unknown FAQ category", replace(faqFR, helpFR, "category: start", "category: foo"), faqFR, 3, `unknown category "foo"`},
		{"invalid audience", replace(faqFR, helpFR, "audience: SIGNED_IN", "audience: signed-in"), faqFR, 4, `invalid audience "signed-in"`},
		{"category disagreement", replace(gEN, firstEN, "category: start", "category: more"), gEN, 5, `category "more" disagrees with "start" in ` + gFR},
		{"audience disagreement", replace(gEN, firstEN, "audience: PUBLIC", "audience: FACILITATOR"), gEN, 6, "audience"},
		{"position disagreement", replace(gEN, firstEN, "position: 1", "position: 2"), gEN, 7, "position 2 disagrees with 1"},
		{"resource position disagreement", func(m fstest.MapFS) {
			replace(resFR, sheetFR, "title: Fiche", "title: Fiche\nposition: 1")(m)
			replace(resEN, sheetEN, "title: Sheet", "title: Sheet\nposition: 3")(m)
		}, resEN, 3, "position 3 disagrees with 1 in " + resFR},
		{"invalid slug", replace(gFR, firstFR, "slug: premier-pas", "slug: Premier Pas"), gFR, 3, `invalid slug "Premier Pas"`},
		{"no slug from the title", replace(g2FR, secondFR, "title: L’accès à l’espace", "title: \"???\""), g2FR, 2, "give a slug"},
		{"invalid former slug", replace(gFR, firstFR, "[ancien-premier-pas]", "[ancien_premier_pas]"), gFR, 8, "invalid former slug"},
		{"duplicate slug", replace(g2EN, secondEN, "title: Access to the space", "title: Access to the space\nslug: first-steps"), g2EN, 3, `slug "first-steps" is already used by ` + gEN},
		{"duplicate made slug", replace(g2FR, secondFR, "title: L’accès à l’espace", "title: Premier pas"), g2FR, 1, `slug "premier-pas" is already used by ` + gFR},
		{"former slug is another guide's slug", replace(g2FR, secondFR, "category: more", "category: more\nformer_slugs: [premier-pas]"), g2FR, 5, `former slug "premier-pas" is already used by ` + gFR},
		{"slug is another guide's former slug", replace(g2EN, secondEN, "title: Access to the space", "title: Access to the space\nslug: old-first-steps"), g2EN, 3, `slug "old-first-steps" is already used by ` + gEN},
		{"attachment missing", replace(gEN, firstEN, "files/guide.pdf", "files/guide-en.pdf"), gEN, 9, `attachment "files/guide-en.pdf" not found`},
		{"attachment outside files/", replace(gEN, firstEN, "files/guide.pdf", "../demo/files/guide.pdf"), gEN, 9, "must be a path under files/"},
		{"resource file missing", replace(resFR, sheetFR, "files/fiche.pdf", "files/sheet.pdf"), resFR, 3, `file "files/sheet.pdf" not found`},
		{"url not http", replace(resEN, sheetEN, "https://example.org/sheet", "ftp://example.org/sheet"), resEN, 3, "http:// or https://"},
		{"Markdown over a limit", replace(gFR, firstFR, "Le **texte**.\n", "Le **texte**.\n\n"+strings.Repeat("> ", 11)+"trop\n"), gFR, 15,
			"block quotes and lists nested deeper than 10"},
		{"empty body", replace(resEN, sheetEN, "A sheet.\n", "\n  \n"), resEN, 4, "empty body"},
		{"space name missing", replace(space, spaceYAML, "{fr: Démo, en: Demo}", "{fr: Démo}"), space, 1, "name.en is required"},
		{"space unknown key", replace(space, spaceYAML, "modules: [help]", "modules: [help]\ntheme: dark"), space, 5, `unknown key "theme"`},
		{"space unknown name locale", replace(space, spaceYAML, "en: Demo}", "en: Demo, de: Demo}"), space, 1, `unknown key "name.de"`},
		{"default locale", replace(space, spaceYAML, "default_locale: fr", "default_locale: de"), space, 2, "default_locale must be fr or en"},
		{"approval", replace(space, spaceYAML, "approval: none", "approval: manager"), space, 3, "approval must be one of none, staff, entity-manager"},
		{"min length", replace(space, spaceYAML, "min_length: 8", "min_length: 0"), space, 6, "min_length must be at least 1"},
		{"max length", replace(space, spaceYAML, "max_length: 64", "max_length: 4"), space, 7, "max_length (4) must be at least min_length (8)"},
		{"unknown policy key", replace(space, spaceYAML, "require_digit: true", "require_digits: true"), space, 8, `unknown key "password_policy.require_digits"`},
		{"cors origin with a path", replace(space, spaceYAML, "modules: [help]", "modules: [help]\ncors_origins: [https://ok.example, https://aide.example/app]"), space, 5, `"https://aide.example/app" is not an origin`},
		{"cors origin without scheme", replace(space, spaceYAML, "modules: [help]", "modules: [help]\ncors_origins: [aide.example]"), space, 5, `"aide.example" is not an origin`},
		{"belts orange not above yellow", replace(space, spaceYAML, "modules: [help]", "modules: [help]\nbelts:\n  yellow_workshops: 5\n  orange_workshops: 5"), space, 7, "orange_workshops (5) must be more than yellow_workshops (5)"},
		{"belts unknown professional belt", replace(space, spaceYAML, "modules: [help]", "modules: [help]\nbelts:\n  professional_belts: [GREEN, PURPLE]"), space, 6, `"PURPLE" is not a belt`},
		{"belts unknown key", replace(space, spaceYAML, "modules: [help]", "modules: [help]\nbelts:\n  green_cooptations: 3"), space, 6, `unknown key "belts.green_cooptations"`},
		{"cors origin wildcard", replace(space, spaceYAML, "modules: [help]", "modules: [help]\ncors_origins: ['*']"), space, 5, `"*" is not an origin`},
		{"tag in upper case", replace(gFR, firstFR, "[journey:participant, start]", "[Journey:Participant, start]"), gFR, 11, `invalid tag "Journey:Participant"`},
		{"tag with two colons", replace(gFR, firstFR, "[journey:participant, start]", "[journey:participant:x, start]"), gFR, 11, `invalid tag "journey:participant:x"`},
		{"tag with a space", replace(gEN, firstEN, "  - start\n", "  - to start\n"), gEN, 12, `invalid tag "to start"`},
		{"tag too long", replace(gFR, firstFR, "start]", strings.Repeat("a", 65)+"]"), gFR, 11, "longer than 64 characters"},
		{"too many tags", replace(gFR, firstFR, "[journey:participant, start]", "["+manyTags(21)+"]"), gFR, 11, "21 tags: at most 20"},
		{"tag given twice", replace(gFR, firstFR, "[journey:participant, start]", "[start, journey:participant, start]"), gFR, 11, `tag "start" is given twice`},
		{"tags not a list", replace(gFR, firstFR, "[journey:participant, start]", "journey:participant"), gFR, 11, "tags: want a list such as [a, b]"},
		{"tags disagreement", replace(gEN, firstEN, "  - start\n", "  - journey:white\n"), gEN, 12,
			`tags "journey:participant journey:white" disagrees with "journey:participant start" in ` + gFR},
		{"tags given empty in one translation", replace(gEN, firstEN, "tags:\n  - start\n  - journey:participant\n", "tags: []\n"), gEN, 12, "tags"},
		{"invalid FAQ tag", replace(faqFR, helpFR, "journey:pending-activation", "journey:pending_activation"), faqFR, 5, `invalid tag "journey:pending_activation"`},
		{"resource tags", replace(resFR, sheetFR, "title: Fiche", "title: Fiche\ntags: [start]"), resFR, 3, `unknown key "tags"`},
		{"space.yaml missing", func(m fstest.MapFS) { delete(m, space) }, space, 1, "missing"},
		{"category key missing", replace(cats, categoriesYAML, "- key: more\n  position: 2", "- position: 2"), cats, 5, "key is required"},
		{"category title missing", replace(cats, categoriesYAML, "    title: Going further\n", ""), cats, 10, "en.title is required"},
		{"category slug invalid", replace(cats, categoriesYAML, "slug: demarrer", "slug: Démarrer"), cats, 3, `invalid fr.slug "Démarrer"`},
		{"duplicate category key", replace(cats, categoriesYAML, "- key: more", "- key: start"), cats, 5, `duplicate category key "start" (first at line 1)`},
		{"category unknown key", replace(cats, categoriesYAML, "  position: 2", "  position: 2\n  icon: star"), cats, 7, `unknown key "icon"`},
	}
	// Errors that follow from the one under test: the guides of a category that is gone.
	consequences := map[string]int{"category key missing": 2, "duplicate category key": 2}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, blobs := newStore(t)
			mustImport(t, db, blobs, validFS())
			before := rowCounts(t, db.SQL)
			snap := snapshot(t, db.SQL)

			fsys := validFS()
			tt.change(fsys)
			_, err := loadAndImport(t, db, blobs, fsys, Options{})
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("err = %v, want Errors", err)
			}
			if want := 1 + consequences[tt.name]; len(errs) != want {
				t.Fatalf("%d errors, want %d:\n%v", len(errs), want, errs)
			}
			e := errs[0]
			if e.File != tt.file || e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
				t.Fatalf("error %q\nwant      %s:%d: …%s…", e, tt.file, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), tt.file+":") {
				t.Fatalf("Error() = %q", err)
			}
			after := rowCounts(t, db.SQL)
			for table, n := range before {
				if after[table] != n {
					t.Errorf("%s: %d rows, then %d", table, n, after[table])
				}
			}
			if diff := diffSnapshots(snap, snapshot(t, db.SQL)); diff != "" {
				t.Fatalf("an invalid batch wrote:\n%s", diff)
			}
		})
	}
}

func TestLoadReportsEveryError(t *testing.T) {
	fsys := validFS()
	fsys["spaces/demo/guides/first.en.md"].Data = []byte(strings.Replace(firstEN, "category: start", "category: foo", 1))
	fsys["spaces/demo/resources/sheet.en.md"].Data = []byte(strings.Replace(sheetEN, "https://", "ftp://", 1))
	fsys["spaces/other/space.yaml"] = &fstest.MapFile{Data: []byte("name: {fr: Autre}\n")}
	_, err := Load(fsys)
	want := []string{
		"spaces/demo/guides/first.en.md:5: unknown category \"foo\"",
		"spaces/demo/resources/sheet.en.md:3: url \"ftp://example.org/sheet\" must be an http:// or https:// address",
		"spaces/other/space.yaml:1: name.en is required",
		"spaces/other/space.yaml:1: default_locale must be fr or en, not \"\"",
		"spaces/other/space.yaml:1: password_policy.min_length must be at least 1",
	}
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != len(want) {
		t.Fatalf("err =\n%v\nwant %d errors", err, len(want))
	}
	for i, w := range want {
		if errs[i].Error() != w {
			t.Errorf("error %d = %q\nwant      %q", i, errs[i], w)
		}
	}
}

// manyTags is a list of n distinct valid tags, as YAML flow items.
func manyTags(n int) string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = fmt.Sprintf("t%d", i)
	}
	return strings.Join(tags, ", ")
}
