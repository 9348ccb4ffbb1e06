package content

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"time"

	"guichet/blob"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/categorytranslation"
	"guichet/ent/file"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/txn"
)

// Options tune an import.
type Options struct {
	// Now is the clock, for published_at when the front matter gives none (default time.Now).
	Now func() time.Time
	// AfterWrite runs inside the import's transaction, before it commits, with the IDs of the
	// spaces something was written to (the search index hooks in here, so that it never
	// disagrees with the content). It is not called when nothing was written; it may be nil.
	AfterWrite func(ctx context.Context, tx *ent.Tx, spaceIDs []int) error
}

// Import writes a loaded bundle to the database in one transaction: when anything fails,
// nothing is written. Translations whose source is unchanged since the last import are left
// alone, so importing the same files twice changes nothing.
//
// Items (spaces, categories, guides, FAQs, resources) are matched by their slug or key. Items
// in the database that the bundle does not name are left alone: an editor may have created
// them in the application, and a content folder is no list of everything that exists.
func Import(ctx context.Context, client *ent.Client, blobs blob.Store, b *Bundle, opts Options) (*Report, error) {
	if b == nil {
		return nil, errors.New("import: no bundle (did Load fail?)")
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	// The importer is a trusted writer: content privacy (viewer filters on reads, denied
	// writes) is for requests, not for it.
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	// Blobs are content-addressed, so storing them before the transaction is harmless when it
	// fails: nothing refers to them, and the next import finds them there.
	if err := storeBlobs(blobs, b); err != nil {
		return nil, err
	}
	report := &Report{}
	err := txn.Run(ctx, client, func(tx *ent.Tx) error {
		im := &importer{tx: tx, bundle: b, now: opts.Now(), report: report}
		return im.run(ctx, b, opts.AfterWrite)
	})
	if err != nil {
		return nil, err
	}
	return report, nil
}

func storeBlobs(blobs blob.Store, b *Bundle) error {
	for _, s := range b.Spaces {
		for _, p := range slices.Sorted(maps.Keys(s.Files)) {
			f := s.Files[p]
			if blobs.Has(f.SHA256) {
				continue
			}
			sum, err := storeBlob(blobs, b.fsys, "spaces/"+s.Slug+"/"+p)
			if err != nil {
				return fmt.Errorf("import: storing spaces/%s/%s: %w", s.Slug, p, err)
			}
			if sum != f.SHA256 {
				return fmt.Errorf("import: spaces/%s/%s: stored as %s, loaded as %s", s.Slug, p, sum, f.SHA256)
			}
		}
	}
	return nil
}

// storeBlob streams the file at p into the store: Load kept its hash, not its bytes.
func storeBlob(blobs blob.Store, fsys fs.FS, p string) (string, error) {
	r, err := fsys.Open(p)
	if err != nil {
		return "", err
	}
	defer r.Close()
	sum, _, err := blobs.Put(r)
	return sum, err
}

// importer is one import's transaction and what it has done so far.
type importer struct {
	tx      *ent.Tx
	bundle  *Bundle // where the bodies are read from, one at a time
	now     time.Time
	report  *Report
	touched []int // IDs of the spaces written to, in import order
}

// spaceImport is one space being imported: its row and the IDs its items refer to.
type spaceImport struct {
	*Space
	id         int
	categories map[string]int // key → ID
	files      map[string]int // path inside the space → File ID
	slugs      map[slugKey]int
	touched    bool
}

type slugKey struct {
	locale locales.Locale
	slug   string
}

func (im *importer) run(ctx context.Context, b *Bundle, afterWrite func(context.Context, *ent.Tx, []int) error) error {
	conflicts, err := im.slugConflicts(ctx, b)
	if err != nil {
		return err
	}
	if len(conflicts) > 0 {
		return conflicts.err()
	}
	for _, s := range b.Spaces {
		if err := im.space(ctx, s); err != nil {
			return fmt.Errorf("import: space %s: %w", s.Slug, err)
		}
	}
	if afterWrite == nil || len(im.touched) == 0 {
		return nil
	}
	if err := afterWrite(ctx, im.tx, im.touched); err != nil {
		return fmt.Errorf("import: after write: %w", err)
	}
	return nil
}

func (im *importer) space(ctx context.Context, s *Space) error {
	sp := &spaceImport{Space: s, categories: map[string]int{}, files: map[string]int{}}
	steps := []func(context.Context, *spaceImport) error{
		im.upsertSpace, im.loadGuideSlugs, im.importCategories, im.importFiles,
		im.importGuides, im.importFAQs, im.importResources, im.importNews, im.importGroups,
	}
	for _, step := range steps {
		if err := step(ctx, sp); err != nil {
			return err
		}
	}
	if sp.touched {
		im.touched = append(im.touched, sp.id)
	}
	return nil
}

func (im *importer) upsertSpace(ctx context.Context, sp *spaceImport) error {
	row, err := im.tx.Space.Query().Where(space.Slug(sp.Slug)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		row, err = im.tx.Space.Create().SetSlug(sp.Slug).
			SetNameFr(sp.NameFR).SetNameEn(sp.NameEN).SetDefaultLocale(sp.DefaultLocale).
			SetApproval(space.Approval(sp.Approval)).SetModules(sp.Modules).
			SetPasswordPolicy(sp.PasswordPolicy).SetSupportEmail(sp.SupportEmail).SetCorsOrigins(sp.CORSOrigins).SetBeltRules(sp.BeltRules).SetTimeZone(sp.TimeZone).SetPhoneRegion(sp.PhoneRegion).SetSourceHash(sp.SourceHash).
			Save(ctx)
		sp.touched = true
		im.report.Spaces.add(true, false)
	case err != nil:
	case row.SourceHash == sp.SourceHash:
		im.report.Spaces.add(false, false)
	default:
		row, err = row.Update().
			SetNameFr(sp.NameFR).SetNameEn(sp.NameEN).SetDefaultLocale(sp.DefaultLocale).
			SetApproval(space.Approval(sp.Approval)).SetModules(sp.Modules).
			SetPasswordPolicy(sp.PasswordPolicy).SetSupportEmail(sp.SupportEmail).SetCorsOrigins(sp.CORSOrigins).SetBeltRules(sp.BeltRules).SetTimeZone(sp.TimeZone).SetPhoneRegion(sp.PhoneRegion).SetSourceHash(sp.SourceHash).
			Save(ctx)
		sp.touched = true
		im.report.Spaces.add(false, true)
	}
	if err != nil {
		return fmt.Errorf("space.yaml: %w", err)
	}
	sp.id = row.ID
	return nil
}

func (im *importer) importCategories(ctx context.Context, sp *spaceImport) error {
	for _, c := range sp.Categories {
		if err := im.importCategory(ctx, sp, c); err != nil {
			return fmt.Errorf("category %s: %w", c.Key, err)
		}
	}
	return nil
}

func (im *importer) importCategory(ctx context.Context, sp *spaceImport, c *Category) error {
	row, err := im.tx.Category.Query().Where(category.SpaceID(sp.id), category.Key(c.Key)).Only(ctx)
	created, updated := false, false
	switch {
	case ent.IsNotFound(err):
		row, err = im.tx.Category.Create().SetSpaceID(sp.id).SetKey(c.Key).SetPosition(c.Position).Save(ctx)
		created = true
	case err != nil:
	case row.Position != c.Position:
		row, err = row.Update().SetPosition(c.Position).Save(ctx)
		updated = true
	}
	if err != nil {
		return err
	}
	sp.categories[c.Key] = row.ID
	for _, loc := range locales.All {
		wrote, err := im.importCategoryText(ctx, sp.id, row.ID, loc, c.Translations[loc])
		if err != nil {
			return err
		}
		updated = updated || wrote
	}
	sp.touched = sp.touched || created || updated
	im.report.Categories.add(created, updated)
	return nil
}

func (im *importer) importCategoryText(ctx context.Context, spaceID, categoryID int, loc locales.Locale, t *CategoryText) (bool, error) {
	if t == nil {
		return false, nil
	}
	row, err := im.tx.CategoryTranslation.Query().
		Where(categorytranslation.CategoryID(categoryID), categorytranslation.LocaleEQ(loc)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		err = im.tx.CategoryTranslation.Create().SetCategoryID(categoryID).SetSpaceID(spaceID).SetLocale(loc).
			SetSlug(t.Slug).SetTitle(t.Title).SetDescription(t.Description).SetSourceHash(t.SourceHash).
			Exec(ctx)
	case err != nil:
		return false, err
	case row.SourceHash == t.SourceHash:
		return false, nil
	default:
		err = row.Update().SetSlug(t.Slug).SetTitle(t.Title).SetDescription(t.Description).
			SetSourceHash(t.SourceHash).Exec(ctx)
	}
	return err == nil, err
}

// importFiles gives each file the space's guides and resources refer to a File row, reusing
// the row of the same bytes under the same name.
func (im *importer) importFiles(ctx context.Context, sp *spaceImport) error {
	for _, p := range slices.Sorted(maps.Keys(sp.Files)) {
		f := sp.Files[p]
		row, err := im.tx.File.Query().
			Where(file.SpaceID(sp.id), file.Sha256(f.SHA256), file.Filename(f.Name)).Only(ctx)
		created := ent.IsNotFound(err)
		if created {
			row, err = im.tx.File.Create().SetSpaceID(sp.id).SetSha256(f.SHA256).SetFilename(f.Name).
				SetContentType(f.ContentType).SetSize(f.Size).Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		sp.files[p] = row.ID
		sp.touched = sp.touched || created
		im.report.Files.add(created, false)
	}
	return nil
}

// categoryID is the ID of the category key names, nil for none.
func (sp *spaceImport) categoryID(key string) *int {
	if key == "" {
		return nil
	}
	id := sp.categories[key]
	return &id
}

func (sp *spaceImport) fileIDs(paths []string) []int {
	ids := make([]int, 0, len(paths))
	for _, p := range paths {
		ids = append(ids, sp.files[p])
	}
	return ids
}
