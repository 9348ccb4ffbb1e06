// Package markdown turns the Markdown of guides, FAQs and resources into sanitized HTML, and
// into plain text for search. The editor's preview uses the same renderer as publishing.
package markdown

import (
	"bytes"
	"html"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

var (
	md = goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		// Raw HTML is let through the renderer and then sanitized, so harmless tags written in
		// Markdown (a <br>, a <kbd>) survive while scripts and handlers never do.
		goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
	)
	policy = func() *bluemonday.Policy {
		p := bluemonday.UGCPolicy()
		p.AllowAttrs("id").Matching(regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)).OnElements("h1", "h2", "h3", "h4", "h5", "h6")
		p.AllowAttrs("class").Matching(regexp.MustCompile(`^language-[a-zA-Z0-9_-]+$`)).OnElements("code")
		p.RequireNoFollowOnLinks(false)
		return p
	}()
	tags   = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// Render returns the sanitized HTML of src and its text without markup. Markdown over the
// limits (limits.go) is a *LimitError, found before anything costly.
func Render(src string) (htmlOut, plain string, err error) {
	doc, source, err := parse(src)
	if err != nil {
		return "", "", err
	}
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, source, doc); err != nil {
		return "", "", err
	}
	safe := policy.Sanitize(buf.String())
	return safe, Plain(safe), nil
}

// Validate is nil when Render would accept src, and the *LimitError it would return otherwise;
// it parses but does not render.
func Validate(src string) error {
	_, _, err := parse(src)
	return err
}

func parse(src string) (ast.Node, []byte, error) {
	if err := Check(src); err != nil {
		return nil, nil, err
	}
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	if err := checkTree(doc); err != nil {
		return nil, nil, err
	}
	return doc, source, nil
}

// Fallback is src shown as preformatted text, for Markdown saved before the limits that can
// no longer be rendered: its reader sees it as written, at no cost.
func Fallback(src string) string {
	return "<pre>" + html.EscapeString(src) + "</pre>"
}

// inline tags vanish without a trace in plain text ("<strong>name</strong>:" → "name:");
// any other tag separates words.
var inline = map[string]bool{"a": true, "strong": true, "em": true, "b": true, "i": true, "code": true,
	"kbd": true, "span": true, "mark": true, "abbr": true, "sub": true, "sup": true, "del": true, "s": true, "u": true}

// Plain strips the tags of sanitized HTML and unescapes its entities.
func Plain(safeHTML string) string {
	text := tags.ReplaceAllStringFunc(safeHTML, func(tag string) string {
		if inline[strings.ToLower(tags.FindStringSubmatch(tag)[2])] {
			return ""
		}
		return " "
	})
	return strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(text), " "))
}
