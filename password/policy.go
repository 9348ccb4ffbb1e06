// Package password owns the per-space password policies.
package password

// Policy is a space's password rules, as written in its space.yaml.
type Policy struct {
	MinLength            int    `json:"min_length" yaml:"min_length"`
	MaxLength            int    `json:"max_length" yaml:"max_length"`
	RequireUppercase     bool   `json:"require_uppercase" yaml:"require_uppercase"`
	RequireLowercase     bool   `json:"require_lowercase" yaml:"require_lowercase"`
	RequireDigit         bool   `json:"require_digit" yaml:"require_digit"`
	RequireSymbol        bool   `json:"require_symbol" yaml:"require_symbol"`
	RequireDigitOrSymbol bool   `json:"require_digit_or_symbol" yaml:"require_digit_or_symbol"`
	Symbols              string `json:"symbols" yaml:"symbols"`
	RejectCommon         bool   `json:"reject_common" yaml:"reject_common"`
	RejectPersonal       bool   `json:"reject_personal" yaml:"reject_personal"`
}
