package password

import (
	"strings"

	"guichet/locales"
)

// Describe tells the rules of p in one paragraph, in locale l: its length, what a password
// must contain, and what is refused. Every piece is a PASSWORD_RULE_* message.
func (p Policy) Describe(l locales.Locale) string {
	msg := func(id string, data map[string]any) string { return locales.Message(l, id, data) }
	symbols := map[string]any{"Symbols": p.Symbols}

	var length string
	switch {
	case p.MinLength > 0 && p.MaxLength > 0:
		length = msg("PASSWORD_RULE_LENGTH_RANGE", map[string]any{"Min": p.MinLength, "Max": p.MaxLength})
	case p.MinLength > 0:
		length = msg("PASSWORD_RULE_LENGTH_MIN", map[string]any{"Min": p.MinLength})
	case p.MaxLength > 0:
		length = msg("PASSWORD_RULE_LENGTH_MAX", map[string]any{"Max": p.MaxLength})
	}

	var items []string
	switch {
	case p.RequireUppercase && p.RequireLowercase:
		items = append(items, msg("PASSWORD_RULE_UPPER_AND_LOWERCASE", nil))
	case p.RequireUppercase:
		items = append(items, msg("PASSWORD_RULE_UPPERCASE", nil))
	case p.RequireLowercase:
		items = append(items, msg("PASSWORD_RULE_LOWERCASE", nil))
	}
	if p.RequireDigit {
		items = append(items, msg("PASSWORD_RULE_DIGIT", nil))
	}
	if p.RequireSymbol {
		items = append(items, msg("PASSWORD_RULE_SYMBOL", symbols))
	}
	// A required digit or symbol already satisfies "a digit or a symbol": saying both would
	// read as a fourth rule.
	if p.RequireDigitOrSymbol && !p.RequireDigit && !p.RequireSymbol {
		items = append(items, msg("PASSWORD_RULE_DIGIT_OR_SYMBOL", symbols))
	}

	var sentences []string
	switch {
	case length != "" && len(items) > 0:
		sentences = append(sentences, msg("PASSWORD_RULE_WITH", map[string]any{"Length": length, "Items": list(l, items)}))
	case length != "":
		sentences = append(sentences, length+".")
	case len(items) > 0:
		sentences = append(sentences, msg("PASSWORD_RULE_CONTAINS", map[string]any{"Items": list(l, items)}))
	}
	switch {
	case p.RejectCommon && p.RejectPersonal:
		sentences = append(sentences, msg("PASSWORD_RULE_REFUSE_COMMON_PERSONAL", nil))
	case p.RejectCommon:
		sentences = append(sentences, msg("PASSWORD_RULE_REFUSE_COMMON", nil))
	case p.RejectPersonal:
		sentences = append(sentences, msg("PASSWORD_RULE_REFUSE_PERSONAL", nil))
	}
	if len(sentences) == 0 {
		return msg("PASSWORD_RULE_ANY", nil)
	}
	return strings.Join(sentences, " ")
}

// list joins items as a sentence does: "a, b and c" / "a, b et c".
func list(l locales.Locale, items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	last := len(items) - 1
	return locales.Message(l, "PASSWORD_RULE_LIST_AND", map[string]any{
		"Init": strings.Join(items[:last], ", "),
		"Last": items[last],
	})
}
