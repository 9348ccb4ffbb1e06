package password

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"guichet/locales"
)

// spacePolicy reads the policy a shipped space declares, through Policy's own yaml tags.
func spacePolicy(t *testing.T, space string) Policy {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "content", "spaces", space, "space.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		PasswordPolicy Policy `yaml:"password_policy"`
	}
	if err := yaml.Unmarshal(b, &s); err != nil {
		t.Fatalf("%s: %v", space, err)
	}
	return s.PasswordPolicy
}

var camille = Person{Email: "c.leroux@example.fr", FirstName: "Camille", LastName: "Leroux"}

// thousand is a 1,000-character password that breaks no other rule of the shipped spaces.
var thousand = func() string {
	var b strings.Builder
	for i := 0; b.Len() < 1000; i++ {
		b.WriteString("Lac#" + strconv.Itoa(i) + "v")
	}
	return b.String()[:1000]
}()

func codes(vs []Violation) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.Code)
	}
	return out
}

func TestShippedPolicies(t *testing.T) {
	f := spacePolicy(t, "facilitators")
	if want := `@:,\-?*_()!#$%^&+=`; f.Symbols != want {
		t.Errorf("facilitators symbols %q, want %q", f.Symbols, want)
	}
	if !f.RequireUppercase || !f.RequireLowercase || !f.RequireDigit || !f.RequireSymbol || f.MinLength != 12 {
		t.Errorf("facilitators policy: %+v", f)
	}
	m := spacePolicy(t, "mentoring")
	if !m.RequireUppercase || !m.RequireDigitOrSymbol || m.RequireDigit || m.RequireSymbol || m.MinLength != 6 {
		t.Errorf("mentoring policy: %+v", m)
	}
	c := spacePolicy(t, "certification")
	if c.RequireUppercase || c.RequireLowercase || c.RequireDigit || c.RequireSymbol || c.RequireDigitOrSymbol ||
		c.MinLength != 12 || c.MaxLength != 128 || !c.RejectCommon || !c.RejectPersonal {
		t.Errorf("certification policy: %+v", c)
	}
}

func TestCheck(t *testing.T) {
	facilitators := spacePolicy(t, "facilitators")
	mentoring := spacePolicy(t, "mentoring")
	certification := spacePolicy(t, "certification")
	noMax := Policy{MinLength: 12, RejectCommon: true, RejectPersonal: true}
	anySymbol := Policy{MinLength: 8, RequireSymbol: true}
	codePoints := Policy{MinLength: 4, MaxLength: 4}
	everything := Policy{MinLength: 20, MaxLength: 5, RequireUppercase: true, RequireLowercase: true, RequireDigit: true,
		RequireSymbol: true, RequireDigitOrSymbol: true, RejectCommon: true, RejectPersonal: true}

	tests := []struct {
		name   string
		policy Policy
		pw     string
		who    Person
		want   []string
	}{
		// facilitators: 12+, upper, lower, digit, one of @:,\-?*_()!#$%^&+=
		{"facilitators ok", facilitators, "Brume#Lac4Vert", camille, nil},
		{"facilitators too short", facilitators, "Br#4umeVer", camille, []string{TooShort}},
		{"facilitators 1000 characters", facilitators, thousand, camille, []string{TooLong}},
		{"facilitators exactly 128", facilitators, thousand[:128], camille, nil},
		{"facilitators 129", facilitators, thousand[:129], camille, []string{TooLong}},
		{"facilitators no uppercase", facilitators, "brume#lac4vert", camille, []string{NeedsUppercase}},
		{"facilitators no lowercase", facilitators, "BRUME#LAC4VERT", camille, []string{NeedsLowercase}},
		{"facilitators no digit", facilitators, "Brume#LacVerts", camille, []string{NeedsDigit}},
		{"facilitators no symbol", facilitators, "Brume7LacVerts", camille, []string{NeedsSymbol}},
		{"facilitators symbol not in the list", facilitators, "Brume.Lac4Vert", camille, []string{NeedsSymbol}},
		{"facilitators emoji is not in the list", facilitators, "Brume🙂Lac4Vert", camille, []string{NeedsSymbol}},
		{"facilitators backslash is in the list", facilitators, `Brume\Lac4Vert`, camille, nil},
		{"facilitators several", facilitators, "brumx", camille, []string{TooShort, NeedsUppercase, NeedsDigit, NeedsSymbol}},
		{"facilitators empty", facilitators, "", camille, []string{TooShort, NeedsUppercase, NeedsLowercase, NeedsDigit, NeedsSymbol}},
		{"facilitators accented uppercase counts", facilitators, "Éléphant#ros4", camille, nil},
		{"facilitators only accented uppercase", facilitators, "ÉLÉPHANT#ROS4", camille, []string{NeedsLowercase}},
		{"facilitators only accented lowercase", facilitators, "éléphant#ros4", camille, []string{NeedsUppercase}},
		{"facilitators length after NFC", facilitators, "E\u0301le\u0301phant#r4", camille, []string{TooShort}}, // 11 characters, 13 code points before NFC
		{"facilitators common with digits and symbol", facilitators, "Password123!", camille, []string{TooCommon}},
		{"facilitators common French", facilitators, "Marseille13!", camille, []string{TooCommon}},
		{"facilitators common keyboard", facilitators, "Azertyuiop1!", camille, []string{TooCommon}},
		{"facilitators first name", facilitators, "Camille#2024x", camille, []string{ContainsPersonal}},
		{"facilitators last name", facilitators, "Brume#LEROUX7", camille, []string{ContainsPersonal}},
		{"facilitators e-mail local part", facilitators, "Vent#C.Leroux9", camille, []string{ContainsPersonal}},

		// mentoring: 6+, uppercase, a digit or a symbol (any character neither a letter nor a digit)
		{"mentoring ok with digit", mentoring, "Brum7x", camille, nil},
		{"mentoring ok with symbol", mentoring, "Brumx.", camille, nil},
		{"mentoring no digit or symbol", mentoring, "Brumxa", camille, []string{NeedsDigitOrSymbol}},
		{"mentoring an emoji is a symbol", mentoring, "Brumx🙂", camille, nil},
		{"mentoring no uppercase", mentoring, "brum7x", camille, []string{NeedsUppercase}},
		{"mentoring lowercase is not required", mentoring, "BRUM7X", camille, nil},
		{"mentoring several", mentoring, "bru", camille, []string{TooShort, NeedsUppercase, NeedsDigitOrSymbol}},
		{"mentoring 1000 characters", mentoring, thousand, camille, []string{TooLong}},
		{"mentoring azerty", mentoring, "Azerty1", camille, []string{TooCommon}},
		{"mentoring soleil", mentoring, "Soleil!", camille, []string{TooCommon}},
		{"mentoring motdepasse", mentoring, "Motdepasse1", camille, []string{TooCommon}},
		{"mentoring doudou", mentoring, "Doudou!", camille, []string{TooCommon}},
		{"mentoring accented last name", mentoring, "LÉROUX7", Person{LastName: "Leroux"}, []string{ContainsPersonal}},

		// certification: NIST, 12 to 128 characters, no composition rules
		{"certification passphrase", certification, "brume sur le lac gris", camille, nil},
		{"certification all lowercase letters", certification, "brumelacgrisx", camille, nil},
		{"certification too short", certification, "brumelac", camille, []string{TooShort}},
		{"certification 1000 characters", certification, thousand, camille, []string{TooLong}},
		{"certification common with year", certification, "motdepasse2024", camille, []string{TooCommon}},
		{"certification sequence", certification, "123456789012", camille, []string{TooCommon}},
		{"certification repeat", certification, "aaaaaaaaaaaa", camille, []string{TooCommon}},
		{"certification azerty", certification, "azerty", camille, []string{TooShort, TooCommon}},
		{"certification name", certification, "camillemonchat", camille, []string{ContainsPersonal}},
		{"certification short, common and personal", certification, "camille", camille, []string{TooShort, TooCommon, ContainsPersonal}},
		{"certification accents folded", certification, "eloise-au-jardin", Person{FirstName: "Éloïse"}, []string{ContainsPersonal}},
		{"certification compound name", certification, "jardin de marie 9", Person{FirstName: "Jean-Marie"}, []string{ContainsPersonal}},
		{"certification ligature", certification, "coeur de pierre", Person{LastName: "Cœur"}, []string{ContainsPersonal}},
		{"certification short names allowed", certification, "lilas de wuhan", Person{FirstName: "Li", LastName: "Wu", Email: "li@wu.cn"}, nil},
		{"certification no person", certification, "brume sur le lac gris", Person{}, nil},

		// max_length 0: no maximum; symbols "": anything neither letter nor digit
		{"no max 1000 characters", noMax, thousand, camille, nil},
		{"any symbol: emoji", anySymbol, "brumelac🙂", camille, nil},
		{"any symbol: space", anySymbol, "brume lac", camille, nil},
		{"any symbol: none", anySymbol, "brumelac", camille, []string{NeedsSymbol}},
		{"any symbol: a digit is not one", anySymbol, "brumelac7", camille, []string{NeedsSymbol}},
		{"any symbol: Cyrillic letters are not", anySymbol, "brumeлак", camille, []string{NeedsSymbol}},
		{"code points: 4 emoji", codePoints, "🙂🦊🌊🍀", camille, nil},
		{"code points: 4 decomposed é", codePoints, strings.Repeat("e\u0301", 4), camille, nil},
		{"code points: 5", codePoints, "🙂🦊🌊🍀🙂", camille, []string{TooLong}},

		{"order", everything, "camille", camille,
			[]string{TooShort, TooLong, NeedsUppercase, NeedsDigit, NeedsSymbol, NeedsDigitOrSymbol, TooCommon, ContainsPersonal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(tt.policy.Check(tt.pw, tt.who))
			if want := append([]string{}, tt.want...); !slices.Equal(got, want) {
				t.Errorf("Check(%.40q) = %v, want %v", tt.pw, got, want)
			}
			if again := codes(tt.policy.Check(tt.pw, tt.who)); !slices.Equal(got, again) {
				t.Errorf("not stable: %v then %v", got, again)
			}
		})
	}
}

func TestViolationData(t *testing.T) {
	f := spacePolicy(t, "facilitators")
	vs := f.Check("x", Person{})
	byCode := map[string]Violation{}
	for _, v := range vs {
		byCode[v.Code] = v
	}
	if got := byCode[TooShort].Data["Min"]; got != 12 {
		t.Errorf("Min = %v", got)
	}
	if got := byCode[NeedsSymbol].Data["Symbols"]; got != f.Symbols {
		t.Errorf("Symbols = %v", got)
	}
	if got := f.Check(thousand, Person{})[0].Data["Max"]; got != 128 {
		t.Errorf("Max = %v", got)
	}

	tests := []struct {
		l    locales.Locale
		v    Violation
		want string
	}{
		{locales.EN, byCode[TooShort], "The password must be at least 12 characters long."},
		{locales.FR, byCode[TooShort], "Le mot de passe doit contenir au moins 12 caractères."},
		{locales.EN, byCode[NeedsSymbol], `The password must contain one of these characters: @:,\-?*_()!#$%^&+=.`},
		{locales.FR, byCode[NeedsSymbol], `Le mot de passe doit contenir l’un de ces caractères : @:,\-?*_()!#$%^&+=.`},
		{locales.EN, Violation{NeedsSymbol, map[string]any{"Symbols": ""}},
			"The password must contain a symbol (a character that is neither a letter nor a digit)."},
		{locales.FR, Violation{NeedsDigitOrSymbol, map[string]any{"Symbols": ""}},
			"Le mot de passe doit contenir un chiffre ou un symbole (un caractère qui n’est ni une lettre ni un chiffre)."},
		{locales.FR, Violation{Code: TooCommon}, "Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre."},
	}
	for _, tt := range tests {
		if got := tt.v.Message(tt.l); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.l, tt.v.Code, got, tt.want)
		}
	}
}

// Every code Check can return has a message in both languages.
func TestEveryCodeHasMessages(t *testing.T) {
	data := map[string]any{"Min": 1, "Max": 2, "Symbols": "!"}
	for _, code := range []string{TooShort, TooLong, NeedsUppercase, NeedsLowercase, NeedsDigit, NeedsSymbol,
		NeedsDigitOrSymbol, TooCommon, ContainsPersonal} {
		for _, l := range locales.All {
			if got := locales.Message(l, code, data); got == code || strings.Contains(got, "<no value>") {
				t.Errorf("%s has no %s message: %q", code, l, got)
			}
		}
	}
}
