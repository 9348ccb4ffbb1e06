package locales

import (
	"fmt"
	"time"
)

// Localizable is a message's argument written differently in each language: an enum's
// label, a day. Message writes it for the reader, so the code that builds an error need not
// know the reader's language.
type Localizable interface {
	Localize(l Locale) string
}

// Label is the message ID of an enum value's label (BELT_BLUE → « bleue », "blue").
type Label string

func (id Label) Localize(l Locale) string { return Message(l, string(id), nil) }

// Day is a calendar day, written as the language writes it: « 6 septembre 2026 »,
// « 1er mai 2026 », "September 6, 2026".
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

func (d Day) Localize(l Locale) string {
	if l == FR {
		day := fmt.Sprint(d.Day)
		if d.Day == 1 {
			day = "1er"
		}
		return fmt.Sprintf("%s %s %d", day, frMonths[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// localizeData returns data with its Localizable values written in l (data itself when
// it has none).
func localizeData(l Locale, data map[string]any) map[string]any {
	var out map[string]any
	for k, v := range data {
		if lv, ok := v.(Localizable); ok {
			if out == nil {
				out = make(map[string]any, len(data))
				for k2, v2 := range data {
					out[k2] = v2
				}
			}
			out[k] = lv.Localize(l)
		}
	}
	if out == nil {
		return data
	}
	return out
}
