package content

import (
	"context"
	"fmt"

	"guichet/ent"
	"guichet/ent/guide"
	"guichet/ent/guideslug"
	"guichet/ent/guidetranslation"
	"guichet/ent/space"
	"guichet/locales"
)

// slugConflicts reports each slug of the bundle that another guide of the same space and locale
// already answers to in the database (one an editor created, or one whose old slug it was):
// taking it over would send that guide's readers elsewhere. It runs before anything is written.
func (im *importer) slugConflicts(ctx context.Context, b *Bundle) (Errors, error) {
	var errs Errors
	for _, s := range b.Spaces {
		row, err := im.tx.Space.Query().Where(space.Slug(s.Slug)).Only(ctx)
		if ent.IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		owners, err := im.slugOwners(ctx, row.ID)
		if err != nil {
			return nil, err
		}
		for _, g := range s.Guides {
			for _, loc := range locales.All {
				t := g.Translations[loc]
				if t == nil {
					continue
				}
				for _, c := range t.slugClaims() {
					if owner, ok := owners[slugKey{loc, c.slug}]; ok && owner != g.Key {
						errs.add(t.File, c.line, "%s %q already belongs to guide %q of space %s in the database",
							c.what, c.slug, owner, s.Slug)
					}
				}
			}
		}
	}
	return errs, nil
}

// slugOwners maps every slug of a space's guides in the database, current or former, to the
// key of the guide it leads to.
//
// It reads only the columns it needs and joins in Go, by guide ID: loading each row's guide
// (WithGuide) put every guide ID of the space in one IN (…), which SQLite refuses past 32,766
// variables, and read every translation's body.
func (im *importer) slugOwners(ctx context.Context, spaceID int) (map[slugKey]string, error) {
	guides, err := im.tx.Guide.Query().Where(guide.SpaceID(spaceID)).Select(guide.FieldKey).All(ctx)
	if err != nil {
		return nil, err
	}
	keys := make(map[int]string, len(guides))
	for _, g := range guides {
		keys[g.ID] = g.Key
	}
	owners := map[slugKey]string{}
	rows, err := im.tx.GuideSlug.Query().Where(guideslug.SpaceID(spaceID)).
		Select(guideslug.FieldLocale, guideslug.FieldSlug, guideslug.FieldGuideID).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if key, ok := keys[r.GuideID]; ok {
			owners[slugKey{r.Locale, r.Slug}] = key
		}
	}
	// A guide written by something else than this importer may lack its GuideSlug rows; its
	// current slug is taken all the same.
	texts, err := im.tx.GuideTranslation.Query().
		Where(guidetranslation.HasGuideWith(guide.SpaceID(spaceID))).
		Select(guidetranslation.FieldLocale, guidetranslation.FieldSlug, guidetranslation.FieldGuideID).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range texts {
		if key, ok := keys[t.GuideID]; ok {
			owners[slugKey{t.Locale, t.Slug}] = key
		}
	}
	return owners, nil
}

// slugClaim is one slug a translation answers to, and the line that gives it.
type slugClaim struct {
	what, slug string
	line       int
}

func (t *GuideText) slugClaims() []slugClaim {
	claims := []slugClaim{{"slug", t.Slug, t.Line("slug")}}
	for _, s := range t.FormerSlugs {
		claims = append(claims, slugClaim{"former slug", s, t.Line("former_slugs")})
	}
	return claims
}

func (im *importer) loadGuideSlugs(ctx context.Context, sp *spaceImport) error {
	rows, err := im.tx.GuideSlug.Query().Where(guideslug.SpaceID(sp.id)).All(ctx)
	if err != nil {
		return err
	}
	sp.slugs = make(map[slugKey]int, len(rows))
	for _, r := range rows {
		sp.slugs[slugKey{r.Locale, r.Slug}] = r.GuideID
	}
	return nil
}

// ensureGuideSlugs gives every slug of a guide, current and former, its GuideSlug row. Rows
// are never deleted here: when a slug changes, the old one keeps leading to the guide.
func (im *importer) ensureGuideSlugs(ctx context.Context, sp *spaceImport, guideID int, g *Guide) (bool, error) {
	wrote := false
	for _, loc := range locales.All {
		t := g.Translations[loc]
		if t == nil {
			continue
		}
		for _, c := range t.slugClaims() {
			k := slugKey{loc, c.slug}
			if owner, ok := sp.slugs[k]; ok {
				if owner != guideID {
					return wrote, fmt.Errorf("%s: %s %q belongs to guide #%d", t.File, c.what, c.slug, owner)
				}
				continue
			}
			err := im.tx.GuideSlug.Create().SetSpaceID(sp.id).SetLocale(loc).SetSlug(c.slug).
				SetGuideID(guideID).Exec(ctx)
			if err != nil {
				return wrote, err
			}
			sp.slugs[k] = guideID
			wrote = true
		}
	}
	return wrote, nil
}
