package locales

import "testing"

func TestFromAcceptLanguage(t *testing.T) {
	tests := []struct {
		header string
		want   Locale
		ok     bool
	}{
		{"", "", false},
		{"fr", FR, true},
		{"fr-CA", FR, true},
		{"en-GB,en;q=0.9", EN, true},
		{"de-DE, en;q=0.5, fr;q=0.8", FR, true},
		{"fr;q=0.1, en;q=0.2", EN, true},
		{"en;q=0, fr-BE;q=0.3", FR, true},
		{"de, es", "", false},
		{"*", "", false},
		{"EN_us", EN, true},
		{"fr;q=abc, en;q=0.4", EN, true},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			got, ok := FromAcceptLanguage(tt.header)
			if got != tt.want || ok != tt.ok {
				t.Fatalf("FromAcceptLanguage(%q) = %q, %v; want %q, %v", tt.header, got, ok, tt.want, tt.ok)
			}
		})
	}
}
