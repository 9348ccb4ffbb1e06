package help

import (
	"strings"
	"testing"

	"guichet/apperr"
	"guichet/markdown"
)

// Every Markdown field of a draft is held to the renderer's limits when it is saved, on its own
// field name; a field already too long says only that.
func TestDraftMarkdownLimits(t *testing.T) {
	deep := strings.Repeat("> ", markdown.MaxDepth+1) + "x"
	ok := strings.Repeat("> ", markdown.MaxDepth) + "x"
	for _, tc := range []struct {
		name  string
		check func(src string) []apperr.Violation
		field string
	}{
		{"guide body", func(s string) []apperr.Violation {
			return Guides.Text.check(Text{Title: "T", Body: s}, "translations.0.")
		}, "translations.0.body"},
		{"FAQ answer", func(s string) []apperr.Violation { return Faqs.Text.check(Text{Title: "Q", Body: s}, "") }, "answer"},
		{"resource description", func(s string) []apperr.Violation {
			return Resources.Text.check(Text{Title: "T", Body: s}, "")
		}, "description"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if vs := tc.check(ok); len(vs) != 0 {
				t.Fatalf("at the limit: %v", vs)
			}
			vs := tc.check(deep)
			if len(vs) != 1 || vs[0].Field != tc.field || vs[0].Code != "MARKDOWN_TOO_DEEP" || vs[0].Data["Max"] != markdown.MaxDepth {
				t.Fatalf("one level deeper: %+v", vs)
			}
			long := strings.Repeat("> ", markdown.MaxLength)
			if vs := tc.check(long); len(vs) != 1 || vs[0].Code != "TOO_LONG" {
				t.Fatalf("too long and too deep: %+v", vs)
			}
		})
	}
}
