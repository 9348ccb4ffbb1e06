package registry

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Postal codes are checked against the form of the address's country. No maintained Go
// library carries the formats (the registry's entities are French and their neighbours), so
// this is a table of the countries the form offers; any other country gets a lenient rule:
// 2 to 12 letters, digits, spaces or hyphens, at least one digit.

// postalFormat is a country's postal code: its pattern, once upper-cased and its runs of
// spaces made one, and an example for the message.
type postalFormat struct {
	pattern *regexp.Regexp
	example string
}

var (
	fiveDigits = postalFormat{regexp.MustCompile(`^[0-9]{5}$`), "75007"}
	fourDigits = postalFormat{regexp.MustCompile(`^[0-9]{4}$`), "1000"}
	lenient    = postalFormat{regexp.MustCompile(`^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]$`), ""}
	digit      = regexp.MustCompile(`[0-9]`)
)

// postalFormats are by ISO 3166 code.
var postalFormats = map[string]postalFormat{
	"FR": fiveDigits, // overseas departments too (971xx…); Monaco has its own code below
	"MC": {regexp.MustCompile(`^980[0-9]{2}$`), "98000"},
	"DE": {fiveDigits.pattern, "10115"},
	"IT": {fiveDigits.pattern, "00184"},
	"ES": {fiveDigits.pattern, "28001"},
	"BE": fourDigits,
	"CH": {fourDigits.pattern, "1201"},
	"LU": {regexp.MustCompile(`^(L-)?[0-9]{4}$`), "L-1528"},
	"NL": {regexp.MustCompile(`^[1-9][0-9]{3} ?[A-Z]{2}$`), "1012 AB"},
	"PT": {regexp.MustCompile(`^[0-9]{4}-[0-9]{3}$`), "1000-001"},
}

// countryCodes are the names the form's country field may hold, folded (lower case, no
// accents), in French and English, with the ISO codes themselves.
var countryCodes = map[string]string{
	"": "FR", "fr": "FR", "france": "FR", "france metropolitaine": "FR",
	"mc": "MC", "monaco": "MC",
	"de": "DE", "allemagne": "DE", "germany": "DE", "deutschland": "DE",
	"it": "IT", "italie": "IT", "italy": "IT", "italia": "IT",
	"es": "ES", "espagne": "ES", "spain": "ES", "espana": "ES",
	"be": "BE", "belgique": "BE", "belgium": "BE", "belgie": "BE",
	"ch": "CH", "suisse": "CH", "switzerland": "CH", "schweiz": "CH", "svizzera": "CH",
	"lu": "LU", "luxembourg": "LU",
	"nl": "NL", "pays-bas": "NL", "pays bas": "NL", "netherlands": "NL", "the netherlands": "NL", "nederland": "NL",
	"pt": "PT", "portugal": "PT",
}

// checkPostalCode reports whether code has the form of the country's postal codes (an address
// without a country is French), and otherwise an example of that form.
func checkPostalCode(country, code string) (bool, string) {
	c := strings.Join(strings.Fields(strings.ToUpper(code)), " ")
	f, known := postalFormats[countryCodes[fold(country)]]
	if !known {
		return lenient.pattern.MatchString(c) && digit.MatchString(c), ""
	}
	return f.pattern.MatchString(c), f.example
}

// fold lower-cases s, drops its accents and trims it: "Pays-Bas" and "pays-bas" are one.
func fold(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), strings.ToLower(strings.TrimSpace(s)))
	if err != nil {
		return s
	}
	return strings.Join(strings.Fields(out), " ")
}
