package locales

import (
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func keysOf(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := toml.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// Every message exists in both languages, and none is empty.
func TestLocaleFilesHaveTheSameKeys(t *testing.T) {
	fr, en := keysOf(t, "active.fr.toml"), keysOf(t, "active.en.toml")
	var missing []string
	for k := range fr {
		if _, ok := en[k]; !ok {
			missing = append(missing, "en:"+k)
		}
	}
	for k := range en {
		if _, ok := fr[k]; !ok {
			missing = append(missing, "fr:"+k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("missing translations: %s", strings.Join(missing, ", "))
	}
	for k, v := range fr {
		if strings.TrimSpace(v) == "" || strings.TrimSpace(en[k]) == "" {
			t.Errorf("%s is empty in one language", k)
		}
		if v == en[k] && len(v) > 12 {
			t.Errorf("%s is not translated: %q", k, v)
		}
	}
}

func TestMessage(t *testing.T) {
	if got := Message(FR, "SPACE_NOT_FOUND", map[string]any{"Space": "x"}); got != "Il n’existe aucun espace nommé « x »." {
		t.Errorf("FR: %q", got)
	}
	if got := Message(EN, "SPACE_NOT_FOUND", map[string]any{"Space": "x"}); got != "There is no space named “x”." {
		t.Errorf("EN: %q", got)
	}
	if got := Message(EN, "NO_SUCH_MESSAGE", nil); got != "NO_SUCH_MESSAGE" {
		t.Errorf("unknown id: %q", got)
	}
}
