package help

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"guichet/locales"
)

// Text analysis shared by indexing, querying and snippets, so that the three agree: words
// are lower-cased, accents folded, French elisions dropped (l', d', qu'…), English
// possessives dropped ('s), very common words left out, and each word reduced to its stem
// (Snowball), so "l'accès" finds "acces" and "comptes" finds "compte".

// folds are the transformers that remove diacritics. A transform.Chain keeps state between
// calls, so each is used by one goroutine at a time: one chain shared by concurrent searches
// mixed their words up, or panicked.
var folds = sync.Pool{New: func() any { return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC) }}

// foldAccents removes diacritics: "Accès" → "Acces".
func foldAccents(s string) string {
	if asciiOnly(s) {
		return s
	}
	fold := folds.Get().(transform.Transformer)
	defer folds.Put(fold)
	out, _, err := transform.String(fold, s)
	if err != nil {
		return s
	}
	return out
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isWordRune: combining marks belong to their word, so text written decomposed (NFD) is
// not cut at each accent.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most of a text: decided without the Unicode tables
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || isApostrophe(r)
}

// elided are the French words that lose their vowel before another word: "l'accès",
// "qu'il", "jusqu'ici". The word after the apostrophe is what is searched.
var elided = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true, "quelqu": true,
}

// stopWords are left out of the index and of queries: they are in nearly every text, so
// requiring them (as prefixes, at that: "de" would match "délégation") only adds noise.
// Kept short on purpose; compared after lower-casing and folding accents ("à" is "a").
var stopWords = map[locales.Locale]map[string]bool{
	locales.FR: wordSet("le", "la", "les", "de", "des", "du", "un", "une", "et", "a", "au", "aux", "en", "ou"),
	locales.EN: wordSet("the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "at", "by", "is", "are"),
}

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// span is one word of a text: bytes [start,end), word being where it starts once a French
// elided article or pronoun is skipped (the "accès" of "l'accès").
type span struct{ start, word, end int }

// wordSpans splits text into words in locale l.
func wordSpans(text string, l locales.Locale) []span { return slices.Collect(eachWord(text, l)) }

// eachWord yields the words of text in locale l, in order.
func eachWord(text string, l locales.Locale) iter.Seq[span] {
	return func(yield func(span) bool) {
		start := -1
		// emit yields the word in text[start:end], without the apostrophes around it and
		// the French elided words before it.
		emit := func(end int) bool {
			w := strings.TrimRightFunc(text[start:end], isApostrophe)
			lead := strings.TrimLeftFunc(w, isApostrophe)
			s := span{start: start + len(w) - len(lead), end: start + len(w)}
			s.word = s.start
			start = -1
			if l != locales.EN {
				for {
					i := strings.IndexFunc(text[s.word:s.end], isApostrophe)
					if i < 0 || !elided[foldAccents(strings.ToLower(text[s.word:s.word+i]))] {
						break
					}
					_, size := utf8.DecodeRuneInString(text[s.word+i:])
					s.word += i + size
				}
			}
			return s.word == s.end || yield(s)
		}
		for i, r := range text {
			switch {
			case isWordRune(r) && start < 0:
				start = i
			case !isWordRune(r) && start >= 0:
				if !emit(i) {
					return
				}
			}
		}
		if start >= 0 {
			emit(len(text))
		}
	}
}

// words are the words of a French text, elided articles and pronouns dropped
// ("l'accès" → "accès", "qu’il" → "il").
func words(text string) []string {
	spans := wordSpans(text, locales.FR)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.word:s.end]
	}
	return out
}

// normalize is a word lower-cased, accents folded and apostrophes gone: an English
// possessive is dropped ("entity's" → "entity"), other apostrophes joined ("aujourd'hui" →
// "aujourdhui", "don't" → "dont"), as the index tokenizer would split at them.
func normalize(word string, l locales.Locale) string {
	w := foldAccents(strings.ToLower(word))
	if l == locales.EN {
		for _, s := range []string{"'s", "’s", "ʼs"} {
			w = strings.TrimSuffix(w, s)
		}
	}
	return strings.Map(func(r rune) rune {
		if isApostrophe(r) {
			return -1
		}
		return r
	}, w)
}

// isStopWord reports whether the normalized word w is one of l's stop words.
func isStopWord(w string, l locales.Locale) bool { return stopWords[l][w] }

// stemOf reduces a normalized word to its stem in locale l.
func stemOf(w string, l locales.Locale) string {
	if l == locales.EN {
		return english.Stem(w, false)
	}
	return french.Stem(w, false)
}

// stem reduces one word to its search form in locale l (stop words included).
func stem(word string, l locales.Locale) string {
	// Accents are folded before stemming, so that a query typed without them ("acces")
	// reduces to the same stem as the accented text ("accès").
	return stemOf(normalize(word, l), l)
}

// analyze is the indexed form of text: the stems of its words but the stop words,
// separated by spaces.
func analyze(text string, l locales.Locale) string { return analyzer{}.analyze(text, l) }

// analyzer analyzes many texts, stemming each distinct word once (a text's words repeat, and
// a collection's even more).
type analyzer map[string]string // locale + normalized word → stem

func (a analyzer) analyze(text string, l locales.Locale) string {
	var b strings.Builder
	for sp := range eachWord(text, l) {
		w := normalize(text[sp.word:sp.end], l)
		if w == "" || isStopWord(w, l) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(a.stem(w, l))
	}
	return b.String()
}

func (a analyzer) stem(w string, l locales.Locale) string {
	if a == nil {
		return stemOf(w, l)
	}
	key := string(l) + w
	st, ok := a[key]
	if !ok {
		st = stemOf(w, l)
		a[key] = st
	}
	return st
}
