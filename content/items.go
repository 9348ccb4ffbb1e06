package content

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"

	"guichet/help"
	"guichet/locales"
	"guichet/markdown"
	"guichet/role"
	"guichet/slug"
)

// translationFile is one <key>.<locale>.md file, read and cut into front matter and body.
type translationFile struct {
	translationName
	data     []byte
	yaml     yamlText
	front    ast.Node
	body     string
	bodyLine int
}

// translationName is a <key>.<locale>.md file, not read yet.
type translationName struct {
	path   string
	key    string
	locale locales.Locale
}

// fields decodes the front matter into targets; see yamlText.fields.
func (f *translationFile) fields(targets map[string]any) keyLines {
	return f.yaml.fields(f.front, 2, "", targets)
}

var translationFileName = regexp.MustCompile(`^(.+)\.([^.]+)\.md$`)

// translationFiles lists the <key>.<locale>.md files of dir, grouped by key in key order, each
// group in locale order (FR, then EN): "the second file" of a key is then always the EN one.
// The files are read one group at a time, by eachTranslation, never all at once.
func (l *loader) translationFiles(dir string) [][]translationName {
	entries, err := fs.ReadDir(l.fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.errs.add(dir, 1, "cannot read: %v", err)
		return nil
	}
	byKey := map[string][]translationName{}
	for _, e := range entries {
		if hidden(e.Name()) {
			continue
		}
		p := dir + "/" + e.Name()
		key, loc, ok := l.parseTranslationName(p, e)
		if !ok {
			continue
		}
		byKey[key] = append(byKey[key], translationName{path: p, key: key, locale: loc})
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	groups := make([][]translationName, len(keys))
	for i, k := range keys {
		groups[i] = byKey[k]
		slices.SortFunc(groups[i], func(a, b translationName) int {
			return slices.Index(locales.All, a.locale) - slices.Index(locales.All, b.locale)
		})
	}
	return groups
}

// readGroup reads the files of one key; those that cannot be read are reported and left out.
func (l *loader) readGroup(names []translationName) []*translationFile {
	var files []*translationFile
	for _, n := range names {
		if f := l.readTranslation(n); f != nil {
			files = append(files, f)
		}
	}
	return files
}

func (l *loader) parseTranslationName(p string, e fs.DirEntry) (string, locales.Locale, bool) {
	if e.IsDir() {
		l.errs.add(p, 1, "unexpected folder: translations are files named <key>.<fr|en>.md")
		return "", "", false
	}
	m := translationFileName.FindStringSubmatch(e.Name())
	if m == nil {
		l.errs.add(p, 1, "file name must be <key>.<fr|en>.md")
		return "", "", false
	}
	key, tag := m[1], m[2]
	loc, ok := localeOf(tag)
	if !ok {
		l.errs.add(p, 1, "unknown locale %q in the file name (fr or en)", tag)
		return "", "", false
	}
	if !slug.Valid(key) {
		l.errs.add(p, 1, "key %q in the file name must be lowercase letters, digits and single hyphens", key)
		return "", "", false
	}
	return key, loc, true
}

func (l *loader) readTranslation(n translationName) *translationFile {
	data, err := fs.ReadFile(l.fsys, n.path)
	if err != nil {
		l.errs.add(n.path, 1, "cannot read: %v", err)
		return nil
	}
	return l.parseTranslation(n, data)
}

func (l *loader) parseTranslation(n translationName, data []byte) *translationFile {
	p := n.path
	front, body, bodyLine, ok := splitFrontMatter(data)
	if !ok {
		l.errs.add(p, 1, "no front matter: the file starts with a line ---, then key: value lines, then ---")
		return nil
	}
	f := &translationFile{translationName: n, data: data, body: string(body), bodyLine: bodyLine,
		yaml: yamlText{file: p, offset: 1, errs: &l.errs}}
	if f.front, ok = f.yaml.parse(front); !ok {
		return nil
	}
	if _, isMap := f.front.(*ast.MappingNode); f.front != nil && !isMap {
		l.errs.add(p, f.yaml.line(f.front.GetToken()), "the front matter must be key: value lines")
		return nil
	}
	return f
}

// required reports a missing or blank front-matter key.
func (l *loader) required(f *translationFile, lines keyLines, key, value string) {
	if strings.TrimSpace(value) == "" && !lines.bad[key] {
		l.errs.add(f.path, lines.line(key, 1), "%s is required", key)
	}
}

// body checks the translation's Markdown as rendering it would, so that an error stops the
// batch instead of publishing a broken page; Load only checks it (html and plain are then
// empty), Bundle.body renders it at write time.
func (l *loader) body(f *translationFile) (src, html, plain string) {
	src = strings.TrimRight(strings.TrimLeft(f.body, "\r\n"), " \t\r\n")
	if src == "" {
		l.errs.add(f.path, f.bodyLine-1, "empty body: write the text after the closing ---")
		return "", "", ""
	}
	var err error
	if l.render {
		html, plain, err = markdown.Render(src)
	} else {
		err = markdown.Validate(src)
	}
	if le, ok := err.(*markdown.LimitError); ok && le.Line > 0 {
		// The limit's line in the file, not in the body.
		skipped := strings.Count(f.body[:len(f.body)-len(strings.TrimLeft(f.body, "\r\n"))], "\n")
		at, inFile := le.Line, *le
		inFile.Line = 0
		l.errs.add(f.path, f.bodyLine+skipped+at-1, "Markdown: %v", &inFile)
	} else if err != nil {
		l.errs.add(f.path, f.bodyLine, "Markdown: %v", err)
	}
	return src, html, plain
}

// body reads a translation's file again and renders its body as Load did, for Import to write
// it: the Bundle keeps no body, so an import holds one at a time whatever the content's size.
// A file changed since Load is refused rather than written unvalidated.
func (b *Bundle) body(s Source) (src, html, plain string, err error) {
	data, err := fs.ReadFile(b.fsys, s.File)
	if err != nil {
		return "", "", "", fmt.Errorf("%s: cannot read again: %w", s.File, err)
	}
	if sha256Hex(data) != s.fileHash {
		return "", "", "", fmt.Errorf("%s changed since it was loaded: load and import again", s.File)
	}
	l := &loader{fsys: b.fsys, render: true}
	if f := l.parseTranslation(translationName{path: s.File}, data); f != nil {
		src, html, plain = l.body(f)
	}
	if err := l.errs.err(); err != nil {
		return "", "", "", err
	}
	return src, html, plain, nil
}

// itemFields is what one translation says about its item (guide, FAQ or resource).
type itemFields struct {
	file               string
	lines              keyLines
	category, audience string
	position           int
	tags               []string
}

// item merges what the translations of one key say about the item. Category, audience and
// position belong to the item, not to a language, so two translations that give them must agree.
func (l *loader) item(kind, key string, sides []itemFields, categories map[string]bool) Item {
	it := Item{Key: key, Audience: role.Public}
	category := agreed[string]{field: "category", kind: kind}
	audience := agreed[string]{field: "audience", kind: kind}
	position := agreed[int]{field: "position", kind: kind}
	tags := agreed[string]{field: "tags", kind: kind}
	for _, s := range sides {
		// A value already reported as wrong is not compared: one mistake, one error.
		if line := s.lines.line("category", 1); s.lines.given("category") && s.category != "" {
			if categories[s.category] {
				category.offer(&l.errs, s.file, line, s.category)
			} else {
				l.errs.add(s.file, line, "unknown category %q", s.category)
			}
		}
		if line := s.lines.line("audience", 1); s.lines.given("audience") && s.audience != "" {
			if role.Audience(s.audience).Valid() {
				audience.offer(&l.errs, s.file, line, s.audience)
			} else {
				l.errs.add(s.file, line, "invalid audience %q: PUBLIC, SIGNED_IN or a role such as FACILITATOR", s.audience)
			}
		}
		if s.lines.given("position") {
			position.offer(&l.errs, s.file, s.lines.line("position", 1), s.position)
		}
		if line := s.lines.line("tags", 1); s.lines.given("tags") && l.validTags(s.file, line, s.tags) {
			tags.offer(&l.errs, s.file, line, tagSet(s.tags))
		}
	}
	it.Category, it.Position = category.value, position.value
	if tags.set && tags.value != "" {
		it.Tags = strings.Split(tags.value, " ")
	}
	if audience.set {
		it.Audience = role.Audience(audience.value)
	}
	return it
}

// validTags reports each tag of one translation that is malformed, too long, or given twice,
// and a list too long; it returns whether the list is valid.
func (l *loader) validTags(file string, line int, tags []string) bool {
	before := len(l.errs)
	if len(tags) > help.MaxPageTags {
		l.errs.add(file, line, "%d tags: at most %d", len(tags), help.MaxPageTags)
	}
	seen := map[string]bool{}
	for _, t := range tags {
		switch {
		case len(t) > help.MaxTagLength:
			l.errs.add(file, line, "tag %q is longer than %d characters", t, help.MaxTagLength)
		case !help.TagValid(t):
			l.errs.add(file, line, "invalid tag %q: lowercase letters and digits, optionally a colon and a value such as journey:orange", t)
		case seen[t]:
			l.errs.add(file, line, "tag %q is given twice", t)
		}
		seen[t] = true
	}
	return len(l.errs) == before
}

// tagSet is a list of tags in a form two translations can be compared by: sorted, one
// space between tags (which a tag cannot hold).
func tagSet(tags []string) string {
	return strings.Join(slices.Sorted(slices.Values(tags)), " ")
}

// agreed is an item-level field as the first translation gives it.
type agreed[T comparable] struct {
	field, kind string
	value       T
	file        string
	set         bool
}

func (a *agreed[T]) offer(errs *Errors, file string, line int, v T) {
	if !a.set {
		a.value, a.file, a.set = v, file, true
		return
	}
	if v != a.value {
		errs.add(file, line, "%s %#v disagrees with %#v in %s: it belongs to the %s, not to one language",
			a.field, v, a.value, a.file, a.kind)
	}
}

func (l *loader) guides(dir string, categories map[string]bool, refs *references) []*Guide {
	var guides []*Guide
	for _, names := range l.translationFiles(dir + "/guides") {
		group := l.readGroup(names)
		g := &Guide{Translations: map[locales.Locale]*GuideText{}}
		var sides []itemFields
		for _, f := range group {
			t, side := l.guideText(f, refs)
			g.Translations[f.locale] = t
			sides = append(sides, side)
		}
		g.Item = l.item("guide", names[0].key, sides, categories)
		guides = append(guides, g)
	}
	return guides
}

func (l *loader) guideText(f *translationFile, refs *references) (*GuideText, itemFields) {
	var fm struct {
		title, slug, summary, category, audience, author string
		position                                         int
		formerSlugs, attachments, tags                   []string
		publishedAt                                      time.Time
	}
	lines := f.fields(map[string]any{
		"title": &fm.title, "slug": &fm.slug, "summary": &fm.summary, "category": &fm.category,
		"audience": &fm.audience, "position": &fm.position, "former_slugs": &fm.formerSlugs,
		"attachments": &fm.attachments, "author": &fm.author, "published_at": &fm.publishedAt,
		"tags": &fm.tags,
	})
	t := &GuideText{
		Source: Source{File: f.path, lines: lines},
		Title:  strings.TrimSpace(fm.title), Summary: strings.TrimSpace(fm.summary),
		Author: strings.TrimSpace(fm.author), FormerSlugs: fm.formerSlugs, Attachments: fm.attachments,
	}
	l.required(f, lines, "title", t.Title)
	l.required(f, lines, "summary", t.Summary)
	l.required(f, lines, "category", fm.category)
	t.Slug = l.guideSlug(f, lines, fm.slug, t.Title)
	for _, s := range t.FormerSlugs {
		if !slug.Valid(s) {
			l.errs.add(f.path, lines.line("former_slugs", 1), "invalid former slug %q: lowercase letters, digits and single hyphens", s)
		}
	}
	var attached []*File
	for _, p := range t.Attachments {
		attached = append(attached, refs.resolve(f.path, lines.line("attachments", 1), "attachment", p))
	}
	if lines.given("published_at") && !fm.publishedAt.IsZero() {
		t.PublishedAt = &fm.publishedAt
	}
	l.body(f)
	t.SourceHash, t.fileHash = sourceHash(f.data, attached...), sha256Hex(f.data)
	return t, itemFields{file: f.path, lines: lines, category: fm.category, audience: fm.audience, position: fm.position, tags: fm.tags}
}

// guideSlug is the slug the front matter gives, or the one made from the title.
func (l *loader) guideSlug(f *translationFile, lines keyLines, given, title string) string {
	if lines.bad["slug"] {
		return ""
	}
	if lines.given("slug") {
		if !slug.Valid(given) {
			l.errs.add(f.path, lines.line("slug", 1), "invalid slug %q: lowercase letters, digits and single hyphens", given)
		}
		return given
	}
	made := slug.Make(title)
	if made == "" && title != "" {
		l.errs.add(f.path, lines.line("title", 1), "no slug can be made from the title: give a slug")
	}
	return made
}

// checkGuideSlugs reports a slug, current or former, that two guides of a space claim in the
// same locale: a link must lead to one guide. The second claimant is reported.
func (l *loader) checkGuideSlugs(s *Space) {
	type owner struct{ key, file string }
	for _, loc := range locales.All {
		owners := map[string]owner{}
		for _, g := range s.Guides {
			t := g.Translations[loc]
			if t == nil {
				continue
			}
			claim := func(what, sl string, line int) {
				if sl == "" {
					return
				}
				if o, taken := owners[sl]; taken && o.key != g.Key {
					l.errs.add(t.File, line, "%s %q is already used by %s", what, sl, o.file)
					return
				}
				owners[sl] = owner{g.Key, t.File}
			}
			claim("slug", t.Slug, t.Line("slug"))
			for _, former := range t.FormerSlugs {
				claim("former slug", former, t.Line("former_slugs"))
			}
		}
	}
}

func (l *loader) faqs(dir string, categories map[string]bool) []*FAQ {
	var faqs []*FAQ
	for _, names := range l.translationFiles(dir + "/faqs") {
		group := l.readGroup(names)
		q := &FAQ{Translations: map[locales.Locale]*FAQText{}}
		var sides []itemFields
		for _, f := range group {
			var fm struct {
				question, category, audience string
				position                     int
				tags                         []string
			}
			lines := f.fields(map[string]any{
				"question": &fm.question, "category": &fm.category, "audience": &fm.audience, "position": &fm.position,
				"tags": &fm.tags,
			})
			t := &FAQText{Source: Source{File: f.path, lines: lines, SourceHash: sourceHash(f.data), fileHash: sha256Hex(f.data)},
				Question: strings.TrimSpace(fm.question)}
			l.required(f, lines, "question", t.Question)
			l.body(f)
			q.Translations[f.locale] = t
			sides = append(sides, itemFields{file: f.path, lines: lines, category: fm.category, audience: fm.audience,
				position: fm.position, tags: fm.tags})
		}
		q.Item = l.item("FAQ", names[0].key, sides, categories)
		faqs = append(faqs, q)
	}
	return faqs
}

func (l *loader) resources(dir string, categories map[string]bool, refs *references) []*Resource {
	var resources []*Resource
	for _, names := range l.translationFiles(dir + "/resources") {
		group := l.readGroup(names)
		r := &Resource{Translations: map[locales.Locale]*ResourceText{}}
		var sides []itemFields
		for _, f := range group {
			t, side := l.resourceText(f, refs)
			r.Translations[f.locale] = t
			sides = append(sides, side)
		}
		r.Item = l.item("resource", names[0].key, sides, categories)
		resources = append(resources, r)
	}
	return resources
}

func (l *loader) resourceText(f *translationFile, refs *references) (*ResourceText, itemFields) {
	var fm struct {
		title, category, audience, file, url string
		position                             int
	}
	lines := f.fields(map[string]any{
		"title": &fm.title, "category": &fm.category, "audience": &fm.audience, "position": &fm.position,
		"file": &fm.file, "url": &fm.url,
	})
	t := &ResourceText{Source: Source{File: f.path, lines: lines}, Title: strings.TrimSpace(fm.title),
		File: strings.TrimSpace(fm.file), URL: strings.TrimSpace(fm.url)}
	l.required(f, lines, "title", t.Title)
	var file *File
	switch {
	case t.File != "" && t.URL != "":
		l.errs.add(f.path, lines.line("url", 1), "give either file or url, not both")
	case t.File == "" && t.URL == "":
		if !lines.bad["file"] && !lines.bad["url"] {
			l.errs.add(f.path, 1, "file or url is required")
		}
	case t.File != "":
		file = refs.resolve(f.path, lines.line("file", 1), "file", t.File)
	case !webURL(t.URL):
		l.errs.add(f.path, lines.line("url", 1), "url %q must be an http:// or https:// address", t.URL)
	}
	l.body(f)
	t.SourceHash, t.fileHash = sourceHash(f.data, file), sha256Hex(f.data)
	return t, itemFields{file: f.path, lines: lines, category: fm.category, audience: fm.audience, position: fm.position}
}

func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
