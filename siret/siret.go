// Package siret checks SIRET numbers, the identifiers INSEE gives each establishment of a
// French organisation: the 9 digits of the organisation's SIREN, then the 5 of the
// establishment's NIC, the last of them a Luhn check digit over all 14.
//
// La Poste is the exception INSEE publishes: it has more establishments than five digits
// under Luhn can number, so the SIRETs of SIREN 356000000 are valid when the sum of their
// digits is a multiple of 5 (its head office, 356 000 000 00048, is an ordinary Luhn number
// and passes either way).
package siret

import (
	"strings"
	"unicode"
)

// Reasons a number is not a SIRET, as the contract names them.
const (
	NotFourteenDigits = "NOT_14_DIGITS"
	Checksum          = "CHECKSUM"
)

// LaPosteSIREN is the SIREN whose establishments follow the digit-sum rule.
const LaPosteSIREN = "356000000"

// Result is what Check says of a number.
type Result struct {
	Valid bool
	// Normalized is the input without its spaces (any Unicode space: people paste numbers
	// formatted with non-breaking spaces).
	Normalized string
	// SIREN and NIC are the two parts of a 14-digit number, nil otherwise.
	SIREN, NIC *string
	// Reason is why the number is not valid: NotFourteenDigits or Checksum; nil when valid.
	Reason *string
}

// Normalize removes every space from s.
func Normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Check says whether s, once its spaces are removed, is a valid SIRET.
func Check(s string) Result {
	n := Normalize(s)
	out := Result{Normalized: n}
	if !fourteenDigits(n) {
		out.Reason = ptr(NotFourteenDigits)
		return out
	}
	siren, nic := n[:9], n[9:]
	out.SIREN, out.NIC = &siren, &nic
	if !luhn(n) && !(siren == LaPosteSIREN && digitSum(n)%5 == 0) {
		out.Reason = ptr(Checksum)
		return out
	}
	out.Valid = true
	return out
}

// Valid reports whether s, once its spaces are removed, is a valid SIRET.
func Valid(s string) bool { return Check(s).Valid }

// Format writes a 14-digit number as people read it: "356 000 000 00048".
func Format(n string) string {
	if !fourteenDigits(n) {
		return n
	}
	return n[:3] + " " + n[3:6] + " " + n[6:9] + " " + n[9:]
}

func fourteenDigits(s string) bool {
	if len(s) != 14 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// luhn: from the right, every second digit is doubled (minus 9 when over 9); the total is
// a multiple of 10.
func luhn(digits string) bool {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

func digitSum(digits string) int {
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	return sum
}

func ptr(s string) *string { return &s }
