package password

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// minPersonalPart is the shortest name or e-mail part a password may not contain: shorter
// ones ("Li", "Jo") occur by chance in too many good passwords.
const minPersonalPart = 3

// containsPersonal reports whether pw contains, accents and case aside, the person's e-mail
// local part, first name or last name, or one of their words ("jean-marie.dupont" also gives
// "jean", "marie", "dupont" and "jeanmariedupont"), each at least 3 characters long.
func containsPersonal(pw string, who Person) bool {
	folded := fold(pw)
	for _, part := range personalParts(who) {
		if strings.Contains(folded, part) {
			return true
		}
	}
	return false
}

func personalParts(who Person) []string {
	local := who.Email
	if at := strings.LastIndexByte(local, '@'); at >= 0 {
		local = local[:at]
	}
	var parts []string
	add := func(s string) {
		if utf8.RuneCountInString(s) >= minPersonalPart {
			parts = append(parts, s)
		}
	}
	for _, field := range []string{local, who.FirstName, who.LastName} {
		f := strings.TrimSpace(fold(field))
		add(f)
		words := strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) > 1 {
			add(strings.Join(words, ""))
			for _, w := range words {
				add(w)
			}
		}
	}
	return parts
}

// ligatures are written out, as people type them on a keyboard without them.
var ligatures = strings.NewReplacer("œ", "oe", "æ", "ae", "ß", "ss")

// fold lower-cases s and removes its accents: "Éloïse" and "eloise" fold alike.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return ligatures.Replace(strings.ToLower(out))
}
