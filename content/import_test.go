package content

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"guichet/ent"
	"guichet/ent/faqtag"
	"guichet/ent/guide"
	"guichet/ent/guiderevision"
	"guichet/ent/guideslug"
	"guichet/ent/guidetag"
	"guichet/ent/guidetranslation"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/store/storetest"
)

func TestSecondImportOfUnchangedContentChangesNothing(t *testing.T) {
	db, blobs := newStore(t)
	mustImport(t, db, blobs, Shipped)
	before := snapshot(t, db.SQL)
	hooked := false
	r, err := loadAndImport(t, db, blobs, Shipped, Options{
		Now:        func() time.Time { return time.Now().Add(time.Hour) },
		AfterWrite: func(context.Context, *ent.Tx, []int) error { hooked = true; return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Changed() {
		t.Fatalf("second import: %v", r)
	}
	if r.Spaces.Unchanged != 3 || r.Guides.Unchanged < 12 || r.Files.Unchanged == 0 {
		t.Fatalf("second import counted %v", r)
	}
	if hooked {
		t.Fatal("AfterWrite called although nothing was written")
	}
	if diff := diffSnapshots(before, snapshot(t, db.SQL)); diff != "" {
		t.Fatalf("second import wrote:\n%s", diff)
	}
}

const firstStepsFR = "spaces/facilitators/guides/first-sign-in.fr.md"

func guideText(t *testing.T, db *ent.Client, key string, loc locales.Locale) *ent.GuideTranslation {
	t.Helper()
	return db.GuideTranslation.Query().
		Where(guidetranslation.HasGuideWith(guide.Key(key)), guidetranslation.LocaleEQ(loc)).
		OnlyX(allowed())
}

func TestChangedFileRepublishesThatTranslationOnly(t *testing.T) {
	db, blobs := newStore(t)
	fsys := copyFS(t, Shipped)
	mustImport(t, db, blobs, fsys)
	enBefore := guideText(t, db.Client, "first-sign-in", locales.EN)
	frBefore := guideText(t, db.Client, "first-sign-in", locales.FR)

	fsys[firstStepsFR].Data = append(fsys[firstStepsFR].Data, []byte("\nUn paragraphe ajouté.\n")...)
	published := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	r, err := loadAndImport(t, db, blobs, fsys, Options{Now: func() time.Time { return published }})
	if err != nil {
		t.Fatal(err)
	}
	if r.Guides.Updated != 1 || r.Guides.Created != 0 || r.FAQs.Updated != 0 || r.Spaces.Updated != 0 {
		t.Fatalf("report: %v", r)
	}
	fr := guideText(t, db.Client, "first-sign-in", locales.FR)
	if fr.Revision != 2 || !strings.Contains(fr.Body, "Un paragraphe ajouté.") || !strings.Contains(fr.HTML, "Un paragraphe ajouté.") ||
		fr.DraftBody != fr.Body || !fr.PublishedAt.Equal(published) || fr.SourceHash == frBefore.SourceHash {
		t.Fatalf("FR after change: revision %d, published at %v", fr.Revision, fr.PublishedAt)
	}
	rev := fr.QueryRevisions().Where(guiderevision.Number(2)).OnlyX(allowed())
	if rev.Body != fr.Body || rev.Slug != fr.Slug || rev.Author != "Équipe d'accompagnement" {
		t.Fatalf("revision 2: %+v", rev)
	}
	en := guideText(t, db.Client, "first-sign-in", locales.EN)
	if en.Revision != 1 || !en.UpdatedAt.Equal(enBefore.UpdatedAt) || en.SourceHash != enBefore.SourceHash {
		t.Fatalf("EN was touched: revision %d, updated %v → %v", en.Revision, enBefore.UpdatedAt, en.UpdatedAt)
	}
}

func TestChangedSlugKeepsTheOldOneResolving(t *testing.T) {
	db, blobs := newStore(t)
	fsys := copyFS(t, Shipped)
	mustImport(t, db, blobs, fsys)
	old := guideText(t, db.Client, "first-sign-in", locales.FR)

	src := string(fsys[firstStepsFR].Data)
	fsys[firstStepsFR].Data = []byte(strings.Replace(src, "slug: "+old.Slug, "slug: premiere-connexion", 1))
	mustImport(t, db, blobs, fsys)

	ctx := allowed()
	now := guideText(t, db.Client, "first-sign-in", locales.FR)
	if now.Slug != "premiere-connexion" || now.Revision != 2 {
		t.Fatalf("FR slug %q revision %d", now.Slug, now.Revision)
	}
	for _, s := range []string{old.Slug, "premiere-connexion"} {
		g := db.Client.GuideSlug.Query().Where(guideslug.SlugEQ(s), guideslug.LocaleEQ(locales.FR)).QueryGuide().OnlyX(ctx)
		if g.Key != "first-sign-in" {
			t.Errorf("slug %q leads to %q", s, g.Key)
		}
	}
	if rev := now.QueryRevisions().Where(guiderevision.Number(2)).OnlyX(ctx); rev.Slug != "premiere-connexion" {
		t.Errorf("revision 2 slug %q", rev.Slug)
	}
}

func TestChangedResourceFileRepublishesItsTranslation(t *testing.T) {
	db, blobs := newStore(t)
	fsys := copyFS(t, Shipped)
	mustImport(t, db, blobs, fsys)
	const pdf = "spaces/certification/files/modele-delegation-mandat.pdf"
	fsys[pdf].Data = append(append([]byte{}, fsys[pdf].Data...), []byte("\n% revised\n")...)
	r := mustImport(t, db, blobs, fsys)
	if r.Files.Created != 1 || r.Resources.Updated != 1 || r.Guides.Updated != 1 {
		t.Fatalf("report: %v", r)
	}
	ctx := allowed()
	tr := db.Client.ResourceTranslation.Query().Where(
		resourcetranslation.HasResourceWith(resource.Key("mandate-delegation-template")),
		resourcetranslation.LocaleEQ(locales.FR)).OnlyX(ctx)
	f := tr.QueryFile().OnlyX(ctx)
	if tr.Revision != 2 || f.Size != int64(len(fsys[pdf].Data)) || !blobs.Has(f.Sha256) {
		t.Fatalf("revision %d, file %+v", tr.Revision, f)
	}
	attachments := guideText(t, db.Client, "required-documents", locales.FR).QueryAttachments().AllX(ctx)
	if len(attachments) != 1 || attachments[0].ID != f.ID {
		t.Fatalf("attachments %v, want the new file %d", attachments, f.ID)
	}
}

func TestSlugOfAnotherGuideInTheDatabaseImportsNothing(t *testing.T) {
	db, blobs := newStore(t)
	fsys := validFS()
	mustImport(t, db, blobs, fsys)

	// An editor created a guide in the application, with its own slug.
	ctx := allowed()
	demo := db.Client.Space.Query().OnlyX(ctx)
	editors := db.Client.Guide.Create().SetSpaceID(demo.ID).SetKey("editors-guide").SaveX(ctx)
	db.Client.GuideTranslation.Create().SetGuideID(editors.ID).SetLocale(locales.FR).SetSlug("guide-des-editeurs").ExecX(ctx)
	db.Client.GuideSlug.Create().SetSpaceID(demo.ID).SetLocale(locales.FR).SetSlug("guide-des-editeurs").SetGuideID(editors.ID).ExecX(ctx)
	before := snapshot(t, db.SQL)

	// The new batch changes many things, one of which takes the editor's slug.
	fsys["spaces/demo/space.yaml"].Data = []byte(strings.Replace(spaceYAML, "Démo", "Démonstration", 1))
	fsys["spaces/demo/faqs/new.fr.md"] = &fstest.MapFile{Data: []byte("---\nquestion: Nouvelle ?\n---\nOui.\n")}
	fsys["spaces/demo/guides/second.en.md"].Data = []byte(strings.Replace(secondEN, "Access", "Entering", 1))
	fsys["spaces/demo/guides/first.fr.md"].Data = []byte(strings.Replace(firstFR, "slug: premier-pas", "slug: guide-des-editeurs", 1))

	_, err := loadAndImport(t, db, blobs, fsys, Options{})
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("err = %v, want one conflict", err)
	}
	want := Error{File: "spaces/demo/guides/first.fr.md", Line: 3}
	if errs[0].File != want.File || errs[0].Line != want.Line || !strings.Contains(errs[0].Msg, `"editors-guide"`) {
		t.Fatalf("error %q, want %s:%d about editors-guide", errs[0], want.File, want.Line)
	}
	if diff := diffSnapshots(before, snapshot(t, db.SQL)); diff != "" {
		t.Fatalf("a failed import wrote:\n%s", diff)
	}
}

func TestFailingAfterWriteImportsNothing(t *testing.T) {
	db, blobs := newStore(t)
	before := snapshot(t, db.SQL)
	var got []int
	_, err := loadAndImport(t, db, blobs, Shipped, Options{
		AfterWrite: func(ctx context.Context, tx *ent.Tx, ids []int) error {
			got = ids
			if n := tx.Guide.Query().CountX(ctx); n == 0 {
				t.Error("AfterWrite does not see the import's writes")
			}
			return errors.New("search index unavailable")
		},
	})
	if err == nil || !strings.Contains(err.Error(), "search index unavailable") {
		t.Fatalf("err = %v", err)
	}
	if len(got) != 3 {
		t.Fatalf("AfterWrite got %v", got)
	}
	if diff := diffSnapshots(before, snapshot(t, db.SQL)); diff != "" {
		t.Fatalf("a failed import wrote:\n%s", diff)
	}
}

func TestItemsMissingFromTheBundleAreLeftAlone(t *testing.T) {
	db, blobs := newStore(t)
	fsys := validFS()
	mustImport(t, db, blobs, fsys)
	delete(fsys, "spaces/demo/faqs/help.fr.md")
	r := mustImport(t, db, blobs, fsys)
	if r.Changed() {
		t.Fatalf("report: %v", r)
	}
	if n := db.Client.Faq.Query().CountX(allowed()); n != 1 {
		t.Fatalf("%d FAQs, want the one absent from the bundle kept", n)
	}
}

func TestTagsAreStoredPerItemAndFollowTheFiles(t *testing.T) {
	db, blobs := newStore(t)
	fsys := validFS()
	mustImport(t, db, blobs, fsys)
	ctx := allowed()
	guideTags := func() []string {
		return db.Client.GuideTag.Query().Where(guidetag.HasGuideWith(guide.Key("first"))).
			Order(ent.Asc(guidetag.FieldTag)).Select(guidetag.FieldTag).StringsX(ctx)
	}
	if got := guideTags(); !slices.Equal(got, []string{"journey:participant", "start"}) {
		t.Fatalf("first guide's tags %q", got)
	}
	if n := db.Client.GuideTag.Query().Where(guidetag.HasGuideWith(guide.Key("second"))).CountX(ctx); n != 0 {
		t.Fatalf("second guide has %d tags, want none", n)
	}
	if got := db.Client.FaqTag.Query().Select(faqtag.FieldTag).StringsX(ctx); !slices.Equal(got, []string{"journey:pending-activation"}) {
		t.Fatalf("FAQ tags %q", got)
	}
	space := db.Client.Space.Query().OnlyX(ctx)
	if n := db.Client.GuideTag.Query().Where(guidetag.SpaceID(space.ID)).CountX(ctx); n != 2 {
		t.Fatalf("%d guide tags in the space, want 2", n)
	}

	// One tag replaced in both translations, the FAQ's tags dropped.
	fsys["spaces/demo/guides/first.fr.md"].Data = []byte(strings.Replace(firstFR, "[journey:participant, start]", "[journey:white, start]", 1))
	fsys["spaces/demo/guides/first.en.md"].Data = []byte(strings.Replace(firstEN, "  - journey:participant\n", "  - journey:white\n", 1))
	fsys["spaces/demo/faqs/help.fr.md"].Data = []byte(strings.Replace(helpFR, "tags: [journey:pending-activation]\n", "", 1))
	r := mustImport(t, db, blobs, fsys)
	if r.Guides.Updated != 1 || r.FAQs.Updated != 1 {
		t.Fatalf("report: %v", r)
	}
	if got := guideTags(); !slices.Equal(got, []string{"journey:white", "start"}) {
		t.Fatalf("first guide's tags after the change %q", got)
	}
	if n := db.Client.FaqTag.Query().CountX(ctx); n != 0 {
		t.Fatalf("%d FAQ tags left", n)
	}

	before := snapshot(t, db.SQL)
	if r := mustImport(t, db, blobs, fsys); r.Changed() {
		t.Fatalf("third import of the same files: %v", r)
	}
	if diff := diffSnapshots(before, snapshot(t, db.SQL)); diff != "" {
		t.Fatalf("third import wrote:\n%s", diff)
	}
}

// TestImportIntoASpaceOfMoreGuidesThanSQLiteVariables imports into a space that holds more
// guides than SQLite takes variables in one statement (32,766), then checks that the
// write-ahead log is emptied afterwards as the server does (store.DB.Optimize).
func TestImportIntoASpaceOfMoreGuidesThanSQLiteVariables(t *testing.T) {
	db, blobs := newStore(t)
	mustImport(t, db, blobs, Shipped)
	ctx := allowed()
	sp := db.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	shipped := db.Client.Guide.Query().Where(guide.SpaceID(sp.ID)).CountX(ctx)
	const grown = 33000
	storetest.GrowGuides(t, db, sp.ID, "grown", grown, 300)

	changed := copyFS(t, Shipped)
	changed[firstStepsFR].Data = append(changed[firstStepsFR].Data, "\nUne ligne de plus.\n"...)
	r, err := loadAndImport(t, db, blobs, changed, Options{})
	if err != nil {
		t.Fatalf("import into a space of %d guides: %v", shipped+grown, err)
	}
	if r.Guides.Updated != 1 {
		t.Fatalf("import counted %v, want one guide updated", r)
	}
	if n := db.Client.Guide.Query().Where(guide.SpaceID(sp.ID)).CountX(ctx); n != shipped+grown {
		t.Fatalf("%d guides in the space, want %d", n, shipped+grown)
	}

	if db.Dialect != "sqlite3" {
		return // PostgreSQL has no write-ahead log file of ours to bound
	}
	wal := filepath.Join(filepath.Dir(blobs.Root), "guichet.db-wal") // beside the database file
	before := fileSize(t, wal)
	if err := db.Optimize(context.Background()); err != nil {
		t.Fatal(err)
	}
	after := fileSize(t, wal)
	if before < 8<<20 || after > 1<<20 {
		t.Fatalf("write-ahead log of %d bytes after the writes, %d after Optimize: want it emptied", before, after)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
