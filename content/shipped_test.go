package content

import (
	"context"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/faq"
	"guichet/ent/guide"
	"guichet/ent/guideslug"
	"guichet/ent/news"
	"guichet/ent/newsslug"
	"guichet/ent/resource"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/policy"
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
			posts := db.Client.News.Query().Where(news.SpaceID(s.ID)).WithTranslations().AllX(ctx)
			if len(posts) < 2 {
				t.Errorf("%d news posts", len(posts))
			}
			for _, n := range posts {
				if len(n.Edges.Translations) != 2 || n.PublishedAt == nil {
					t.Errorf("news %s: %d translations, date %v", n.Key, len(n.Edges.Translations), n.PublishedAt)
				}
				for _, tr := range n.Edges.Translations {
					if !tr.Published || tr.Revision != 1 || tr.HTML == "" || tr.Summary == "" ||
						db.Client.NewsSlug.Query().Where(newsslug.NewsID(n.ID), newsslug.SlugEQ(tr.Slug), newsslug.LocaleEQ(tr.Locale)).CountX(ctx) != 1 {
						t.Errorf("news %s %s: not published as revision 1 with its slug", n.Key, tr.Locale)
					}
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

// journeyStages are the journey tags of the facilitators' space (README.md, "Journey tags")
// and who a person at that stage is to the policy: pages tagged for a stage must be readable
// by the people at that stage, or the tag would pick nothing for them.
var journeyStages = map[string]struct {
	signedIn bool // false: cannot sign in yet, or must first set a new password
	roles    []string
}{
	"journey:pending-activation": {false, nil},
	"journey:participant":        {true, []string{"participant"}},
	"journey:white":              {true, []string{"white"}},
	"journey:yellow":             {true, []string{"yellow"}},
	"journey:orange":             {true, []string{"orange"}},
	"journey:green":              {true, []string{"green"}},
	"journey:blue":               {true, []string{"blue"}},
	"journey:legacy-migrated":    {false, nil},
	"journey:legacy-unmigrated":  {false, nil},
	"journey:trainer":            {true, []string{"trainer"}},
}

// Every guide of the facilitators' space says in both languages which stages of the journey
// it explains; every stage has a guide its people may read; the README documents each tag.
func TestShippedFacilitatorsJourneyTags(t *testing.T) {
	b, err := Load(Shipped)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(b.Spaces, func(s *Space) bool { return s.Slug == "facilitators" })
	if i < 0 {
		t.Fatal("no facilitators space")
	}
	s := b.Spaces[i]
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md") // beside the test; not embedded
	if err != nil {
		t.Fatal(err)
	}
	readable := map[string]int{} // tag → guides its people may read
	check := func(kind, key string, it Item, files []string) {
		var journey []string
		for _, tag := range it.Tags {
			if strings.HasPrefix(tag, "journey:") {
				journey = append(journey, tag)
			}
		}
		if kind == "guide" && len(journey) == 0 {
			t.Errorf("guide %s has no journey tag", key)
		}
		for _, f := range files {
			data, err := fs.ReadFile(Shipped, f)
			if err != nil {
				t.Fatal(err)
			}
			front, _, _, _ := splitFrontMatter(data)
			var fm struct {
				Tags []string `yaml:"tags"`
			}
			if err := yaml.Unmarshal(front, &fm); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if tagSet(fm.Tags) != tagSet(it.Tags) {
				t.Errorf("%s: tags %q, want the item's %q written in each translation", f, fm.Tags, it.Tags)
			}
		}
		for _, tag := range journey {
			stage, known := journeyStages[tag]
			if !known {
				t.Errorf("%s %s: %q is not a journey tag of README.md", kind, key, tag)
				continue
			}
			audiences, err := p.ReadableAudiences(s.Slug, stage.signedIn, stage.roles)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(audiences, it.Audience) {
				t.Errorf("%s %s: tagged %s, but its audience %s is not readable at that stage", kind, key, tag, it.Audience)
			} else if kind == "guide" {
				readable[tag]++
			}
		}
	}
	for _, g := range s.Guides {
		var files []string
		for _, tr := range g.Translations {
			files = append(files, tr.File)
		}
		if len(files) != 2 {
			t.Errorf("guide %s: %d translations, want FR and EN", g.Key, len(files))
		}
		check("guide", g.Key, g.Item, files)
	}
	for _, q := range s.FAQs {
		var files []string
		for _, tr := range q.Translations {
			files = append(files, tr.File)
		}
		check("FAQ", q.Key, q.Item, files)
	}
	for tag := range journeyStages {
		if readable[tag] == 0 {
			t.Errorf("no guide explains %s to the people at that stage", tag)
		}
		if !strings.Contains(string(readme), "`"+tag+"`") {
			t.Errorf("README.md does not document %s", tag)
		}
	}
}
