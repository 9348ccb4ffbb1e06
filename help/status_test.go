package help

import (
	"strings"

	"guichet/apperr"
	"guichet/locales"
	"testing"
	"time"
)

func TestDraftAndTranslationStatus(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	for _, tt := range []struct {
		published, changed bool
		want               string
	}{
		{false, false, "DRAFT"}, {false, true, "DRAFT"}, {true, false, "PUBLISHED"}, {true, true, "CHANGED"},
	} {
		if got := DraftStatus(tt.published, tt.changed); got != tt.want {
			t.Errorf("DraftStatus(%v, %v) = %s, want %s", tt.published, tt.changed, got, tt.want)
		}
	}
	for _, tt := range []struct {
		name        string
		revision    int
		at, otherAt *time.Time
		want        string
	}{
		{"never published", 0, nil, &t0, "MISSING"},
		{"published, other never", 1, &t0, nil, "UP_TO_DATE"},
		{"published after the other", 2, &t1, &t0, "UP_TO_DATE"},
		{"published at the same time", 1, &t0, &t0, "UP_TO_DATE"},
		{"the other published since", 1, &t0, &t1, "OUTDATED"},
	} {
		if got := PublishedStatus(tt.revision, tt.at, tt.otherAt); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestCheckTranslations(t *testing.T) {
	type tr struct{ l locales.Locale }
	localeOf := func(x tr) locales.Locale { return x.l }
	none := func(tr, string) []apperr.Violation { return nil }
	for _, tt := range []struct {
		name string
		in   []tr
		want []string
	}{
		{"none", nil, []string{"translations"}},
		{"one", []tr{{locales.FR}}, nil},
		{"both", []tr{{locales.FR}, {locales.EN}}, nil},
		{"twice", []tr{{locales.FR}, {locales.FR}}, []string{"translations.1.locale"}},
		{"unknown", []tr{{"DE"}}, []string{"translations.0.locale"}},
	} {
		var got []string
		for _, v := range checkTranslations(tt.in, localeOf, none) {
			got = append(got, v.Field)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
