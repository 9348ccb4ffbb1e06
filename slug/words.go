package slug

import "strings"

// Words are the lowercase ASCII words of s, accents folded, split at anything that is not a
// letter or digit: what a name is matched by whatever way it was typed ("Hélène Lefèvre-Duval"
// is "helene", "lefevre", "duval"). Unlike Make, nothing is elided or cut.
func Words(s string) []string {
	s = foldAccents(ligatures.Replace(strings.ToLower(s)))
	return strings.Fields(nonAlnum.ReplaceAllString(s, " "))
}

// Key is Words joined and led by a space, so that `LIKE '% w%'` finds the words that start
// with w.
func Key(s string) string {
	ws := Words(s)
	if len(ws) == 0 {
		return ""
	}
	return " " + strings.Join(ws, " ")
}
