package registry_test

import (
	"testing"
)

// Postal codes are checked against the form of the address's country (France when none is
// given): a table of the countries the form offers, by name (French or English, any case,
// accents or not) or ISO code; any other country a lenient rule. The violation names
// address.postalCode.
func TestPostalCodes(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		country, code string
		ok            bool
	}{
		{"", "69003", true},
		{"France", "69003", true},
		{"FR", "97110", true}, // Guadeloupe
		{"france", " 75 007 ", false},
		{"France", "6900", false},
		{"", "690034", false},
		{"France", "69OO3", false},
		{"Monaco", "98000", true},
		{"Monaco", "69003", false},
		{"Belgique", "1000", true},
		{"Belgium", "10000", false},
		{"Suisse", "1201", true},
		{"CH", "CH-1201", false},
		{"Luxembourg", "L-1528", true},
		{"luxembourg", "1528", true},
		{"Luxembourg", "15280", false},
		{"Allemagne", "10115", true},
		{"Germany", "1011", false},
		{"Pays-Bas", "1012 AB", true},
		{"pays-bas", "1012ab", true},
		{"Netherlands", "0123 AB", false},
		{"Portugal", "1000-001", true},
		{"Portugal", "1000", false},
		{"Espagne", "28001", true},
		{"Italie", "00184", true},
		{"Royaume-Uni", "SW1A 1AA", true}, // not in the table: the lenient rule
		{"Canada", "H2X 1Y4", true},
		{"Canada", "ABC", false},            // no digit
		{"Canada", "1", false},              // too short
		{"Canada", "12345678901234", false}, // too long
		{"Canada", "H2X_1Y4", false},
	} {
		t.Run(tt.country+"/"+tt.code, func(t *testing.T) {
			_, err := w.register(w.registration("", func(in *registryInput) {
				withoutSiret(in)
				in.Address.Country, in.Address.PostalCode = ptr(tt.country), ptr(tt.code)
			}))
			want := "ok"
			if !tt.ok {
				want = "BAD_USER_INPUT address.postalCode:POSTAL_CODE_INVALID"
			}
			if got := outcome(err); got != want {
				t.Fatalf("registering: %s, want %s", got, want)
			}
		})
	}
}
