package markdown

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func row(cols int) string { return strings.Repeat("| a ", cols) + "|\n" }

func table(cols, rows int) string {
	return row(cols) + strings.Repeat("|---", cols) + "|\n" + strings.Repeat(row(cols), rows)
}

func nested(marker string, depth int) string { return strings.Repeat(marker, depth) + "texte\n" }

// definitions is a block of n link definitions without a blank line.
func definitions(n int) string { return strings.Repeat("[a]: https://example.org\n", n) + "\n[a]\n" }

// Each limit: accepted just under, refused just over, with its code and limit.
func TestLimits(t *testing.T) {
	longURL := "https://example.org/" + strings.Repeat("a", 10_000)
	refs := func(uses int) string { return "[a]: " + longURL + "\n\n" + strings.Repeat("[a] ", uses) }
	for _, tc := range []struct {
		name, src string
		code      string // "" when accepted
	}{
		{"the longest body", strings.Repeat("é", MaxLength), ""},
		{"one character more", strings.Repeat("é", MaxLength+1), "TOO_LONG"},
		{"block quotes at the limit", nested("> ", MaxDepth), ""},
		{"block quotes one deeper", nested("> ", MaxDepth+1), "MARKDOWN_TOO_DEEP"},
		{"compact block quotes one deeper", nested(">", MaxDepth+1), "MARKDOWN_TOO_DEEP"},
		{"the review's 200,000 block quotes", strings.Repeat("> ", 100_000), "MARKDOWN_TOO_DEEP"},
		{"ordered lists at the limit", nested("1. ", MaxDepth), ""},
		{"ordered lists one deeper", nested("1. ", MaxDepth+1), "MARKDOWN_TOO_DEEP"},
		{"lists nested by indentation at the limit", indentedList(MaxDepth), ""},
		{"lists nested by indentation one deeper", indentedList(MaxDepth + 1), "MARKDOWN_TOO_DEEP"},
		{"list items at the limit", strings.Repeat("- a\n", MaxListItems), ""},
		{"a list item more", strings.Repeat("- a\n", MaxListItems+1), "MARKDOWN_TOO_MANY_LIST_ITEMS"},
		{"a long thematic break", strings.Repeat("- ", 40) + "\n", ""},
		{"deep indentation in code", "```\n" + strings.Repeat(" ", 200) + "x\n```\n", ""},
		{"brackets at the limit", strings.Repeat("[", MaxBracketDepth) + "a", ""},
		{"brackets one deeper", strings.Repeat("[", MaxBracketDepth+1) + "a", "MARKDOWN_BRACKETS_TOO_DEEP"},
		{"escaped brackets", strings.Repeat(`\[`, 100), ""},
		{"the widest table", table(MaxTableColumns, 2), ""},
		{"a column more", table(MaxTableColumns+1, 2), "MARKDOWN_TABLE_TOO_WIDE"},
		{"the review's 2,000 columns", table(2000, 1), "MARKDOWN_TABLE_TOO_WIDE"},
		{"tables at the cell limit", table(50, MaxTableCells/50-1), ""},
		{"a row of cells more", table(50, MaxTableCells/50), "MARKDOWN_TABLES_TOO_LARGE"},
		{"short rows padded to a wide header", table(MaxTableColumns, 0) + strings.Repeat("a\n", MaxTableCells/MaxTableColumns), "MARKDOWN_TABLES_TOO_LARGE"},
		{"a block of definitions at the limit", definitions(MaxDefinitionBlock - 1), ""},
		{"a block of definitions too long", definitions(MaxDefinitionBlock + 1), "MARKDOWN_DEFINITIONS_TOO_LONG"},
		{"definitions separated by blank lines", strings.Repeat("[a]: https://example.org\n\n", MaxDefinitions), ""},
		{"a definition more", strings.Repeat("[a]: https://example.org\n\n", MaxDefinitions+1), "MARKDOWN_TOO_MANY_DEFINITIONS"},
		{"links glued together", strings.Repeat("[a](", 50_000), "MARKDOWN_LINKS_UNSPACED"},
		{"images glued together", strings.Repeat("![a](", 40_000), "MARKDOWN_LINKS_UNSPACED"},
		{"unclosed titles", strings.Repeat("[a](b (\n", 20_000), "MARKDOWN_LINKS_UNSPACED"},
		{"links side by side", strings.Repeat("[a](https://example.org/page)", 200), ""},
		{"a reference used within the limit", refs(MaxLinkBytes/len(longURL) - 1), ""},
		{"a reference used too often", refs(MaxLinkBytes/len(longURL) + 1), "MARKDOWN_LINK_ADDRESS_TOO_LONG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Render(tc.src)
			verr := Validate(tc.src)
			if tc.code == "" {
				if err != nil || verr != nil {
					t.Fatalf("refused: %v / %v", err, verr)
				}
				return
			}
			le, ok := err.(*LimitError)
			if !ok || le.Code != tc.code || le.Max == 0 {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
			if v, ok := verr.(*LimitError); !ok || v.Code != tc.code {
				t.Fatalf("Validate: %v", verr)
			}
			if v := le.Violation("body"); v.Field != "body" || v.Code != tc.code || v.Data["Max"] != le.Max {
				t.Fatalf("violation %+v", v)
			}
		})
	}
}

func indentedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", 2*i) + "- niveau\n")
	}
	return b.String()
}

// guide is a real guide of the project, without its front matter.
func guide(t testing.TB) string {
	b, err := os.ReadFile("../content/spaces/certification/guides/required-documents.fr.md")
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitN(string(b), "---", 3)
	return parts[2]
}

// worst are the costliest documents found, each at the size limit: the review's, and what
// goldmark reads again and again (link openings, brackets, definitions, emphasis).
func worst() map[string]string {
	fill := func(unit string) string { return strings.Repeat(unit, MaxLength/len(unit)) }
	return map[string]string{
		"block quotes":          fill("> "),
		"nested at the limit":   fill(nested("> ", MaxDepth)),
		"lists at the limit":    fill(nested("1. ", MaxDepth))[:MaxListItems/MaxDepth*(3*MaxDepth+6)],
		"list items":            strings.Repeat("- a\n", MaxListItems),
		"wide table":            table(2000, 2) + fill("a\n")[:MaxLength/2],
		"tables at the limit":   table(MaxTableColumns, MaxTableCells/MaxTableColumns-2),
		"link openings":         fill("[a]("),
		"brackets at the limit": fill(strings.Repeat("[", MaxBracketDepth) + "a" + strings.Repeat("]", MaxBracketDepth)),
		"definitions":           fill("[a]: b\n"),
		"definition blocks":     strings.Repeat(definitions(MaxDefinitionBlock-1), MaxDefinitions/(MaxDefinitionBlock-1)),
		"repeated reference":    "[a]: https://example.org/" + strings.Repeat("a", MaxLength/2) + "\n\n" + fill("[a]")[:MaxLength/2-40],
		"emphasis":              fill("*a **a "),
		"unclosed titles":       fill("[a](b (\n"),
	}
}

func median(f func()) time.Duration {
	var ds []time.Duration
	for range 5 {
		start := time.Now()
		f()
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	return ds[2]
}

// The worst documents cost a small multiple of a normal document of the same size (the
// project's guide repeated up to the limit): refused ones less, accepted ones a few times
// more at most (goldmark's cost per byte differs with the markup). Before the limits, the
// block quotes took minutes and the wide table tens of seconds.
func TestWorstDocumentsCost(t *testing.T) {
	g := guide(t)
	normal := strings.Repeat(g+"\n\n", MaxLength/(len(g)+2))
	if _, _, err := Render(normal); err != nil {
		t.Fatal(err)
	}
	base := median(func() { Render(normal) })
	for name, src := range worst() {
		d := median(func() { Render(src) })
		t.Logf("%-22s %7d bytes: %v (%.2f× the same size of guide, %v)", name, len(src), d, float64(d)/float64(base), base)
		// Brackets and emphasis markers cost goldmark nodes and allocations for every character:
		// linear, but several times prose (8-15× on a loaded machine); a quadratic cost would
		// be hundreds of times.
		bound := 10 * base
		if name == "brackets at the limit" || name == "emphasis" {
			bound = 30 * base
		}
		if d > bound {
			t.Errorf("%s took %v, %.1f× a normal document of the same size (%v)", name, d, float64(d)/float64(base), base)
		}
	}
}

// BenchmarkWorstDocument reports each worst document's cost as a ratio to the render of one
// normal guide (worst/guide), and to the same size of guides (worst/same-size).
func BenchmarkWorstDocument(b *testing.B) {
	g := guide(b)
	normal := strings.Repeat(g+"\n\n", MaxLength/(len(g)+2))
	one := median(func() { Render(g) })
	same := median(func() { Render(normal) })
	for name, src := range worst() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				Render(src)
			}
			per := time.Since(start) / time.Duration(b.N)
			b.ReportMetric(float64(per)/float64(one), "worst/guide")
			b.ReportMetric(float64(per)/float64(same), "worst/same-size")
		})
	}
}

var (
	scriptTag = regexp.MustCompile(`(?i)<script`)
	handler   = regexp.MustCompile(`(?i)<[^>]*\son[a-z]+\s*=`)
)

// FuzzRender: the renderer never panics; what it accepts is sanitized, and its output stays
// proportionate to its input; what it refuses is a *LimitError.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"# Titre\n\nTexte *gras* [lien](https://example.org)", "> > > a", "| a | b |\n|---|---|\n| 1 |",
		"<script>alert(1)</script>", `<img src=x onerror="alert(1)">`, "[a]: /u\n\n[a][a]", "1. - > [x](y 'z')", "```\ncode\n```"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		h, plain, err := Render(src)
		if err != nil {
			if _, ok := err.(*LimitError); !ok {
				t.Fatalf("an error that is not a limit: %v", err)
			}
			return
		}
		if scriptTag.MatchString(h) || handler.MatchString(h) {
			t.Fatalf("unsanitized output %q from %q", h, src)
		}
		// Links and table padding aside, HTML grows by tags around the text: bounded.
		if len(h) > 40*len(src)+MaxLinkBytes*2+64 || len(plain) > len(h) {
			t.Fatalf("%d bytes of HTML from %d", len(h), len(src))
		}
	})
}
