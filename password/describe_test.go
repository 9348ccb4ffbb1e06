package password

import (
	"strings"
	"testing"

	"guichet/locales"
)

func TestDescribeShippedSpaces(t *testing.T) {
	tests := []struct {
		space string
		l     locales.Locale
		want  string
	}{
		{"facilitators", locales.EN, `Between 12 and 128 characters, with an uppercase and a lowercase letter, a digit and one of @:,\-?*_()!#$%^&+=. ` +
			"Common passwords and passwords containing your name or e-mail address are refused."},
		{"facilitators", locales.FR, `Entre 12 et 128 caractères, avec une majuscule et une minuscule, un chiffre et un caractère parmi @:,\-?*_()!#$%^&+=. ` +
			"Les mots de passe courants et ceux qui contiennent votre nom ou votre adresse e-mail sont refusés."},
		{"mentoring", locales.EN, "Between 6 and 128 characters, with an uppercase letter and a digit or a symbol (neither a letter nor a digit). " +
			"Common passwords and passwords containing your name or e-mail address are refused."},
		{"mentoring", locales.FR, "Entre 6 et 128 caractères, avec une majuscule et un chiffre ou un symbole (ni lettre ni chiffre). " +
			"Les mots de passe courants et ceux qui contiennent votre nom ou votre adresse e-mail sont refusés."},
		{"certification", locales.EN, "Between 12 and 128 characters. " +
			"Common passwords and passwords containing your name or e-mail address are refused."},
		{"certification", locales.FR, "Entre 12 et 128 caractères. " +
			"Les mots de passe courants et ceux qui contiennent votre nom ou votre adresse e-mail sont refusés."},
	}
	for _, tt := range tests {
		t.Run(tt.space+"/"+string(tt.l), func(t *testing.T) {
			if got := spacePolicy(t, tt.space).Describe(tt.l); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		p    Policy
		l    locales.Locale
		want string
	}{
		{Policy{}, locales.EN, "Any password is accepted."},
		{Policy{}, locales.FR, "Tous les mots de passe sont acceptés."},
		{Policy{MinLength: 8}, locales.EN, "At least 8 characters."},
		{Policy{MaxLength: 64, RequireDigit: true}, locales.FR, "Au plus 64 caractères, avec un chiffre."},
		{Policy{RequireLowercase: true, RequireSymbol: true}, locales.EN, "Passwords must contain a lowercase letter and a symbol (neither a letter nor a digit)."},
		{Policy{MinLength: 10, RequireDigitOrSymbol: true}, locales.FR, "Au moins 10 caractères, avec un chiffre ou un symbole (ni lettre ni chiffre)."},
		{Policy{MinLength: 10, RequireDigit: true, RequireDigitOrSymbol: true}, locales.EN, "At least 10 characters, with a digit."},
		{Policy{RejectCommon: true}, locales.FR, "Les mots de passe courants sont refusés."},
		{Policy{MinLength: 12, RejectPersonal: true}, locales.EN, "At least 12 characters. Passwords containing your name or e-mail address are refused."},
	}
	for _, tt := range tests {
		if got := tt.p.Describe(tt.l); got != tt.want {
			t.Errorf("%+v in %s:\n got  %s\n want %s", tt.p, tt.l, got, tt.want)
		}
	}
}

// No combination of rules leaves a message ID or a template hole in the text.
func TestDescribeEveryCombination(t *testing.T) {
	for bits := range 1 << 7 {
		for _, symbols := range []string{"", "!?"} {
			for _, length := range [][2]int{{0, 0}, {8, 0}, {0, 64}, {8, 64}} {
				p := Policy{MinLength: length[0], MaxLength: length[1], Symbols: symbols,
					RequireUppercase: bits&1 != 0, RequireLowercase: bits&2 != 0, RequireDigit: bits&4 != 0,
					RequireSymbol: bits&8 != 0, RequireDigitOrSymbol: bits&16 != 0, RejectCommon: bits&32 != 0, RejectPersonal: bits&64 != 0}
				for _, l := range locales.All {
					got := p.Describe(l)
					if got == "" || strings.Contains(got, "PASSWORD_") || strings.Contains(got, "<no value>") || !strings.HasSuffix(got, ".") {
						t.Fatalf("%+v in %s: %q", p, l, got)
					}
				}
			}
		}
	}
}
