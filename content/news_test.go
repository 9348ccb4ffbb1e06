package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"guichet/ent/news"
	"guichet/ent/newsslug"
	"guichet/ent/newstag"
	"guichet/locales"
	"guichet/role"
)

const (
	newsFR = `---
title: Rentrée des ateliers
summary: "Les ateliers reprennent : voici le calendrier."
date: 2026-09-14
audience: FACILITATOR
author: Équipe
tags: [season, journey:white]
---
Les ateliers **reprennent**.
`
	newsEN = `---
title: Workshops are back
slug: workshops-are-back
summary: "Workshops resume: here is the calendar."
date: 2026-09-14
audience: FACILITATOR
tags: [journey:white, season]
---
Workshops are **back**.
`
)

func newsFS(fr, en string) fstest.MapFS {
	fsys := validFS()
	fsys["spaces/demo/news/back.fr.md"] = &fstest.MapFile{Data: []byte(fr)}
	if en != "" {
		fsys["spaces/demo/news/back.en.md"] = &fstest.MapFile{Data: []byte(en)}
	}
	return fsys
}

func TestLoadNews(t *testing.T) {
	b, err := Load(newsFS(newsFR, newsEN))
	if err != nil {
		t.Fatal(err)
	}
	n := b.Spaces[0].News
	if len(n) != 1 || n[0].Key != "back" || n[0].Audience != role.Facilitator || n[0].Date == nil ||
		!n[0].Date.Equal(time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)) || strings.Join(n[0].Tags, " ") != "journey:white season" {
		t.Fatalf("news %+v", n)
	}
	if fr, en := n[0].Translations[locales.FR], n[0].Translations[locales.EN]; fr.Slug != "rentree-des-ateliers" ||
		en.Slug != "workshops-are-back" || fr.Author != "Équipe" || en.Summary != "Workshops resume: here is the calendar." {
		t.Fatalf("translations %+v, %+v", fr, en)
	}
}

func TestLoadNewsReportsEachProblemAtItsLine(t *testing.T) {
	const fr, en = "spaces/demo/news/back.fr.md", "spaces/demo/news/back.en.md"
	cases := []struct {
		name, fr, en, want string
	}{
		{"no date", "---\ntitle: T\nsummary: S\n---\nX.\n", "", fr + ":1: date is required"},
		{"a bad date", "---\ntitle: T\nsummary: S\ndate: demain\n---\nX.\n", "", fr + ":4: invalid date \"demain\": 2026-10-01 or 2026-10-01T09:00:00Z"},
		{"dates that disagree", newsFR, "---\ntitle: T\nsummary: S\ndate: 2026-09-15\naudience: FACILITATOR\n---\nX.\n",
			en + ":4: date \"2026-09-15T00:00:00Z\" disagrees with \"2026-09-14T00:00:00Z\" in " + fr + ": it belongs to the news post, not to one language"},
		{"no summary", "---\ntitle: T\ndate: 2026-09-14\n---\nX.\n", "", fr + ":1: summary is required"},
		{"a category", "---\ntitle: T\nsummary: S\ndate: 2026-09-14\ncategory: start\n---\nX.\n", "", fr + ":5: unknown key \"category\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(newsFS(c.fr, c.en))
			var errs Errors
			if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Error() != c.want {
				t.Fatalf("err =\n%v\nwant %q", err, c.want)
			}
		})
	}
}

func TestImportNews(t *testing.T) {
	db, blobs := newStore(t)
	r := mustImport(t, db, blobs, newsFS(newsFR, newsEN))
	if r.News.Created != 1 {
		t.Fatalf("report %v", r)
	}
	ctx := allowed()
	n := db.Client.News.Query().Where(news.Key("back")).WithTranslations().OnlyX(ctx)
	if n.PublishedAt == nil || !n.PublishedAt.Equal(time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)) || len(n.Edges.Translations) != 2 {
		t.Fatalf("news row %+v", n)
	}
	if tags := db.Client.NewsTag.Query().Where(newstag.NewsID(n.ID)).CountX(ctx); tags != 2 {
		t.Fatalf("%d tags", tags)
	}
	for _, tr := range n.Edges.Translations {
		if !tr.Published || tr.Revision != 1 || tr.HTML == "" {
			t.Errorf("%s: not published as revision 1", tr.Locale)
		}
		if c := db.Client.NewsSlug.Query().Where(newsslug.NewsID(n.ID), newsslug.Slug(tr.Slug), newsslug.LocaleEQ(tr.Locale)).CountX(ctx); c != 1 {
			t.Errorf("%s: slug %q has %d rows", tr.Locale, tr.Slug, c)
		}
	}
	if again := mustImport(t, db, blobs, newsFS(newsFR, newsEN)); again.Changed() {
		t.Fatalf("a second import changed %v", again)
	}
	moved := mustImport(t, db, blobs, newsFS(replaceDate(newsFR), replaceDate(newsEN)))
	if moved.News.Updated != 1 {
		t.Fatalf("a new date: %v", moved)
	}
	if n := db.Client.News.Query().Where(news.Key("back")).OnlyX(ctx); !n.PublishedAt.Equal(time.Date(2026, 9, 21, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("date %v", n.PublishedAt)
	}
}

func replaceDate(s string) string {
	return strings.Replace(s, "date: 2026-09-14", "date: 2026-09-21", 1)
}
