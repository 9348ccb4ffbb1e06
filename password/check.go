package password

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"guichet/locales"
)

// Violation codes, in the order Check reports them. Each is also the locale message ID of the
// sentence shown to the person, filled with the violation's Data.
const (
	TooShort           = "PASSWORD_TOO_SHORT"             // Data: Min
	TooLong            = "PASSWORD_TOO_LONG"              // Data: Max
	NeedsUppercase     = "PASSWORD_NEEDS_UPPERCASE"       //
	NeedsLowercase     = "PASSWORD_NEEDS_LOWERCASE"       //
	NeedsDigit         = "PASSWORD_NEEDS_DIGIT"           //
	NeedsSymbol        = "PASSWORD_NEEDS_SYMBOL"          // Data: Symbols ("" means any non-letter, non-digit)
	NeedsDigitOrSymbol = "PASSWORD_NEEDS_DIGIT_OR_SYMBOL" // Data: Symbols, as for NeedsSymbol
	TooCommon          = "PASSWORD_TOO_COMMON"            //
	ContainsPersonal   = "PASSWORD_CONTAINS_PERSONAL"     //
)

// Person is what Check knows of the account holder, to refuse a password made of it.
type Person struct{ Email, FirstName, LastName string }

// Violation is one broken rule of a Policy. Code is one of the constants above.
type Violation struct {
	Code string
	Data map[string]any
}

// Message is the violation's sentence in locale l.
func (v Violation) Message(l locales.Locale) string { return locales.Message(l, v.Code, v.Data) }

// Normalize is the form in which a password is checked and hashed: Unicode NFC, so the same
// password typed on two keyboards ("é" precomposed or as "e" + accent) is the same password.
func Normalize(pw string) string { return norm.NFC.String(pw) }

// Check returns every rule of p that pw breaks, one violation per rule, in the order of the
// constants above; none when pw is acceptable. The password is never truncated.
func (p Policy) Check(pw string, who Person) []Violation {
	pw = Normalize(pw)
	var vs []Violation
	add := func(code string, data map[string]any) { vs = append(vs, Violation{Code: code, Data: data}) }

	n := utf8.RuneCountInString(pw)
	if p.MinLength > 0 && n < p.MinLength {
		add(TooShort, map[string]any{"Min": p.MinLength})
	}
	if p.MaxLength > 0 && n > p.MaxLength {
		add(TooLong, map[string]any{"Max": p.MaxLength})
	}

	var upper, lower, digit, symbol bool
	for _, r := range pw {
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
		digit = digit || unicode.IsDigit(r)
		symbol = symbol || p.isSymbol(r)
	}
	if p.RequireUppercase && !upper {
		add(NeedsUppercase, nil)
	}
	if p.RequireLowercase && !lower {
		add(NeedsLowercase, nil)
	}
	if p.RequireDigit && !digit {
		add(NeedsDigit, nil)
	}
	if p.RequireSymbol && !symbol {
		add(NeedsSymbol, map[string]any{"Symbols": p.Symbols})
	}
	if p.RequireDigitOrSymbol && !digit && !symbol {
		add(NeedsDigitOrSymbol, map[string]any{"Symbols": p.Symbols})
	}
	if p.RejectCommon && IsCommon(pw) {
		add(TooCommon, nil)
	}
	if p.RejectPersonal && containsPersonal(pw, who) {
		add(ContainsPersonal, nil)
	}
	return vs
}

// isSymbol: one of the space's symbols when it lists some, otherwise any character that is
// neither a letter nor a digit (punctuation, space, emoji…).
func (p Policy) isSymbol(r rune) bool {
	if p.Symbols != "" {
		return strings.ContainsRune(p.Symbols, r)
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
