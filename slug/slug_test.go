package slug

import (
	"strings"
	"testing"
)

func TestMake(t *testing.T) {
	tests := []struct{ title, want string }{
		{"L’accès à l’espace", "acces-a-espace"},
		{"L'accès à l'espace", "acces-a-espace"},
		{"Se connecter pour la première fois", "se-connecter-pour-la-premiere-fois"},
		{"Ce qu’il faut faire avant tout", "ce-il-faut-faire-avant-tout"},
		{"Jusqu’où va la délégation ? Lorsqu’on part, puisqu’il faut", "ou-va-la-delegation-on-part-il-faut"},
		{"J’ai oublié mon mot de passe", "ai-oublie-mon-mot-de-passe"},
		{"N’oubliez pas : c’est m’inscrire, t’inscrire, s’inscrire", "oubliez-pas-est-inscrire-inscrire-inscrire"},
		{"Rôle du gestionnaire d'entité", "role-du-gestionnaire-entite"},
		{"Aujourd’hui", "aujourdhui"},
		{"Œuvre, cæcum et Straße", "oeuvre-caecum-et-strasse"},
		{"ÉTÉ 2026 — Numéro SIRET", "ete-2026-numero-siret"},
		{"Participant account or facilitator account: what's the difference?", "participant-account-or-facilitator-account-whats-the-difference"},
		{"Approving your entity’s depositor accounts", "approving-your-entitys-depositor-accounts"},
		{"Don't panic!", "dont-panic"},
		{"  --Hello,   World!!  ", "hello-world"},
		{"C++ & Go / 100%", "c-go-100"},
		{"«Guillemets» et “quotes”", "guillemets-et-quotes"},
		{"???", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := Make(tt.title)
			if got != tt.want {
				t.Fatalf("Make(%q) = %q, want %q", tt.title, got, tt.want)
			}
			if got != "" && !Valid(got) {
				t.Fatalf("Make(%q) = %q is not Valid", tt.title, got)
			}
		})
	}
}

func TestMakeCutsLongTitlesBetweenWords(t *testing.T) {
	title := strings.Repeat("délégation ", 12) // 11 letters + hyphen each
	got := Make(title)
	if len(got) > MaxLen || !Valid(got) || strings.HasSuffix(got, "-") {
		t.Fatalf("Make(long) = %q (%d)", got, len(got))
	}
	if want := strings.TrimSuffix(strings.Repeat("delegation-", 7), "-"); got != want {
		t.Fatalf("Make(long) = %q, want %q", got, want)
	}
	word := strings.Repeat("a", 100)
	if got := Make(word); len(got) != MaxLen {
		t.Fatalf("Make(one long word) has %d characters, want %d", len(got), MaxLen)
	}
	exact := strings.Repeat("abcd-", 16) + "efgh" // 84 characters, a hyphen at index 80
	if got := Make(exact); got != strings.TrimSuffix(strings.Repeat("abcd-", 16), "-") {
		t.Fatalf("Make(exact) = %q", got)
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"acces-a-espace", true},
		{"2026", true},
		{"a", true},
		{"", false},
		{"-a", false},
		{"a-", false},
		{"a--b", false},
		{"A-b", false},
		{"accès", false},
		{"a_b", false},
		{"a b", false},
	}
	for _, tt := range tests {
		if got := Valid(tt.s); got != tt.want {
			t.Errorf("Valid(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"Hélène Lefèvre-Duval": " helene lefevre duval",
		"  ÉLODIE d’Œuvray ":   " elodie d oeuvray",
		"":                     "",
		"--":                   "",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}
