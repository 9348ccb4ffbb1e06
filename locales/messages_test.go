package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
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

// Every message id the code names (MessageID: "…", or a violation's Code: "…") has a
// message: a typo would otherwise show readers the bare id.
func TestEveryMessageTheCodeNamesExists(t *testing.T) {
	en := keysOf(t, "active.en.toml")
	named := regexp.MustCompile(`(MessageID|Code):\s*"([A-Z][A-Z_0-9]+)"`)
	checked := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "ent" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var found [][]string
		for _, line := range strings.Split(string(b), "\n") {
			for _, m := range named.FindAllStringSubmatch(line, -1) {
				// A Code names a message only in a violation (elsewhere it is a code of its own).
				if m[1] == "MessageID" || strings.Contains(line, "Violation{") {
					found = append(found, m)
				}
			}
		}
		for _, m := range found {
			checked++
			if id := m[2]; strings.HasSuffix(id, "_") { // a prefix the code completes: "ACCOUNT_NOT_ACTIVE_" + status
				if !hasPrefixKey(en, id) {
					t.Errorf("%s names messages %s…, which locales do not have", path, id)
				}
				continue
			}
			if _, ok := en[m[2]]; !ok {
				t.Errorf("%s names the message %s, which locales do not have", path, m[2])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d message ids found: is the walk looking at the code?", checked)
	}
}

func hasPrefixKey(m map[string]string, prefix string) bool {
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}
