package help_test

import (
	"slices"
	"strings"
	"testing"

	"guichet/help"
	"guichet/locales"
	"guichet/role"
)

// What readers type, and the page they expect first, against the shipped content. Every
// query is sent as typed, without a trailing space: its last word is a prefix.
func TestSearchRelevance(t *testing.T) {
	db, spaces := searchDB(t)
	const fr, en = locales.FR, locales.EN
	entityManager := []role.Audience{role.Public, role.SignedIn, role.Depositor, role.EntityManager}
	facilitator := []role.Audience{role.Public, role.SignedIn, role.Participant, role.Facilitator}
	tests := []struct {
		why       string
		space     string
		l         locales.Locale
		query     string
		audiences []role.Audience // nil: the public
		want      string          // the first hit
	}{
		// French elisions: l', d', qu'… are not part of the word.
		{"elision l'", "certification", fr, "l'accès", nil, "guide:sign-in"},
		{"elision d'", "certification", fr, "d'activation", nil, "guide:activation-email"},
		{"elision, accents left out", "certification", fr, "gestionnaire d'entite", nil, "guide:entity-manager"},
		{"elision, two words", "mentoring", fr, "l'accès plateforme", nil, "faq:who-can-request"},
		// Accents left out.
		{"no accents", "mentoring", fr, "seances", nil, "guide:onboarding-sessions"},
		{"no accents, stop word, prefix", "certification", fr, "preparer la deleg", nil, "guide:mandate-delegation"},
		// Plurals and other inflections.
		{"plural", "facilitators", fr, "ceintures", nil, "guide:belts"},
		{"plural", "facilitators", en, "belts", nil, "guide:belts"},
		{"plurals", "mentoring", en, "organizations programs", nil, "guide:register-organization"},
		{"possessive", "certification", en, "entity's account", nil, "guide:create-entity-account"},
		// Prefixes, as typed.
		{"prefix", "certification", fr, "deleg", nil, "resource:mandate-delegation-template"},
		{"prefix", "certification", en, "passw", nil, "guide:password"},
		{"prefix", "mentoring", en, "invit", nil, "guide:accept-invitation"},
		{"prefix past the stem (activ)", "certification", fr, "activat", nil, "guide:activation-email"},
		{"prefix, for its audience", "facilitators", fr, "cooptat", facilitator, "guide:peer-validation"},
		// Phrases.
		{"phrase", "certification", fr, `"mot de passe"`, nil, "guide:password"},
		{"phrase", "facilitators", fr, `"mot de passe oublié"`, nil, "faq:forgot-password"},
		{"phrase", "certification", en, `"entity manager"`, nil, "guide:entity-manager"},
		// A title with every word comes first: bm25 alone puts first the checklist, whose
		// title has "pièces" and whose body has "demande".
		{"title above body", "certification", fr, "pièces demande", nil, "guide:required-documents"},
		// Among titles with the word, the shortest: the page about it.
		{"shortest title", "certification", fr, "SIRET", nil, "guide:siret"},
		{"shortest title", "facilitators", fr, "septembre", nil, "guide:trained-before-september-2022"},
		// Audiences: a guide for entity managers is found by them only.
		{"audience", "certification", fr, "comptes déposants", entityManager, "guide:approve-depositors"},
		{"audience", "certification", fr, "comptes déposants", nil, "guide:create-entity-account"},
	}
	for _, tt := range tests {
		t.Run(tt.space+"/"+string(tt.l)+"/"+tt.query, func(t *testing.T) {
			res := searchHits(t, db, reader(spaces[tt.space], tt.audiences...), tt.query, tt.l, 5)
			if len(res.Hits) == 0 {
				t.Fatalf("%s: no hit", tt.why)
			}
			if got := hitKey(res.Hits[0]); got != tt.want {
				t.Errorf("%s: first hit %s, want %s (hits %v)", tt.why, got, tt.want, hitKeys(res))
			}
			if !strings.Contains(res.Hits[0].Snippet, "<mark>") {
				t.Errorf("snippet without a mark: %q", res.Hits[0].Snippet)
			}
		})
	}
}

// What no reader of the public finds, and what nobody finds.
func TestSearchFindsNothing(t *testing.T) {
	db, spaces := searchDB(t)
	tests := []struct {
		space string
		l     locales.Locale
		query string
		not   string // "": nothing at all
	}{
		{"facilitators", locales.FR, "cooptation", "guide:peer-validation"}, // FACILITATOR only
		{"certification", locales.FR, "valider comptes déposants", "guide:approve-depositors"},
		{"certification", locales.FR, "depositor", ""},              // an English word in French
		{"certification", locales.FR, `"mandat délégation"`, ""},    // a phrase is in order
		{"certification", locales.FR, "ceinture", ""},               // another space's word
		{"certification", locales.EN, `"the of"`, ""},               // stop words only, not indexed
		{"mentoring", locales.FR, "plateforme xyzzy", ""},           // every word must match
		{"certification", locales.FR, "acceptées", "guide:sign-in"}, // a whole word is no prefix of "accès"
	}
	for _, tt := range tests {
		t.Run(tt.space+"/"+tt.query, func(t *testing.T) {
			res := searchHits(t, db, reader(spaces[tt.space]), tt.query, tt.l, 50)
			if tt.not == "" && res.TotalCount != 0 {
				t.Fatalf("found %d: %v", res.TotalCount, hitKeys(res))
			}
			for _, k := range hitKeys(res) {
				if k == tt.not {
					t.Fatalf("found %s", k)
				}
			}
		})
	}
}

// Pages follow one another in the order of one long page, with the same total, whichever
// tier each hit comes from.
func TestSearchPages(t *testing.T) {
	db, spaces := searchDB(t)
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	ctx := reader(spaces["certification"])
	all := searchHits(t, db, ctx, "compte", locales.FR, 50)
	if all.TotalCount != len(all.Hits) || all.TotalCount < 8 || all.HasNext {
		t.Fatalf("one page: total %d, %d hits, next %v", all.TotalCount, len(all.Hits), all.HasNext)
	}
	var paged []string
	var after *string
	for page := 0; ; page++ {
		first := 3
		res, err := svc.Search(ctx, "compte", locales.FR, &first, after)
		if err != nil {
			t.Fatal(err)
		}
		if res.TotalCount != all.TotalCount {
			t.Fatalf("page %d: total %d, want %d", page, res.TotalCount, all.TotalCount)
		}
		paged = append(paged, hitKeys(res)...)
		if !res.HasNext {
			break
		}
		after = res.EndCursor
	}
	if !slices.Equal(paged, hitKeys(all)) {
		t.Fatalf("pages %v\none page %v", paged, hitKeys(all))
	}
	zero := 0
	res, err := svc.Search(ctx, "compte", locales.FR, &zero, nil)
	if err != nil || res.TotalCount != all.TotalCount || len(res.Hits) != 0 {
		t.Fatalf("first: 0: %+v, %v", res, err)
	}
}
