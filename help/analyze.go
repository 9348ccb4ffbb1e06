package help

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"guichet/locales"
)

// Text analysis shared by indexing and querying, so that both sides agree: words are
// lower-cased, accents folded, French elisions dropped (l', d', qu'…) and each word reduced
// to its stem (Snowball), so "l'accès" finds "acces" and "comptes" finds "compte".

var fold = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// foldAccents removes diacritics: "Accès" → "Acces".
func foldAccents(s string) string {
	out, _, err := transform.String(fold, s)
	if err != nil {
		return s
	}
	return out
}

// words splits text into words, dropping a French elided article or pronoun before an
// apostrophe ("l'accès" → "accès", "qu’il" → "il").
func words(text string) []string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := fields[:0]
	for _, f := range fields {
		f = strings.Trim(f, "'’")
		if i := strings.LastIndexAny(f, "'’"); i >= 0 {
			f = f[i+len(string([]rune(f[i:])[0])):]
		}
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// stem reduces one word to its search form in locale l.
func stem(word string, l locales.Locale) string {
	// Accents are folded before stemming, so that a query typed without them ("acces")
	// reduces to the same stem as the accented text ("accès").
	w := foldAccents(strings.ToLower(word))
	if l == locales.EN {
		return english.Stem(w, false)
	}
	return french.Stem(w, false)
}

// analyze is the indexed form of text: its stems, separated by spaces.
func analyze(text string, l locales.Locale) string {
	ws := words(text)
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stem(w, l))
	}
	return b.String()
}
