package content

import (
	"fmt"
	"io/fs"
	"net/mail"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // the time zones travel with the binary

	"github.com/goccy/go-yaml/ast"
	"github.com/nyaruka/phonenumbers"

	"guichet/facilitation"
	"guichet/locales"
	"guichet/password"
	"guichet/slug"
)

var approvals = []string{"none", "staff", "entity-manager"}

// spaceConfig reads space.yaml: the space's names, default locale, approval and password policy.
func (l *loader) spaceConfig(file string, s *Space) {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		l.errs.add(file, 1, "missing: every space has a space.yaml")
		return
	}
	s.SourceHash = sha256Hex(data)
	y := yamlText{file: file, errs: &l.errs}
	root, ok := y.parse(data)
	if !ok {
		return
	}
	var defaultLocale, approval string
	var nameLines, policyLines, beltLines keyLines
	lines := y.fields(root, 1, "", map[string]any{
		"name": func(e entry) {
			nameLines = y.fields(e.value, e.line, "name.", map[string]any{"fr": &s.NameFR, "en": &s.NameEN})
		},
		"default_locale": &defaultLocale,
		"approval":       &approval,
		"modules":        &s.Modules,
		"support_email":  &s.SupportEmail,
		"cors_origins":   &s.CORSOrigins,
		"time_zone":      &s.TimeZone,
		"phone_region":   &s.PhoneRegion,
		"password_policy": func(e entry) {
			policyLines = y.fields(e.value, e.line, "password_policy.", policyTargets(&s.PasswordPolicy))
		},
		"belts": func(e entry) {
			beltLines = y.fields(e.value, e.line, "belts.", yamlTargets(&s.BeltRules))
		},
	})
	at := func(key string) int { return lines.line(key, 1) }
	for _, n := range []struct{ key, value string }{{"fr", s.NameFR}, {"en", s.NameEN}} {
		if strings.TrimSpace(n.value) == "" {
			l.errs.add(file, nameLines.line(n.key, at("name")), "name.%s is required", n.key)
		}
	}
	if loc, ok := localeOf(defaultLocale); ok {
		s.DefaultLocale = loc
	} else if !lines.bad["default_locale"] {
		l.errs.add(file, at("default_locale"), "default_locale must be fr or en, not %q", defaultLocale)
	}
	s.Approval = approval
	if s.Approval == "" {
		s.Approval = "none"
	}
	if !slices.Contains(approvals, s.Approval) && !lines.bad["approval"] {
		l.errs.add(file, at("approval"), "approval must be one of %s, not %q", strings.Join(approvals, ", "), approval)
	}
	if s.SupportEmail != "" {
		if a, err := mail.ParseAddress(s.SupportEmail); err != nil || a.Address != s.SupportEmail {
			l.errs.add(file, at("support_email"), "support_email %q is not an e-mail address", s.SupportEmail)
		}
	}
	for _, o := range s.CORSOrigins {
		if !validOrigin(o) {
			l.errs.add(file, at("cors_origins"), "cors_origins: %q is not an origin (https://host or https://host:port, nothing after)", o)
		}
	}
	if s.TimeZone == "" {
		s.TimeZone = "Europe/Paris"
	}
	if _, err := time.LoadLocation(s.TimeZone); err != nil || s.TimeZone == "Local" {
		l.errs.add(file, at("time_zone"), "time_zone %q is not an IANA time zone (e.g. America/Toronto)", s.TimeZone)
	}
	if s.PhoneRegion == "" {
		s.PhoneRegion = "FR"
	}
	if !phonenumbers.GetSupportedRegions()[s.PhoneRegion] {
		l.errs.add(file, at("phone_region"), "phone_region %q is not a region code (e.g. CA, FR)", s.PhoneRegion)
	}
	l.checkPolicy(file, s.PasswordPolicy, policyLines, at("password_policy"))
	l.checkBelts(file, &s.BeltRules, beltLines, at("belts"))
}

// checkBelts rejects belt rules that contradict themselves; unset numbers take the defaults.
func (l *loader) checkBelts(file string, r *facilitation.Rules, lines keyLines, beltsLine int) {
	*r = r.OrDefault()
	if r.OrangeWorkshops <= r.YellowWorkshops && !lines.bad["orange_workshops"] {
		l.errs.add(file, lines.line("orange_workshops", beltsLine),
			"belts.orange_workshops (%d) must be more than yellow_workshops (%d)", r.OrangeWorkshops, r.YellowWorkshops)
	}
	for _, b := range r.ProfessionalBelts {
		if facilitation.Rank(b) == 0 {
			l.errs.add(file, lines.line("professional_belts", beltsLine), "belts.professional_belts: %q is not a belt (%s)",
				b, strings.Join(facilitation.Belts, ", "))
		}
	}
}

// validOrigin accepts what a browser sends as Origin: http or https, a host, an optional
// port, no path, query or credentials.
func validOrigin(o string) bool {
	u, err := url.Parse(o)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.User == nil &&
		u.Path == "" && u.RawQuery == "" && u.Fragment == "" && !strings.HasSuffix(o, "/") && o == strings.ToLower(o)
}

// policyTargets lets every yaml-tagged field of password.Policy be written in space.yaml, so a
// rule added to the policy is readable here without touching the importer.
func policyTargets(p *password.Policy) map[string]any { return yamlTargets(p) }

// yamlTargets maps the yaml tags of the struct p points to onto its fields.
func yamlTargets(p any) map[string]any {
	targets := map[string]any{}
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		if tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ","); tag != "" && tag != "-" {
			targets[tag] = v.Field(i).Addr().Interface()
		}
	}
	return targets
}

// checkPolicy rejects a policy no password could satisfy or that lets an empty one through.
func (l *loader) checkPolicy(file string, p password.Policy, lines keyLines, policyLine int) {
	if lines.bad["min_length"] || lines.bad["max_length"] {
		return
	}
	if p.MinLength < 1 {
		l.errs.add(file, lines.line("min_length", policyLine), "password_policy.min_length must be at least 1")
	}
	if p.MaxLength < p.MinLength {
		l.errs.add(file, lines.line("max_length", policyLine),
			"password_policy.max_length (%d) must be at least min_length (%d)", p.MaxLength, p.MinLength)
	}
}

// categories reads categories.yaml and returns the keys it defines. A space without the file
// has no categories (and then every guide's category is unknown).
func (l *loader) categories(file string, s *Space) map[string]bool {
	keys := map[string]bool{}
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return keys
	}
	y := yamlText{file: file, errs: &l.errs}
	root, ok := y.parse(data)
	if !ok || root == nil {
		return keys
	}
	seq, isSeq := root.(*ast.SequenceNode)
	if !isSeq {
		l.errs.add(file, y.line(root.GetToken()), "categories.yaml is a list of categories (- key: …)")
		return keys
	}
	firstLine := map[string]int{}
	slugs := map[locales.Locale]map[string]int{locales.FR: {}, locales.EN: {}}
	for _, item := range seq.Values {
		c, line := l.category(y, item)
		if c == nil {
			continue
		}
		if first, dup := firstLine[c.Key]; dup {
			l.errs.add(file, line, "duplicate category key %q (first at line %d)", c.Key, first)
			continue
		}
		firstLine[c.Key] = line
		keys[c.Key] = true
		for _, loc := range locales.All {
			if t := c.Translations[loc]; t != nil && t.Slug != "" {
				if first, dup := slugs[loc][t.Slug]; dup {
					l.errs.add(file, line, "%s slug %q is already used by the category at line %d", loc.Tag(), t.Slug, first)
				}
				slugs[loc][t.Slug] = line
			}
		}
		s.Categories = append(s.Categories, c)
	}
	return keys
}

// category reads one entry of categories.yaml; it returns the line of its key.
func (l *loader) category(y yamlText, item ast.Node) (*Category, int) {
	file := y.file
	itemLine := y.line(item.GetToken())
	c := &Category{Translations: map[locales.Locale]*CategoryText{}}
	texts := map[locales.Locale]*CategoryText{locales.FR: {}, locales.EN: {}}
	textLines := map[locales.Locale]keyLines{}
	sectionLines := map[locales.Locale]int{}
	translation := func(loc locales.Locale) func(entry) {
		return func(e entry) {
			t := texts[loc]
			textLines[loc] = y.fields(e.value, e.line, loc.Tag()+".", map[string]any{
				"slug": &t.Slug, "title": &t.Title, "description": &t.Description,
			})
			sectionLines[loc] = e.line
		}
	}
	lines := y.fields(item, itemLine, "", map[string]any{
		"key": &c.Key, "position": &c.Position, "fr": translation(locales.FR), "en": translation(locales.EN),
	})
	itemLine = lines.line("key", itemLine)
	if c.Key == "" {
		if !lines.bad["key"] {
			l.errs.add(file, itemLine, "key is required")
		}
		return nil, itemLine
	}
	if !slug.Valid(c.Key) {
		l.errs.add(file, itemLine, "invalid key %q: lowercase letters, digits and single hyphens", c.Key)
	}
	for _, loc := range locales.All {
		t, tl := texts[loc], textLines[loc]
		section := itemLine
		if sl, ok := sectionLines[loc]; ok {
			section = sl
		}
		if t.Slug == "" {
			l.errs.add(file, tl.line("slug", section), "%s.slug is required", loc.Tag())
		} else if !slug.Valid(t.Slug) {
			l.errs.add(file, tl.line("slug", section), "invalid %s.slug %q: lowercase letters, digits and single hyphens", loc.Tag(), t.Slug)
		}
		if strings.TrimSpace(t.Title) == "" {
			l.errs.add(file, tl.line("title", section), "%s.title is required", loc.Tag())
		}
		t.SourceHash = sha256Hex(fmt.Appendf(nil, "%q %q %q %q", c.Key, t.Slug, t.Title, t.Description))
		c.Translations[loc] = t
	}
	return c, itemLine
}
