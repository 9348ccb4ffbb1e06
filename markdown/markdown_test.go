package markdown

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name, src         string
		contains, absents []string
		plain             string
	}{
		{name: "heading and list", src: "## Étapes\n\n1. Ouvrir\n2. Fermer\n",
			contains: []string{`<h2 id=`, `<ol>`, `<li>Ouvrir</li>`}, plain: "Étapes Ouvrir Fermer"},
		{name: "script removed", src: "Bonjour <script>alert(1)</script>",
			contains: []string{"Bonjour"}, absents: []string{"<script", "alert(1)</script>"}},
		{name: "event handler removed", src: `<img src="x.png" onerror="alert(1)">`,
			absents: []string{"onerror"}},
		{name: "javascript link removed", src: `[clic](javascript:alert(1))`,
			absents: []string{"javascript:"}},
		{name: "table", src: "| a | b |\n|---|---|\n| 1 | 2 |\n", contains: []string{"<table>", "<td>1</td>"}},
		{name: "inline markup leaves no space", src: "Le **nom** : voir [ici](https://example.org).\n\n- un\n- deux", plain: "Le nom : voir ici. un deux"},
		{name: "entities in plain text", src: "Le symbole &amp; et `<code>`", plain: "Le symbole & et <code>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, plain, err := Render(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tt.contains {
				if !strings.Contains(h, c) {
					t.Errorf("html %q lacks %q", h, c)
				}
			}
			for _, a := range tt.absents {
				if strings.Contains(h, a) {
					t.Errorf("html %q keeps %q", h, a)
				}
			}
			if tt.plain != "" && plain != tt.plain {
				t.Errorf("plain = %q, want %q", plain, tt.plain)
			}
		})
	}
}
