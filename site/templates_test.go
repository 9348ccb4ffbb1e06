package site

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"guichet/locales"
)

// Every word a reader sees comes from locales/, in both languages: the templates hold no text
// of their own (punctuation aside), and every message they name exists in FR and EN.
func TestTemplatesHaveNoTextOfTheirOwn(t *testing.T) {
	action := regexp.MustCompile(`(?s){{.*?}}`)
	tag := regexp.MustCompile(`(?s)<[^>]*>`)
	named := regexp.MustCompile(`\.T "([A-Z_]+)"`)
	entries, err := templateFiles.ReadDir("templates")
	if err != nil {
		t.Fatal(err)
	}
	ids := 0
	for _, e := range entries {
		b, err := templateFiles.ReadFile("templates/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, m := range named.FindAllStringSubmatch(src, -1) {
			ids++
			for _, l := range locales.All {
				if got := locales.Message(l, m[1], nil); got == m[1] {
					t.Errorf("%s: message %s missing in %s", e.Name(), m[1], l)
				}
			}
		}
		text := tag.ReplaceAllString(action.ReplaceAllString(src, ""), "")
		text = strings.ReplaceAll(text, "DOCTYPE", "")
		for _, r := range text {
			if unicode.IsLetter(r) {
				t.Errorf("%s has text of its own: %q", e.Name(), strings.Join(strings.Fields(text), " "))
				break
			}
		}
	}
	if ids < 20 {
		t.Fatalf("only %d messages found in the templates", ids)
	}
}

// The messages the code names (not the templates) exist in both languages too.
func TestCodeMessagesExist(t *testing.T) {
	for _, id := range []string{"SITE_HOME_DESCRIPTION", "SITE_FAQ", "SITE_FAQ_DESCRIPTION", "SITE_RESOURCES",
		"SITE_RESOURCES_DESCRIPTION", "SITE_NEWS", "SITE_NEWS_DESCRIPTION", "SITE_SEARCH", "SITE_SEARCH_DESCRIPTION",
		"SITE_SEARCH_TITLE", "SITE_NOT_FOUND_TITLE", "SITE_NOT_FOUND", "PAGE_KIND_GUIDE", "PAGE_KIND_FAQ",
		"PAGE_KIND_RESOURCE", "PAGE_KIND_NEWS", "INTERNAL"} {
		fr, en := locales.Message(locales.FR, id, nil), locales.Message(locales.EN, id, nil)
		if fr == id || en == id || (fr == en && len(fr) > 12) {
			t.Errorf("%s: %q / %q", id, fr, en)
		}
	}
}

// Every page kind has its template, and they all parse with the layout.
func TestEveryPageKindParses(t *testing.T) {
	for _, k := range pageKinds {
		if pages[k] == nil || pages[k].Lookup("content") == nil || pages[k].Lookup("layout") == nil {
			t.Errorf("page kind %s", k)
		}
	}
	if cssURL == jsURL || !strings.HasPrefix(cssURL, AssetsPath+"site-") || !strings.HasSuffix(jsURL, ".js") {
		t.Errorf("assets: %s %s", cssURL, jsURL)
	}
}

func TestPathLocale(t *testing.T) {
	for path, want := range map[string]locales.Locale{"/fr/": locales.FR, "/en/guides/x": locales.EN,
		"/spaces/facilitators/en/faq": locales.EN, "/spaces/fr/fr/": locales.FR, "/": "", "/spaces/facilitators/": "",
		"/sitemap.xml": "", "/spaces/en/sitemap.xml": "", "/de/": "", "/english/": ""} {
		got, ok := PathLocale(path)
		if got != want || ok != (want != "") {
			t.Errorf("%s: %q %v", path, got, ok)
		}
	}
}
