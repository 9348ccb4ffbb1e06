package help

import (
	"strings"
	"testing"

	"guichet/locales"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		l      locales.Locale
		query  string
		typing bool
		want   string // the FTS5 expression
	}{
		{locales.FR, "comptes", true, `"compt"*`},
		{locales.FR, "comptes", false, `"compt"`},
		{locales.FR, "délégation de mandat", true, `"deleg" AND "mandat"*`},
		{locales.FR, "l'accès", false, `"acce"`},
		{locales.FR, "qu’il valide", false, `"il" AND "valid"`},
		{locales.FR, "compte comptes", true, `"compt"*`},
		{locales.FR, `"mot de passe"`, true, `"mot pass"`},
		{locales.FR, `«mot de passe»`, true, `"mot pass"`},
		{locales.FR, `"mot de pa`, true, `"mot pa"*`},
		{locales.FR, `ceinture "mot de passe" oublié`, true, `"ceintur" AND "mot pass" AND "oubl"*`},
		{locales.FR, "activat", true, `("activat"* OR "activ")`},
		{locales.FR, "delegatio", true, `("delegatio"* OR "deleg")`},
		{locales.EN, "organizat", true, `("organizat"* OR "organ" OR "organiz")`},
		{locales.EN, "entity's accounts", false, `"entiti" AND "account"`},
		{locales.EN, "the password of an account", false, `"password" AND "account"`},
		// Stop words alone are what the reader is typing: they are kept.
		{locales.FR, "de la", true, `"de" AND "la"*`},
		{locales.FR, "a", true, `"a"`},
		{locales.EN, `"the of"`, true, `"the of"`},
		{locales.FR, `x" OR "y`, false, `"x" AND "or" AND "y"`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := parseQuery(tt.query, tt.l, tt.typing).match(); got != tt.want {
				t.Fatalf("parseQuery(%q).match() = %s, want %s", tt.query, got, tt.want)
			}
		})
	}
	if q := parseQuery(" !? « » ", locales.FR, true); len(q.clauses) != 0 {
		t.Fatalf("no word: %+v", q)
	}
}

func TestStopWordsAreNotIndexed(t *testing.T) {
	tests := []struct {
		l          locales.Locale
		text, want string
	}{
		{locales.FR, "Le mot de passe et la clé à l’entrée du bâtiment", "mot pass cle entre bat"},
		{locales.EN, "The password of an account and the keys to it", "password account key it"},
	}
	for _, tt := range tests {
		if got := analyze(tt.text, tt.l); got != tt.want {
			t.Errorf("analyze(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAnalyzeKeepsWordsWhole(t *testing.T) {
	tests := []struct {
		l          locales.Locale
		text, want string
	}{
		{locales.EN, "your entity's account", "your entiti account"},
		{locales.FR, "aujourd'hui", "aujourdhui"},
		{locales.FR, "jusqu’à présent", "present"},
		{locales.FR, "De\u0301le\u0301gation", "deleg"}, // decomposed accents
		{locales.FR, "DÉLÉGATION", "deleg"},
	}
	for _, tt := range tests {
		if got := analyze(tt.text, tt.l); got != tt.want {
			t.Errorf("analyze(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	body := "Le délégué prépare la délégation de mandat. <b>Les délégations</b> de plus de trois mois sont refusées. " +
		strings.Repeat("Texte sans rapport. ", 20)
	got := Snippet("Préparer la délégation", body, "délégations", locales.FR)
	for _, want := range []string{"<mark>délégation</mark> de mandat", "&lt;b&gt;Les <mark>délégations</mark>&lt;/b&gt;", " …"} {
		if !strings.Contains(got, want) {
			t.Errorf("snippet %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "<mark>délégué</mark>") {
		t.Errorf("a whole word marks another stem: %q", got)
	}
	// The extract starts a few words before the first match.
	long := strings.Repeat("Texte sans rapport. ", 20) + "Le numéro SIRET de votre entité."
	got = Snippet("Titre", long, "siret", locales.FR)
	if !strings.HasPrefix(got, "… ") || !strings.Contains(got, "<mark>SIRET</mark>") {
		t.Errorf("snippet %q", got)
	}
	// No match in the body: the title is the extract.
	if got := Snippet("Saisir le numéro SIRET", "Rien ici.", "siret", locales.FR); got != "Saisir le numéro <mark>SIRET</mark>" {
		t.Errorf("snippet of the title: %q", got)
	}
	// Elisions stay outside the mark.
	if got := Snippet("", "Retrouver l’accès", "acces", locales.FR); got != "Retrouver l’<mark>accès</mark>" {
		t.Errorf("elision: %q", got)
	}
}

func TestRowIDs(t *testing.T) {
	for _, kind := range []string{kindGuide, kindFaq, kindResource} {
		for _, l := range locales.All {
			id := 47244640261
			r := rowID(kind, id, l, 40)
			if k, i := fromRowID(r); k != kind || i != id {
				t.Errorf("fromRowID(rowID(%s, %d)) = %s, %d", kind, id, k, i)
			}
			if first, last := itemRows(kind, id); r < first || r > last {
				t.Errorf("rowID(%s, %d, %s) = %d, outside the item's rows [%d, %d]", kind, id, l, r, first, last)
			}
			if r&titleWordsMask != titleWordsMask {
				t.Errorf("title words not capped: %d", r&titleWordsMask)
			}
		}
	}
	if _, last := itemRows(kindGuide, 7); last >= rowID(kindFaq, 7, locales.FR, 0) {
		t.Error("the rows of guide 7 and FAQ 7 overlap")
	}
}
