package password

import (
	"strings"
	"testing"
)

func TestCommonList(t *testing.T) {
	set := commonSet()
	if len(set) < 10000 {
		t.Fatalf("%d common passwords, want at least 10,000", len(set))
	}
	for pw := range set {
		if pw != strings.ToLower(pw) || strings.TrimSpace(pw) != pw || pw == "" {
			t.Errorf("%q: the list is lower-case, one trimmed password a line", pw)
		}
	}
	for _, comment := range []string{"# Common passwords refused by Guichet's password policies (reject_common).", "#"} {
		if _, ok := set[comment]; ok {
			t.Errorf("comment line %q read as a password", comment)
		}
	}
}

func TestIsCommon(t *testing.T) {
	tests := []struct {
		pw   string
		want bool
	}{
		{"password", true},
		{"PassWord", true},
		{"azerty", true},
		{"motdepasse", true},
		{"soleil", true},
		{"123456", true},
		{"Password123!", true}, // "password" once the end is trimmed
		{"Soleil2024!", true},  // "soleil"
		{"!1Azerty", true},     // "azerty"
		{"doudou", true},       // common-fr.txt
		{"Bienvenue1", true},   // common-fr.txt, trimmed
		{"aaaaaaaaaaaa", true}, // repeat
		{"abcabcabcabc", true}, // repeated block
		{"abcdefghijkl", true}, // sequence
		{"987654321", true},    // descending
		{"123456789012", true}, // digits wrap round
		{"tom2024!!", false},   // "tom" is too short a core to refuse on
		{"brume sur le lac", false},
		{"Brume#Lac4Vert", false},
		{"abcdefghijkm", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsCommon(tt.pw); got != tt.want {
			t.Errorf("IsCommon(%q) = %v, want %v", tt.pw, got, tt.want)
		}
	}
}
