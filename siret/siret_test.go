package siret

import (
	"strings"
	"testing"
	"unicode"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name, in   string
		valid      bool
		reason     string // "" when valid
		normalized string
	}{
		{"a company", "73282932000074", true, "", "73282932000074"},
		{"another company", "44306184100047", true, "", "44306184100047"},
		{"an establishment of a large company", "55208131766522", true, "", "55208131766522"},
		{"as printed on a Kbis", "732 829 320 00074", true, "", "73282932000074"},
		{"with non-breaking and narrow spaces", "732\u00a0829\u00a0320\u202f00074", true, "", "73282932000074"},
		{"spaces around", "  44306184100047\t", true, "", "44306184100047"},
		{"La Poste's head office (Luhn)", "35600000000048", true, "", "35600000000048"},
		{"a La Poste establishment (digit sum 45)", "356 000 000 49837", true, "", "35600000049837"},
		{"a La Poste establishment (digit sum 15)", "35600000000001", true, "", "35600000000001"},
		{"La Poste, neither rule", "35600000049838", false, Checksum, "35600000049838"},
		{"the digit-sum rule is La Poste's only", "35700000000001", false, Checksum, "35700000000001"},
		{"one digit wrong", "73282932000075", false, Checksum, "73282932000075"},
		{"two digits swapped", "73282932000047", false, Checksum, "73282932000047"},
		{"made up", "12345678912345", false, Checksum, "12345678912345"},
		{"13 digits", "7328293200007", false, NotFourteenDigits, "7328293200007"},
		{"15 digits", "732829320000740", false, NotFourteenDigits, "732829320000740"},
		{"a SIREN alone", "732 829 320", false, NotFourteenDigits, "732829320"},
		{"a letter", "7328293200007A", false, NotFourteenDigits, "7328293200007A"},
		{"dashes are not spaces", "732-829-320-00074", false, NotFourteenDigits, "732-829-320-00074"},
		{"dots are not spaces", "732.829.320.00074", false, NotFourteenDigits, "732.829.320.00074"},
		{"full-width digits", "７３２８２９３２０００７４", false, NotFourteenDigits, "７３２８２９３２０００７４"},
		{"Arabic-Indic digits", "٧٣٢٨٢٩٣٢٠٠٠٠٧٤", false, NotFourteenDigits, "٧٣٢٨٢٩٣٢٠٠٠٠٧٤"},
		{"empty", "", false, NotFourteenDigits, ""},
		{"only spaces", "   ", false, NotFourteenDigits, ""},
		{"zeros pass Luhn", "00000000000000", true, "", "00000000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(tt.in)
			if r.Valid != tt.valid || deref(r.Reason) != tt.reason || r.Normalized != tt.normalized {
				t.Fatalf("Check(%q) = valid %v, reason %q, normalized %q; want %v, %q, %q",
					tt.in, r.Valid, deref(r.Reason), r.Normalized, tt.valid, tt.reason, tt.normalized)
			}
			if fourteenDigits(tt.normalized) {
				if deref(r.SIREN) != tt.normalized[:9] || deref(r.NIC) != tt.normalized[9:] {
					t.Fatalf("SIREN %q NIC %q of %q", deref(r.SIREN), deref(r.NIC), tt.normalized)
				}
			} else if r.SIREN != nil || r.NIC != nil {
				t.Fatalf("SIREN and NIC of something that is not 14 digits: %q", tt.in)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	if got := Format("35600000000048"); got != "356 000 000 00048" {
		t.Fatalf("Format: %q", got)
	}
	if got := Format("123"); got != "123" {
		t.Fatalf("Format of a short number: %q", got)
	}
}

// reference is the rule written another way, for the fuzz test to compare with: the Luhn sum
// computed from the left over a doubled-digits table.
func reference(s string) (valid bool, reason string) {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	n := b.String()
	if len(n) != 14 || strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false, NotFourteenDigits
	}
	doubled := [10]int{0, 2, 4, 6, 8, 1, 3, 5, 7, 9}
	luhnSum, plainSum := 0, 0
	for i, r := range n {
		d := int(r - '0')
		plainSum += d
		if i%2 == 0 { // 14 digits: the leftmost is the 14th from the right, doubled
			luhnSum += doubled[d]
		} else {
			luhnSum += d
		}
	}
	if luhnSum%10 == 0 || strings.HasPrefix(n, "356000000") && plainSum%5 == 0 {
		return true, ""
	}
	return false, Checksum
}

func FuzzSiret(f *testing.F) {
	for _, s := range []string{"73282932000074", "732 829 320 00074", "35600000049837", "35600000000048",
		"12345678912345", "7328293200007A", "", " ", "732\u00a0829\u00a0320\u202f00074", "٧٣٢٨٢٩٣٢٠٠٠٠٧٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Check(s)
		wantValid, wantReason := reference(s)
		if r.Valid != wantValid || deref(r.Reason) != wantReason {
			t.Fatalf("Check(%q) = %v %q, the reference says %v %q", s, r.Valid, deref(r.Reason), wantValid, wantReason)
		}
		if r.Valid == (r.Reason != nil) {
			t.Fatalf("Check(%q): valid %v with reason %q", s, r.Valid, deref(r.Reason))
		}
		if strings.IndexFunc(r.Normalized, unicode.IsSpace) >= 0 {
			t.Fatalf("Check(%q): normalized %q keeps a space", s, r.Normalized)
		}
		// Normalizing is idempotent, and spaces anywhere change nothing.
		again := Check(r.Normalized)
		spaced := Check(" " + strings.Join(strings.Split(r.Normalized, ""), "\u00a0") + " ")
		for _, o := range []Result{again, spaced} {
			if o.Valid != r.Valid || deref(o.Reason) != deref(r.Reason) || o.Normalized != r.Normalized {
				t.Fatalf("Check(%q) and Check of its respaced form differ", s)
			}
		}
		if r.SIREN != nil && *r.SIREN+*r.NIC != r.Normalized {
			t.Fatalf("Check(%q): SIREN %q + NIC %q != %q", s, *r.SIREN, *r.NIC, r.Normalized)
		}
		// Luhn catches every single-digit error: a valid number outside La Poste with one
		// digit changed is refused.
		if r.Valid && *r.SIREN != LaPosteSIREN {
			for i := range len(r.Normalized) {
				b := []byte(r.Normalized)
				b[i] = '0' + (b[i]-'0'+1)%10
				if Valid(string(b)) && string(b)[:9] != LaPosteSIREN {
					t.Fatalf("%s is valid and so is %s, one digit apart", r.Normalized, b)
				}
			}
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
