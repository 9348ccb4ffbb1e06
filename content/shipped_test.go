package content

import (
	"context"
	"testing"

	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/faq"
	"guichet/ent/guide"
	"guichet/ent/guideslug"
	"guichet/ent/resource"
	"guichet/ent/space"
	"guichet/locales"
)

func TestShippedContentLoads(t *testing.T) {
	b, err := Load(Shipped)
	if err != nil {
		t.Fatalf("Load(Shipped):\n%v", err)
	}
	if len(b.Spaces) != 3 {
		t.Fatalf("%d spaces, want 3", len(b.Spaces))
	}
}

func TestShippedContentImports(t *testing.T) {
	db, blobs := newStore(t)
	var hooked []int
	r, err := loadAndImport(t, db, blobs, Shipped, Options{
		AfterWrite: func(_ context.Context, _ *ent.Tx, ids []int) error { hooked = ids; return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Spaces.Created != 3 || !r.Changed() {
		t.Fatalf("report: %v", r)
	}
	if len(hooked) != 3 {
		t.Fatalf("AfterWrite got spaces %v, want the 3 imported", hooked)
	}
	ctx := allowed()
	spaces := db.Client.Space.Query().Order(ent.Asc(space.FieldSlug)).AllX(ctx)
	var slugs []string
	for _, s := range spaces {
		slugs = append(slugs, s.Slug)
	}
	if len(spaces) != 3 || slugs[0] != "certification" || slugs[1] != "facilitators" || slugs[2] != "mentoring" {
		t.Fatalf("spaces %v", slugs)
	}
	for _, s := range spaces {
		t.Run(s.Slug, func(t *testing.T) {
			if s.NameFr == "" || s.NameEn == "" || s.PasswordPolicy.MinLength < 6 || s.SourceHash == "" {
				t.Fatalf("space row %+v", s)
			}
			guides := db.Client.Guide.Query().Where(guide.SpaceID(s.ID)).WithTranslations().AllX(ctx)
			faqs := db.Client.Faq.Query().Where(faq.SpaceID(s.ID)).WithTranslations().AllX(ctx)
			resources := db.Client.Resource.Query().Where(resource.SpaceID(s.ID)).WithTranslations().AllX(ctx)
			if len(guides) < 4 || len(faqs) < 6 || len(resources) < 2 {
				t.Fatalf("%d guides, %d FAQs, %d resources", len(guides), len(faqs), len(resources))
			}
			for _, g := range guides {
				if len(g.Edges.Translations) != 2 || g.CategoryID == nil {
					t.Errorf("guide %s: %d translations, category %v", g.Key, len(g.Edges.Translations), g.CategoryID)
				}
				for _, tr := range g.Edges.Translations {
					if !tr.Published || tr.Revision != 1 || tr.HTML == "" || tr.Plain == "" || tr.DraftBody != tr.Body || tr.PublishedAt == nil {
						t.Errorf("guide %s %s: not published as revision 1", g.Key, tr.Locale)
					}
					if n := db.Client.GuideSlug.Query().Where(guideslug.GuideID(g.ID), guideslug.SlugEQ(tr.Slug), guideslug.LocaleEQ(tr.Locale)).CountX(ctx); n != 1 {
						t.Errorf("guide %s %s: slug %q has %d GuideSlug rows", g.Key, tr.Locale, tr.Slug, n)
					}
					if n := tr.QueryRevisions().CountX(ctx); n != 1 {
						t.Errorf("guide %s %s: %d revisions", g.Key, tr.Locale, n)
					}
				}
			}
			for _, q := range faqs {
				if len(q.Edges.Translations) != 2 {
					t.Errorf("FAQ %s: %d translations", q.Key, len(q.Edges.Translations))
				}
			}
			for _, res := range resources {
				if len(res.Edges.Translations) != 2 {
					t.Errorf("resource %s: %d translations", res.Key, len(res.Edges.Translations))
				}
			}
			cats := db.Client.Category.Query().Where(category.SpaceID(s.ID)).CountX(ctx)
			texts := db.Client.Category.Query().Where(category.SpaceID(s.ID)).QueryTranslations().CountX(ctx)
			if cats < 3 || texts != 2*cats {
				t.Errorf("%d categories, %d category translations", cats, texts)
			}
		})
	}
}

func TestShippedResourceFileIsAStoredPDF(t *testing.T) {
	db, blobs := newStore(t)
	mustImport(t, db, blobs, Shipped)
	ctx := allowed()
	files := db.Client.File.Query().AllX(ctx)
	if len(files) == 0 {
		t.Fatal("no File rows")
	}
	withFile := 0
	for _, f := range files {
		if f.ContentType != "application/pdf" {
			t.Errorf("%s: content type %q, want application/pdf", f.Filename, f.ContentType)
		}
		if !blobs.Has(f.Sha256) {
			t.Errorf("%s: blob %s not stored", f.Filename, f.Sha256)
		}
		if f.Size <= 0 {
			t.Errorf("%s: size %d", f.Filename, f.Size)
		}
		withFile += f.QueryResourceTranslations().CountX(ctx)
	}
	if withFile == 0 {
		t.Fatal("no resource translation refers to a file")
	}
	mandate := db.Client.Resource.Query().Where(resource.Key("mandate-delegation-template")).OnlyX(ctx)
	for _, tr := range mandate.QueryTranslations().AllX(ctx) {
		f := tr.QueryFile().OnlyX(ctx)
		if f.ContentType != "application/pdf" || (tr.Locale == locales.FR) != (f.Filename == "modele-delegation-mandat.pdf") {
			t.Errorf("%s: file %s (%s)", tr.Locale, f.Filename, f.ContentType)
		}
	}
	attached := db.Client.Guide.Query().Where(guide.Key("required-documents")).QueryTranslations().QueryAttachments().CountX(ctx)
	if attached != 2 {
		t.Errorf("required-documents: %d attachments, want one per locale", attached)
	}
	former := db.Client.GuideSlug.Query().Where(guideslug.SlugEQ("inscription-deposant"), guideslug.LocaleEQ(locales.FR)).QueryGuide().OnlyX(ctx)
	if former.Key != "create-entity-account" {
		t.Errorf("former slug leads to %q", former.Key)
	}
}
