package locales

import (
	"testing"
	"time"
)

// An argument that is an enum's label or a day is written in the reader's language.
func TestLocalizableArguments(t *testing.T) {
	for _, c := range []struct {
		id     string
		data   map[string]any
		fr, en string
	}{
		{"BELT_TOO_LOW", map[string]any{"Belt": Label("BELT_BLUE")},
			"Seuls les animateurs de ceinture bleue ou supérieure peuvent coopter pour elle.",
			"Only facilitators with the blue belt or a higher one may co-opt for it."},
		{"MANDATE_TOO_OLD", map[string]any{"Months": 3, "Oldest": Day{2026, time.September, 6}},
			"La délégation de mandat doit dater de moins de 3 mois (signée le 6 septembre 2026 ou après).",
			"The mandate delegation must be less than 3 months old (signed on September 6, 2026 or later)."},
		{"MANDATE_TOO_OLD", map[string]any{"Months": 3, "Oldest": Day{2026, time.May, 1}},
			"La délégation de mandat doit dater de moins de 3 mois (signée le 1er mai 2026 ou après).",
			"The mandate delegation must be less than 3 months old (signed on May 1, 2026 or later)."},
	} {
		if got := Message(FR, c.id, c.data); got != c.fr {
			t.Errorf("FR %s: %q", c.id, got)
		}
		if got := Message(EN, c.id, c.data); got != c.en {
			t.Errorf("EN %s: %q", c.id, got)
		}
	}
}
