package help

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/aymanbagabas/go-udiff"

	"guichet/apperr"
	"guichet/locales"
	"guichet/markdown"
	"guichet/role"
	"guichet/slug"
)

// Text is what an editor writes in one translation of a page, whatever its kind: the fields
// its TextFields name (a FAQ entry's question is its Title, its answer its Body; a resource's
// description is its Body).
type Text struct {
	Locale locales.Locale
	// Slug, for kinds with slugs: nil or "" makes one from the title.
	Slug    *string
	Title   string
	Summary string
	Body    string
	// URL, for kinds of links: nil keeps the draft's link or file as it is, "" removes the
	// link, an address replaces the draft's file.
	URL *string
	// ExpectedVersion, when given, refuses the save with CONFLICT if someone saved the draft
	// since the editor loaded it.
	ExpectedVersion *int
}

// NewPage is a new page: its translations (drafts), audience, category and position.
type NewPage struct {
	Translations []Text
	Audience     *role.Audience // PUBLIC when nil
	Category     *string        // a category's slug, in either locale
	Position     *int
}

// check validates a translation's text, its fields named with prefix ("translations.0.").
// Lengths are counted as stored: the title and the summary without the spaces around them.
func (f TextFields) check(in Text, prefix string) []apperr.Violation {
	var vs []apperr.Violation
	for _, v := range []struct {
		field    Field
		value    string
		required bool
	}{
		{f.Title, strings.TrimSpace(in.Title), true},
		{f.Summary, strings.TrimSpace(in.Summary), false},
		{f.Body, in.Body, false},
	} {
		switch {
		case v.field.Name == "":
		case v.required && v.value == "":
			vs = append(vs, apperr.Violation{Field: prefix + v.field.Name, Code: "REQUIRED"})
		case utf8.RuneCountInString(v.value) > v.field.Max:
			vs = append(vs, apperr.Violation{Field: prefix + v.field.Name, Code: "TOO_LONG", Data: map[string]any{"Max": v.field.Max}})
		}
	}
	if f.Slug && in.Slug != nil && *in.Slug != "" && !slug.Valid(*in.Slug) {
		vs = append(vs, apperr.Violation{Field: prefix + "slug", Code: "SLUG_INVALID"})
	}
	if f.Link && in.URL != nil && *in.URL != "" && !validLink(*in.URL) {
		vs = append(vs, apperr.Violation{Field: prefix + "url", Code: "URL_INVALID"})
	}
	if f.Body.Name != "" {
		vs = append(vs, checkMarkdown(prefix+f.Body.Name, in.Body, vs)...)
	}
	return vs
}

// validLink accepts an absolute http or https address with a host.
func validLink(s string) bool {
	if len(s) > MaxURLLength {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// checkMarkdown refuses Markdown the renderer would refuse, when field has no violation yet,
// so that a draft that is saved can always be previewed and published.
func checkMarkdown(field, src string, vs []apperr.Violation) []apperr.Violation {
	for _, v := range vs {
		if v.Field == field {
			return nil
		}
	}
	if le, ok := markdown.Validate(src).(*markdown.LimitError); ok {
		return []apperr.Violation{le.Violation(field)}
	}
	return nil
}

// checkTranslations validates the translations of a new item: at least one, each language
// once, each text by its own rules (fields prefixed translations.N.).
func checkTranslations[T any](ts []T, localeOf func(T) locales.Locale, check func(T, string) []apperr.Violation) []apperr.Violation {
	var vs []apperr.Violation
	if len(ts) == 0 {
		vs = append(vs, apperr.Violation{Field: "translations", Code: "REQUIRED"})
	}
	seen := map[locales.Locale]bool{}
	for i, t := range ts {
		prefix := fmt.Sprintf("translations.%d.", i)
		if l := localeOf(t); !l.Valid() || seen[l] {
			vs = append(vs, apperr.Violation{Field: prefix + "locale", Code: "LOCALE_TWICE"})
		} else {
			seen[l] = true
		}
		vs = append(vs, check(t, prefix)...)
	}
	return vs
}

// slugFor is the slug a translation asks for: the one given, else one made from the title.
func slugFor(in Text) string {
	if in.Slug != nil && *in.Slug != "" {
		return *in.Slug
	}
	return slug.Make(in.Title)
}

// renderLimited maps Markdown over the limits (saved before they existed) to BAD_USER_INPUT of
// field, so that publishing says what to fix.
func renderLimited(field, src string) (html, plain string, err error) {
	html, plain, err = markdown.Render(src)
	if le, ok := err.(*markdown.LimitError); ok {
		return "", "", apperr.Invalid(le.Violation(field))
	}
	return html, plain, err
}

// renderDraft is the HTML of a draft to show its editor: Markdown over the limits shows as
// written, as preformatted text.
func renderDraft(src string) (string, error) {
	html, _, err := markdown.Render(src)
	if _, ok := err.(*markdown.LimitError); ok {
		return markdown.Fallback(src), nil
	}
	return html, err
}

// revisionText is a revision as Compare diffs it: its title, its summary, its body, then its
// file or link.
func (f TextFields) revisionText(r *Revision) string {
	s := "# " + r.Title + "\n\n"
	if f.Summary.Name != "" {
		s += r.Summary + "\n\n"
	}
	s += strings.TrimRight(r.Body, "\n") + "\n"
	if f.Link {
		target := r.URL
		if r.File != nil {
			target = r.File.Filename + " (" + r.File.Sha256[:12] + ")"
		}
		s += "\n→ " + target + "\n"
	}
	return s
}

// revisionDiff is the unified diff between the texts of two revisions.
func revisionDiff(from, to int, a, b string) string {
	return udiff.Unified(fmt.Sprintf("revision %d", from), fmt.Sprintf("revision %d", to), a, b)
}
