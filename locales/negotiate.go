package locales

import (
	"sort"
	"strconv"
	"strings"
)

// FromAcceptLanguage returns the supported locale the Accept-Language header prefers, honouring
// q-values and regions ("fr-CA" means FR). ok is false when the header names none of them.
func FromAcceptLanguage(header string) (Locale, bool) {
	if header == "" {
		return "", false
	}
	type choice struct {
		loc   Locale
		q     float64
		index int
	}
	var choices []choice
	for i, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, found := strings.Cut(strings.TrimSpace(p), "=")
			if found && strings.EqualFold(strings.TrimSpace(k), "q") {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0
				}
				q = f
			}
		}
		if q == 0 {
			continue
		}
		if loc, ok := Parse(tag); ok {
			choices = append(choices, choice{loc, q, i})
		}
	}
	if len(choices) == 0 {
		return "", false
	}
	sort.SliceStable(choices, func(a, b int) bool { return choices[a].q > choices[b].q })
	return choices[0].loc, true
}
