// Package slug makes the readable, stable addresses of guides and categories from their
// titles, in French and English: "L’accès à l’espace" becomes "acces-a-espace".
package slug

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// MaxLen is the longest slug Make returns: long enough for a title, short enough for a URL
// someone reads aloud or pastes into an e-mail.
const MaxLen = 80

var (
	valid = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

	// French elisions are dropped with their apostrophe, so that "l’espace" reads "espace"
	// and not "l-espace". Only a whole word is elided: "aujourd'hui" is no elision.
	elision = regexp.MustCompile(`(^|[^a-z0-9])(?:jusqu|lorsqu|puisqu|qu|l|d|j|n|s|c|m|t)'`)

	// Letters that do not decompose into a base letter and an accent.
	ligatures = strings.NewReplacer("œ", "oe", "æ", "ae", "ß", "ss", "ø", "o", "ł", "l", "đ", "d", "þ", "th", "ð", "d")

	apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'")

	nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)
)

// Make returns the slug of title: lowercase ASCII words joined by single hyphens, accents
// folded, French elisions dropped, at most MaxLen characters cut between two words. It returns
// "" when the title has no letter or digit.
func Make(title string) string {
	s := apostrophes.Replace(strings.ToLower(title))
	s = ligatures.Replace(s)
	s = foldAccents(s)
	s = elision.ReplaceAllString(s, "$1")
	// An apostrophe left inside a word joins it ("entity's" → "entitys", "don't" → "dont"),
	// which is how people type these words in an address.
	s = strings.ReplaceAll(s, "'", "")
	s = strings.Trim(nonAlnum.ReplaceAllString(s, "-"), "-")
	return shorten(s)
}

// Valid reports whether s is a slug: lowercase ASCII letters and digits in words joined by
// single hyphens.
func Valid(s string) bool { return valid.MatchString(s) }

func foldAccents(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// shorten cuts s to MaxLen at the last hyphen that fits, so no word is cut in half unless a
// single word is longer than MaxLen.
func shorten(s string) string {
	if len(s) <= MaxLen {
		return s
	}
	if i := strings.LastIndexByte(s[:MaxLen+1], '-'); i > 0 {
		return s[:i]
	}
	return strings.TrimRight(s[:MaxLen], "-")
}
