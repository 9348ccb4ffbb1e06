package mail

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"guichet/locales"
)

// The words people read: every message of locales/ and every e-mail template, in both
// languages, written with realistic arguments of the kinds the code passes (labels for
// enums, dates written for the locale), must show no enum name, no ISO date and none of
// the French constructions that break on a name ("de Espace…", "le 2026-…").

var (
	isoDate     = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	frDeVowel   = regexp.MustCompile(`\b[Dd]e [AEIOUYÉÈÊÀÂÎÔÛ]`)
	frLeYear    = regexp.MustCompile(`\ble 20\d\d\b`)
	capsToken   = regexp.MustCompile(`\b[A-Z][A-Z_]+\b`)
	enumBlock   = regexp.MustCompile(`(?sm)^enum\s+\w+[^{]*\{([^}]*)\}`)
	enumValue   = regexp.MustCompile(`(?m)^\s*([A-Z][A-Z0-9_]*)\b`)
	placeholder = regexp.MustCompile(`\{\{-?\s*(?:if|with)?\s*\.(\w+)`)
	dataKey     = regexp.MustCompile(`\.Data\.(\w+)|index \.Data "(\w+)"`)
)

// schemaEnums reads every enum value the GraphQL schema declares.
func schemaEnums(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("../graph/*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	out := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range enumBlock.FindAllStringSubmatch(string(b), -1) {
			for _, v := range enumValue.FindAllStringSubmatch(m[1], -1) {
				out[v[1]] = true
			}
		}
	}
	for _, v := range []string{"BLUE", "PENDING", "PUBLIC", "FACILITATOR"} {
		if !out[v] {
			t.Fatalf("schema enums not read: %s missing", v)
		}
	}
	return out
}

// badWords lists what s shows that a person should not read.
func badWords(l locales.Locale, s string, enums map[string]bool) []string {
	var bad []string
	for _, tok := range capsToken.FindAllString(s, -1) {
		if enums[tok] {
			bad = append(bad, "enum name "+tok)
		}
	}
	if m := isoDate.FindString(s); m != "" {
		bad = append(bad, "ISO date "+m)
	}
	if l == locales.FR {
		for _, re := range []*regexp.Regexp{frDeVowel, frLeYear} {
			if m := re.FindString(s); m != "" {
				bad = append(bad, "French « "+m+"… »")
			}
		}
	}
	return bad
}

// Messages that quote the API's own words to the developer who sent them: enum values and
// type names are what must be typed, and the ISO form is the expected input.
var apiWords = map[string]bool{
	"FILTER_VALUE_UNKNOWN": true, "MALFORMED_DATE": true, "MALFORMED_TIME": true,
}

// messageSample is a realistic argument for a message's placeholder, of the type the code
// passes.
func messageSample(l locales.Locale, name string) any {
	when := time.Date(2026, time.September, 4, 9, 30, 0, 0, locales.Paris)
	switch name {
	case "Belt":
		return locales.Label("BELT_BLUE")
	case "Oldest":
		return locales.Day{Year: 2026, Month: time.September, Day: 6}
	case "Date", "When":
		return locales.FormatDate(l, when, nil)
	case "Locale":
		return locales.Label("LANGUAGE_EN")
	case "Audience":
		return locales.Label("AUDIENCE_FACILITATOR")
	case "Audiences":
		return locales.Labels{"AUDIENCE_PUBLIC", "AUDIENCE_EDITOR"}
	case "Entity":
		return "Atelier Olga"
	case "Organization":
		return "Entraide Ouest"
	case "Program":
		return "Objectif Emploi"
	case "Admin", "Requester":
		return "Olga Martin"
	case "AdminEmail", "RequesterEmail", "Support":
		return "olga@example.org"
	case "Space", "Slug", "Tag":
		return "animateurs"
	case "Tags":
		return "journey:orange, journey:bleue"
	case "Field", "Argument", "Variable", "Operation", "Directive":
		return "mandateSignedOn"
	case "Type", "Expected":
		return "Training"
	case "Found", "Value", "Names":
		return "\"abc\""
	case "Detail":
		return "Cannot query field \"x\" on type \"Query\"."
	case "Symbols", "Items", "Init", "Last", "Length", "Role", "Example":
		return "abc"
	}
	return 12 // Max, Min, Limit, Count, Days, Months, Line, Side…
}

func TestEveryMessageReadsNaturally(t *testing.T) {
	enums := schemaEnums(t)
	for _, l := range locales.All {
		var file map[string]any
		if _, err := toml.DecodeFile("../locales/active."+l.Tag()+".toml", &file); err != nil {
			t.Fatal(err)
		}
		ids := make([]string, 0, len(file))
		for id := range file {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			src, _ := file[id].(string)
			data := map[string]any{}
			for _, m := range placeholder.FindAllStringSubmatch(src, -1) {
				data[m[1]] = messageSample(l, m[1])
			}
			s := locales.Message(l, id, data)
			if s == id {
				t.Errorf("%s %s: not rendered", l, id)
				continue
			}
			for _, tok := range capsToken.FindAllString(s, -1) {
				if _, ok := file[tok]; ok {
					t.Errorf("%s %s shows the message ID %s: an argument's label is missing", l, id, tok)
				}
			}
			if strings.HasPrefix(id, "GRAPHQL_") || apiWords[id] {
				continue
			}
			if bad := badWords(l, s, enums); len(bad) > 0 {
				t.Errorf("%s %s shows %s: %q", l, id, strings.Join(bad, ", "), s)
			}
		}
	}
}

// mailSample is a realistic value for a template's Data key, as the code builds it.
func mailSample(l locales.Locale, key string) string {
	when := time.Date(2026, time.September, 4, 9, 30, 0, 0, locales.Paris)
	switch {
	case key == "belt":
		return locales.Message(l, "BELT_BLUE", nil)
	case strings.HasSuffix(key, "_date"):
		return locales.FormatDate(l, when, nil)
	case strings.HasSuffix(key, "_path"):
		return "/animateurs/page"
	case strings.HasSuffix(key, "email"):
		return "olga@example.org"
	case key == "entity_name":
		return "Atelier Olga"
	case key == "organization_name":
		return "Entraide Ouest"
	case key == "program_title", key == "workshop_title", key == "training_title":
		return "Objectif Emploi"
	case strings.HasSuffix(key, "_name"), key == "name":
		return "Olga Martin"
	}
	return "Un texte quelconque"
}

func TestEveryMailReadsNaturally(t *testing.T) {
	enums := schemaEnums(t)
	spaceNames := map[locales.Locale]string{locales.FR: "Espace des animateurs", locales.EN: "Facilitators' space"}
	for _, name := range Templates() {
		for _, l := range locales.All {
			src, err := templateFiles.ReadFile("templates/" + templateKey(name, l) + ".tmpl")
			if err != nil {
				t.Fatal(err)
			}
			data := map[string]string{DataSpaceName: spaceNames[l]}
			for _, m := range dataKey.FindAllStringSubmatch(string(src), -1) {
				k := m[1] + m[2]
				data[k] = mailSample(l, k)
			}
			for _, k := range specs[name].required {
				if _, ok := data[k]; !ok {
					data[k] = mailSample(l, k)
				}
			}
			m := Message{To: "olga@example.org", ToName: "Olga Martin", Locale: l, Template: name, Data: data}
			if HasLink(name) {
				m.Link = &Link{Path: "/animateurs/lien", Token: "jeton"}
			}
			r, err := Render(m, "https://guichet.example")
			if err != nil {
				t.Fatalf("%s %s: %v", name, l, err)
			}
			for part, s := range map[string]string{"subject": r.Subject, "text": r.Text, "HTML": r.HTML} {
				if bad := badWords(l, s, enums); len(bad) > 0 {
					t.Errorf("%s %s %s shows %s", name, l, part, strings.Join(bad, ", "))
				}
			}
		}
	}
}

// labelled lists the enums a person reads and the prefix of their labels' message IDs.
var labelled = map[string]string{
	"Belt": "BELT_", "AccountStatus": "ACCOUNT_STATUS_", "Audience": "AUDIENCE_", "BeltRequestStatus": "BELT_REQUEST_STATUS_",
	"DocumentKind": "DOCUMENT_KIND_", "EntityKind": "ENTITY_KIND_", "Format": "FORMAT_", "Locale": "LANGUAGE_",
	"PlatformAccessRequestStatus": "ACCESS_REQUEST_STATUS_", "ProgramStatus": "PROGRAM_STATUS_",
	"ReviewStatus": "REVIEW_STATUS_", "WorkshopKind": "WORKSHOP_KIND_", "WorkshopStatus": "WORKSHOP_STATUS_",
	"WorkshopApplicationStatus": "APPLICATION_STATUS_", "PageKind": "PAGE_KIND_",
}

var namedEnum = regexp.MustCompile(`(?sm)^enum\s+(\w+)[^{]*\{([^}]*)\}`)

func TestEveryEnumAPersonReadsHasLabels(t *testing.T) {
	files, _ := filepath.Glob("../graph/*.graphqls")
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range namedEnum.FindAllStringSubmatch(string(b), -1) {
			prefix, ok := labelled[m[1]]
			if !ok {
				continue
			}
			seen[m[1]] = true
			for _, v := range enumValue.FindAllStringSubmatch(m[2], -1) {
				for _, l := range locales.All {
					id := prefix + v[1]
					if s := locales.Message(l, id, nil); s == id || s == "" {
						t.Errorf("%s.%s has no %s label %s", m[1], v[1], l, id)
					}
				}
			}
		}
	}
	for name := range labelled {
		if !seen[name] {
			t.Errorf("enum %s not found in the schema", name)
		}
	}
}
