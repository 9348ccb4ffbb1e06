package help

import (
	"testing"

	"guichet/locales"
)

func TestAnalyzeMatchesAcrossAccentsElisionsAndPlurals(t *testing.T) {
	tests := []struct {
		l          locales.Locale
		doc, query string
	}{
		{locales.FR, "l'accès à la plateforme", "acces"},
		{locales.FR, "l’accès", "accès"},
		{locales.FR, "Créer un compte", "comptes"},
		{locales.FR, "les comptes des déposants", "compte"},
		{locales.FR, "Délégation de mandat", "delegation"},
		{locales.FR, "qu’il valide", "valide"},
		{locales.EN, "Creating accounts", "account"},
		{locales.EN, "password resets", "reset"},
	}
	for _, tt := range tests {
		t.Run(tt.doc+"/"+tt.query, func(t *testing.T) {
			doc := " " + analyze(tt.doc, tt.l) + " "
			q := analyze(tt.query, tt.l)
			if q == "" || !contains(doc, " "+q+" ") {
				t.Fatalf("analyze(%q) = %q does not contain analyze(%q) = %q", tt.doc, doc, tt.query, q)
			}
		})
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestWords(t *testing.T) {
	got := words("L'accès, d’une part; jusqu'ici: 12 étapes!")
	want := []string{"accès", "une", "part", "ici", "12", "étapes"}
	if len(got) != len(want) {
		t.Fatalf("words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("words = %q, want %q", got, want)
		}
	}
}
