package content

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"guichet/ent"
	"guichet/ent/localgroup"
	"guichet/locales"
	"guichet/slug"
)

// Group is one entry of groups.yaml: a local group the space ships with (the facilitators'
// space's "Community › Local groups"). Staff create others through the API.
type Group struct {
	Key          string
	City, Region string
	Texts        map[locales.Locale]*GroupText
	// SourceHash covers the entry, so that an import of an unchanged entry writes nothing.
	SourceHash string
}

// GroupText is a group's name and description in one locale.
type GroupText struct{ Name, Description string }

// groups reads groups.yaml (optional): a list of groups, each with a key, a city, a region,
// and a name (and description) in FR and/or EN.
func (l *loader) groups(file string, s *Space) {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return
	}
	y := yamlText{file: file, errs: &l.errs}
	root, ok := y.parse(data)
	if !ok || root == nil {
		return
	}
	seq, isSeq := root.(*ast.SequenceNode)
	if !isSeq {
		l.errs.add(file, y.line(root.GetToken()), "groups.yaml is a list of local groups (- key: …)")
		return
	}
	firstLine := map[string]int{}
	for _, item := range seq.Values {
		itemLine := y.line(item.GetToken())
		g := &Group{Texts: map[locales.Locale]*GroupText{}}
		texts := map[locales.Locale]*GroupText{locales.FR: {}, locales.EN: {}}
		translation := func(loc locales.Locale) func(entry) {
			return func(e entry) {
				t := texts[loc]
				y.fields(e.value, e.line, loc.Tag()+".", map[string]any{"name": &t.Name, "description": &t.Description})
			}
		}
		lines := y.fields(item, itemLine, "", map[string]any{"key": &g.Key, "city": &g.City, "region": &g.Region,
			"fr": translation(locales.FR), "en": translation(locales.EN)})
		itemLine = lines.line("key", itemLine)
		switch {
		case g.Key == "":
			if !lines.bad["key"] {
				l.errs.add(file, itemLine, "key is required")
			}
			continue
		case !slug.Valid(g.Key):
			l.errs.add(file, itemLine, "invalid key %q: lowercase letters, digits and single hyphens", g.Key)
		}
		if first, dup := firstLine[g.Key]; dup {
			l.errs.add(file, itemLine, "duplicate group key %q (first at line %d)", g.Key, first)
			continue
		}
		firstLine[g.Key] = itemLine
		named := false
		for _, loc := range locales.All {
			t := texts[loc]
			t.Name, t.Description = strings.TrimSpace(t.Name), strings.TrimSpace(t.Description)
			named = named || t.Name != ""
			g.Texts[loc] = t
		}
		if !named {
			l.errs.add(file, itemLine, "a group needs a name: fr.name or en.name")
		}
		fr, en := g.Texts[locales.FR], g.Texts[locales.EN]
		g.SourceHash = sha256Hex(fmt.Appendf(nil, "%q %q %q %q %q %q %q", g.Key, g.City, g.Region, fr.Name, fr.Description, en.Name, en.Description))
		s.Groups = append(s.Groups, g)
	}
}

// importGroups creates the space's shipped groups, matched by key, and updates those whose
// entry changed; an unchanged entry writes nothing, and members are never touched.
func (im *importer) importGroups(ctx context.Context, sp *spaceImport) error {
	for _, g := range sp.Groups {
		row, err := im.tx.LocalGroup.Query().Where(localgroup.SpaceID(sp.id), localgroup.Key(g.Key)).Only(ctx)
		fr, en := g.Texts[locales.FR], g.Texts[locales.EN]
		created, updated := false, false
		switch {
		case ent.IsNotFound(err):
			err = im.tx.LocalGroup.Create().SetSpaceID(sp.id).SetKey(g.Key).SetCity(g.City).SetRegion(g.Region).
				SetNameFr(fr.Name).SetNameEn(en.Name).SetDescriptionFr(fr.Description).SetDescriptionEn(en.Description).
				SetSourceHash(g.SourceHash).SetCreatedAt(im.now).Exec(ctx)
			created = true
		case err != nil:
		case row.SourceHash != g.SourceHash:
			err = row.Update().SetCity(g.City).SetRegion(g.Region).
				SetNameFr(fr.Name).SetNameEn(en.Name).SetDescriptionFr(fr.Description).SetDescriptionEn(en.Description).
				SetSourceHash(g.SourceHash).Exec(ctx)
			updated = true
		}
		if err != nil {
			return fmt.Errorf("groups.yaml %s: %w", g.Key, err)
		}
		sp.touched = sp.touched || created || updated
		im.report.Groups.add(created, updated)
	}
	return nil
}
