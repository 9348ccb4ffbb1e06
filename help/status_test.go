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

// What needs translating into FR, for each shape a page's two translations can take.
func TestUntranslated(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	fr := func(pub bool, rev int, at *time.Time) published {
		return published{locales.FR, pub, rev, at, "Titre"}
	}
	en := func(pub bool, rev int, at *time.Time) published {
		return published{locales.EN, pub, rev, at, "Title"}
	}
	for _, tt := range []struct {
		name string
		ts   []published
		want string // "" when nothing to translate
	}{
		{"only French, published", []published{fr(true, 1, &t0)}, ""},
		{"only English, published", []published{en(true, 1, &t0)}, "MISSING"},
		{"only English, a draft", []published{en(false, 0, nil)}, ""},
		{"English unpublished since", []published{fr(false, 0, nil), en(false, 2, &t1)}, ""},
		{"French draft never published", []published{fr(false, 0, nil), en(true, 1, &t0)}, "MISSING"},
		{"French older than English", []published{fr(true, 1, &t0), en(true, 2, &t1)}, "OUTDATED"},
		{"French newer than English", []published{fr(true, 2, &t1), en(true, 1, &t0)}, ""},
		{"published at the same time", []published{fr(true, 1, &t0), en(true, 1, &t0)}, ""},
		{"French unpublished, older", []published{fr(false, 1, &t0), en(true, 1, &t1)}, "OUTDATED"},
		{"nothing", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u := untranslated("GUIDE", 7, locales.FR, tt.ts)
			switch {
			case tt.want == "" && u != nil:
				t.Fatalf("got %+v, want nothing", *u)
			case tt.want != "" && u == nil:
				t.Fatalf("got nothing, want %s", tt.want)
			case u != nil && (u.Status != tt.want || u.SourceLocale != locales.EN || u.SourceTitle != "Title" || u.ID != 7):
				t.Fatalf("got %+v, want %s from English", *u, tt.want)
			}
		})
	}
}
