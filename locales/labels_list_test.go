package locales

import "testing"

// A list of labels is written in the reader's language, in the order given.
func TestLabelLists(t *testing.T) {
	for _, c := range []struct {
		id     string
		data   map[string]any
		fr, en string
	}{
		{"AUDIENCE_UNKNOWN", map[string]any{"Audience": Label("AUDIENCE_ENTITY_MANAGER"),
			"Audiences": Labels{"AUDIENCE_PUBLIC", "AUDIENCE_FACILITATOR"}},
			"Cet espace n’a pas de public « gestionnaires d’entité » ; ses pages peuvent s’adresser à ces publics : tout le monde, animateurs.",
			"This space has no “entity managers” audience; its pages may be written for: everyone, facilitators."},
		{"RESOURCE_EMPTY", map[string]any{"Locale": Label("LANGUAGE_EN")},
			"La traduction anglaise n’a ni fichier ni lien : déposez un fichier ou donnez un lien avant de publier.",
			"The English translation has neither a file nor a link: upload a file or give a link before publishing."},
	} {
		if got := Message(FR, c.id, c.data); got != c.fr {
			t.Errorf("FR %s: %q", c.id, got)
		}
		if got := Message(EN, c.id, c.data); got != c.en {
			t.Errorf("EN %s: %q", c.id, got)
		}
	}
}
