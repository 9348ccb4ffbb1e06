package locales

import "strings"

// Labels is a list of enum labels, written in the reader's language and joined by commas:
// the values a person may choose from.
type Labels []Label

func (ls Labels) Localize(l Locale) string {
	out := make([]string, len(ls))
	for i, id := range ls {
		out[i] = id.Localize(l)
	}
	return strings.Join(out, ", ")
}
