package help_test

import (
	"context"
	"slices"
	"testing"

	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/help"
	"guichet/locales"
	"guichet/policy"
	"guichet/viewer"
)

// journeyViewer is a viewer of space as the web layer builds one: the audiences are the
// policy's answer for roles (signedIn false: anonymous, or an account that must first set a
// new password).
func journeyViewer(t *testing.T, p *policy.Policy, spaceSlug string, spaceID int, signedIn bool, roles ...string) context.Context {
	t.Helper()
	audiences, err := p.ReadableAudiences(spaceSlug, signedIn, roles)
	if err != nil {
		t.Fatal(err)
	}
	v := &viewer.Viewer{SpaceID: spaceID, Roles: roles, Audiences: audiences}
	if signedIn {
		v.AccountID = 1
	}
	return viewer.NewContext(context.Background(), v)
}

func guideKeys(guides []*ent.Guide) []string {
	keys := make([]string, len(guides))
	for i, g := range guides {
		keys[i] = g.Key
	}
	return keys
}

// The guides that explain a stage of the facilitators' journey, chosen by the tags of the
// shipped content, as each kind of person may read them.
func TestGuidesTagged(t *testing.T) {
	db, spaces := searchDB(t)
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	fac := spaces["facilitators"]
	as := func(signedIn bool, roles ...string) context.Context {
		return journeyViewer(t, p, "facilitators", fac, signedIn, roles...)
	}
	tests := []struct {
		name   string
		ctx    context.Context
		l      locales.Locale
		tags   []string
		first  int
		want   []string // keys, in order
		titled string   // the first guide's title in l
	}{
		{"a participant sees how facilitator accounts are made", as(true, "participant"), locales.FR, []string{"journey:participant"}, 10,
			[]string{"account-types", "following-the-mooc"}, "Compte participant ou compte animateur : quelle différence ?"},
		{"a participant sees no facilitator-only guide", as(true, "participant"), locales.FR, []string{"journey:white", "journey:orange"}, 10,
			[]string{"belts", "facilitator-space-tour"}, "Les ceintures : votre parcours d'animateur"},
		{"a white belt sees the next step, in English", as(true, "white"), locales.EN, []string{"journey:white"}, 10,
			[]string{"belts", "create-a-session", "facilitator-space-tour", "my-profile-and-journey", "community-directory"}, "Belts: your journey as a facilitator"},
		{"an orange belt sees how peer validation works", as(true, "orange"), locales.EN, []string{"journey:orange"}, 10,
			[]string{"belts", "my-profile-and-journey", "peer-validation"}, "Belts: your journey as a facilitator"},
		{"at most first", as(true, "orange"), locales.EN, []string{"journey:orange"}, 2,
			[]string{"belts", "my-profile-and-journey"}, "Belts: your journey as a facilitator"},
		{"an account that must set a new password reads public pages", as(false, "white"), locales.FR, []string{"journey:legacy-migrated"}, 10,
			[]string{"first-sign-in", "trained-before-september-2022"}, "Première connexion et règles du mot de passe"},
		{"an account not yet activated", as(false), locales.EN, []string{"journey:pending-activation"}, 10,
			[]string{"account-types", "sign-up-for-a-training", "first-sign-in"}, "Participant account or facilitator account: what's the difference?"},
		{"a trainer", as(true, "trainer"), locales.FR, []string{"journey:trainer"}, 10,
			[]string{"validate-attendance"}, "Formateurs : programmer une formation et valider les présences"},
		{"trainers' pages are theirs", as(true, "blue"), locales.FR, []string{"journey:trainer"}, 10, nil, ""},
		{"no tags", as(true, "white"), locales.FR, nil, 10, nil, ""},
		{"first 0", as(true, "white"), locales.FR, []string{"journey:white"}, 0, nil, ""},
		{"an unknown tag", as(true, "white"), locales.FR, []string{"journey:purple"}, 10, nil, ""},
		{"another space's viewer", journeyViewer(t, p, "certification", spaces["certification"], true, "staff"), locales.FR, []string{"journey:white"}, 10, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			guides, err := svc.GuidesTagged(tt.ctx, tt.l, tt.tags, tt.first)
			if err != nil {
				t.Fatal(err)
			}
			if got := guideKeys(guides); !slices.Equal(got, tt.want) {
				t.Fatalf("guides %q, want %q", got, tt.want)
			}
			for _, g := range guides {
				if g.Locale() != tt.l || g.Title() == "" || g.HTML() == "" || g.Category() == nil || g.Category().Title() == "" {
					t.Errorf("%s: served in %s (%q), category %v", g.Key, g.Locale(), g.Title(), g.Category())
				}
			}
			if len(guides) > 0 && guides[0].Title() != tt.titled {
				t.Errorf("first title %q, want %q", guides[0].Title(), tt.titled)
			}
		})
	}

	t.Run("attachments are loaded", func(t *testing.T) {
		guides, err := svc.GuidesTagged(as(true, "yellow"), locales.FR, []string{"journey:yellow"}, 10)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(guides, func(g *ent.Guide) bool { return g.Key == "create-a-session" })
		if i < 0 || len(guides[i].Attachments()) != 1 || guides[i].Attachments()[0].Filename != "checklist-atelier-fr.pdf" {
			t.Fatalf("guides %q: create-a-session without its FR attachment", guideKeys(guides))
		}
	})

	t.Run("a guide with one translation is served in it", func(t *testing.T) {
		allow := privacy.DecisionContext(context.Background(), privacy.Allow)
		g := db.Client.Guide.Create().SetSpaceID(fac).SetKey("only-in-french").SaveX(allow)
		db.Client.GuideTranslation.Create().SetGuideID(g.ID).SetLocale(locales.FR).SetSlug("seulement-en-francais").
			SetTitle("Seulement en français").SetBody("Texte.").SetHTML("<p>Texte.</p>").SetPublished(true).ExecX(allow)
		db.Client.GuideTag.Create().SetSpaceID(fac).SetGuideID(g.ID).SetTag("journey:blue").ExecX(allow)
		guides, err := svc.GuidesTagged(as(true, "blue"), locales.EN, []string{"journey:blue"}, 10)
		if err != nil {
			t.Fatal(err)
		}
		// Position 0 comes before the shipped guides.
		if got := guideKeys(guides); !slices.Equal(got, []string{"only-in-french", "my-profile-and-journey", "peer-validation"}) {
			t.Fatalf("guides %q", got)
		}
		if guides[0].Locale() != locales.FR || guides[0].Title() != "Seulement en français" || guides[1].Locale() != locales.EN {
			t.Fatalf("served in %s and %s", guides[0].Locale(), guides[1].Locale())
		}
	})
}

func TestFaqsTagged(t *testing.T) {
	db, spaces := searchDB(t)
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	tests := []struct {
		name  string
		roles []string
		l     locales.Locale
		tags  []string
		want  []string
	}{
		{"a participant", []string{"participant"}, locales.FR, []string{"journey:participant"}, []string{"mooc-after-training", "facilitator-account-creation"}},
		{"a green belt co-opts", []string{"green"}, locales.EN, []string{"journey:green"}, []string{"pros-opportunities", "who-can-co-opt", "how-to-co-opt"}},
		{"a participant does not read how to co-opt", []string{"participant"}, locales.EN, []string{"journey:green"}, []string{"pros-opportunities", "who-can-co-opt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := journeyViewer(t, p, "facilitators", spaces["facilitators"], true, tt.roles...)
			faqs, err := svc.FaqsTagged(ctx, tt.l, tt.tags, 10)
			if err != nil {
				t.Fatal(err)
			}
			keys := make([]string, len(faqs))
			for i, q := range faqs {
				keys[i] = q.Key
				if q.Locale() != tt.l || q.Question() == "" || q.Category() == nil {
					t.Errorf("%s: served in %s (%q)", q.Key, q.Locale(), q.Question())
				}
			}
			if !slices.Equal(keys, tt.want) {
				t.Fatalf("FAQs %q, want %q", keys, tt.want)
			}
		})
	}
}
