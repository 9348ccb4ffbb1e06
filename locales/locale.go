// Package locales owns the two languages Guichet speaks: the Locale type, the negotiation of
// a request's locale, and the FR/EN message files used for every user-facing text.
package locales

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Locale is one of the languages a space serves. Its values are the GraphQL enum's.
type Locale string

const (
	FR Locale = "FR"
	EN Locale = "EN"
)

// All lists the supported locales in a stable order.
var All = []Locale{FR, EN}

// Values lets ent use Locale as an enum type.
func (Locale) Values() []string { return []string{string(FR), string(EN)} }

// Valid reports whether l is a supported locale.
func (l Locale) Valid() bool { return l == FR || l == EN }

// Other is the fallback language of l.
func (l Locale) Other() Locale {
	if l == FR {
		return EN
	}
	return FR
}

// Tag is the BCP 47 language tag of l ("fr", "en").
func (l Locale) Tag() string { return strings.ToLower(string(l)) }

// Parse reads "fr", "FR", "fr-CA", "en_GB"… into a Locale.
func Parse(s string) (Locale, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "fr":
		return FR, true
	case "en":
		return EN, true
	}
	return "", false
}

// MarshalGQL writes the enum value.
func (l Locale) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(l))) }

// UnmarshalGQL reads the enum value.
func (l *Locale) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("locale must be a string")
	}
	if !Locale(s).Valid() {
		return fmt.Errorf("%q is not a valid Locale", s)
	}
	*l = Locale(s)
	return nil
}
