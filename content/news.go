package content

import (
	"strings"
	"time"

	"guichet/locales"
)

// news reads news/<key>.<locale>.md: a dated post, its date, audience and tags the same in
// both translations, each translation with its own slug.
func (l *loader) news(dir string) []*NewsPost {
	var posts []*NewsPost
	for _, names := range l.translationFiles(dir + "/news") {
		group := l.readGroup(names)
		n := &NewsPost{Translations: map[locales.Locale]*NewsText{}}
		var sides []itemFields
		date := agreed[string]{field: "date", kind: "news post"}
		for _, f := range group {
			var fm struct {
				title, slug, summary, audience, author, date string
				tags                                         []string
			}
			lines := f.fields(map[string]any{
				"title": &fm.title, "slug": &fm.slug, "summary": &fm.summary, "audience": &fm.audience,
				"author": &fm.author, "date": &fm.date, "tags": &fm.tags,
			})
			t := &NewsText{Source: Source{File: f.path, lines: lines, SourceHash: sourceHash(f.data), fileHash: sha256Hex(f.data)},
				Title: strings.TrimSpace(fm.title), Summary: strings.TrimSpace(fm.summary), Author: strings.TrimSpace(fm.author)}
			l.required(f, lines, "title", t.Title)
			l.required(f, lines, "summary", t.Summary)
			l.required(f, lines, "date", fm.date)
			if d := strings.TrimSpace(fm.date); d != "" && !lines.bad["date"] {
				if at, ok := newsDate(d); ok {
					date.offer(&l.errs, f.path, lines.line("date", 1), at.Format(time.RFC3339))
				} else {
					l.errs.add(f.path, lines.line("date", 1), "invalid date %q: 2026-10-01 or 2026-10-01T09:00:00Z", d)
				}
			}
			t.Slug = l.guideSlug(f, lines, fm.slug, t.Title)
			l.body(f)
			n.Translations[f.locale] = t
			sides = append(sides, itemFields{file: f.path, lines: lines, audience: fm.audience, tags: fm.tags})
		}
		n.Item = l.item("news post", names[0].key, sides, nil)
		if date.set {
			at, _ := time.Parse(time.RFC3339, date.value)
			n.Date = &at
		}
		posts = append(posts, n)
	}
	l.checkNewsSlugs(posts)
	return posts
}

// newsDate reads a date, or a date and a time.
func newsDate(s string) (time.Time, bool) {
	if at, err := time.Parse(time.DateOnly, s); err == nil {
		return at, true
	}
	at, err := time.Parse(time.RFC3339, s)
	return at.UTC(), err == nil
}

// checkNewsSlugs reports a slug two posts of a space claim in the same locale.
func (l *loader) checkNewsSlugs(posts []*NewsPost) {
	for _, loc := range locales.All {
		owners := map[string]*NewsText{}
		for _, n := range posts {
			t := n.Translations[loc]
			if t == nil || t.Slug == "" {
				continue
			}
			if o, taken := owners[t.Slug]; taken {
				l.errs.add(t.File, t.Line("slug"), "slug %q is already used by %s", t.Slug, o.File)
				continue
			}
			owners[t.Slug] = t
		}
	}
}
