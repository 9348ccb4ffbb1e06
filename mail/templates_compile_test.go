package mail

import (
	"testing"

	"guichet/locales"
)

// The templates are parsed at the first message rather than at start, so a template that does
// not parse must fail here rather than at a user's first e-mail.
func TestEveryTemplateCompiles(t *testing.T) {
	got := compiledTemplates()
	for name := range specs {
		for _, l := range locales.All {
			if c, ok := got[templateKey(name, l)]; !ok || c.text == nil || c.html == nil {
				t.Errorf("%s in %s: not compiled", name, l.Tag())
			}
		}
	}
}
