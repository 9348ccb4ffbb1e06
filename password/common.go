package password

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// common.txt is zxcvbn's list of the most used passwords (MIT; its header says where it comes
// from); common-fr.txt adds French ones it misses. Both are lower-case, one password a line.
//
//go:embed common*.txt
var commonFiles embed.FS

// commonSet is read once, on the first check that needs it.
var commonSet = sync.OnceValue(func() map[string]struct{} {
	set := map[string]struct{}{}
	files, err := commonFiles.ReadDir(".")
	if err != nil {
		panic("password: " + err.Error()) // embedded: a failure is a build defect
	}
	for _, f := range files {
		b, err := commonFiles.ReadFile(f.Name())
		if err != nil {
			panic("password: " + err.Error())
		}
		for line := range strings.Lines(string(b)) {
			line = strings.TrimRight(line, "\r\n")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			set[strings.ToLower(line)] = struct{}{}
		}
	}
	return set
})

// minCommonBase is the shortest core IsCommon looks up once digits and symbols are trimmed:
// shorter ones ("bob", "max") would refuse too many passwords that are long enough anyway.
const minCommonBase = 4

// IsCommon reports whether pw, compared without regard to case, is
//   - on the common-password list, or trivial: one short block repeated ("aaaaaa",
//     "abcabcabc", "doudou") or a run of consecutive characters ("abcdefgh", "123456789012");
//   - or would be, once the digits and symbols at its ends are trimmed, when at least 4
//     characters remain: "Password123!", "Soleil2024!" and "!1Azerty" are refused as
//     "password", "soleil" and "azerty". These are exactly the passwords that composition
//     rules push people towards, and the first ones an attacker tries.
func IsCommon(pw string) bool {
	lc := strings.ToLower(Normalize(pw))
	if lc == "" {
		return false
	}
	if isListed(lc) || isTrivial(lc) {
		return true
	}
	base := strings.TrimFunc(lc, func(r rune) bool { return !unicode.IsLetter(r) })
	return base != lc && utf8.RuneCountInString(base) >= minCommonBase && (isListed(base) || isTrivial(base))
}

func isListed(lc string) bool {
	_, ok := commonSet()[lc]
	return ok
}

// isTrivial covers what the list leaves out on purpose: zxcvbn drops the passwords its
// repeat and sequence patterns already catch, and Guichet has no such patterns otherwise.
func isTrivial(s string) bool {
	rs := []rune(s)
	if len(rs) < 3 {
		return false
	}
	for period := 1; period <= 4 && 2*period <= len(rs); period++ {
		if isPeriodic(rs, period) {
			return true
		}
	}
	return isSequence(rs, +1) || isSequence(rs, -1)
}

func isPeriodic(rs []rune, period int) bool {
	for i := period; i < len(rs); i++ {
		if rs[i] != rs[i-period] {
			return false
		}
	}
	return true
}

// isSequence: each character follows the previous one by step, digits wrapping round
// (…8, 9, 0, 1…) as they do on a keyboard.
func isSequence(rs []rune, step rune) bool {
	for i := 1; i < len(rs); i++ {
		want := rs[i-1] + step
		switch {
		case step > 0 && rs[i-1] == '9':
			want = '0'
		case step < 0 && rs[i-1] == '0':
			want = '9'
		}
		if rs[i] != want {
			return false
		}
	}
	return true
}
