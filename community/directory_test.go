package community_test

import (
	"strings"
	"testing"

	"guichet/account"
	"guichet/community"
	"guichet/ent"
	"guichet/facilitation"
	"guichet/locales"
)

func ptr[T any](v T) *T { return &v }

// named makes an active account of the space with its names and roles (a belt is a role).
func (w *world) named(first, last string, roles ...string) *ent.Account {
	w.t.Helper()
	a, err := w.Accounts.Create(w.ctx, w.sp, account.CreateInput{Email: strings.ToLower(first) + "." + strings.ToLower(last) + "@example.org",
		Password: pw, FirstName: first, LastName: last, Roles: roles})
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

// What a facilitator shares: the city trimmed and at most 100 characters, each presentation at
// most 600, the languages offered; every broken rule named by its field; a field left out kept.
func TestUpdateDirectoryProfile(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	a := w.person("facilitator", "white")
	long := func(n int) *string { return ptr(strings.Repeat("é", n)) }
	for _, c := range []struct {
		name string
		in   community.DirectoryProfileInput
		want string
		then func(p *community.DirectoryProfile) bool
	}{
		{"everything", community.DirectoryProfileInput{Listed: ptr(true), City: ptr("  Nantes  "), Languages: []locales.Locale{locales.FR, locales.EN, locales.FR},
			BioFr: long(600), BioEn: ptr(" Hello "), ShowEmail: ptr(true)}, "ok",
			func(p *community.DirectoryProfile) bool {
				return p.Listed && *p.City == "Nantes" && len(p.Languages) == 2 && p.Languages[1] == locales.EN &&
					len([]rune(*p.BioFr)) == 600 && *p.BioEn == "Hello" && p.ShowEmail
			}},
		{"nothing changes what is left out", community.DirectoryProfileInput{}, "ok",
			func(p *community.DirectoryProfile) bool {
				return p.Listed && *p.City == "Nantes" && *p.BioEn == "Hello"
			}},
		{"a city too long", community.DirectoryProfileInput{City: long(101)}, "BAD_USER_INPUT city:TOO_LONG", nil},
		{"presentations too long", community.DirectoryProfileInput{BioFr: long(601), BioEn: long(601)},
			"BAD_USER_INPUT bioFr:TOO_LONG bioEn:TOO_LONG", nil},
		{"a language not offered", community.DirectoryProfileInput{Languages: []locales.Locale{"DE"}, City: ptr("Lyon")},
			"BAD_USER_INPUT languages:LOCALE_INVALID", nil},
		{"cleared", community.DirectoryProfileInput{City: ptr(" "), BioEn: ptr(""), Languages: []locales.Locale{}, Listed: ptr(false), ShowEmail: ptr(false)}, "ok",
			func(p *community.DirectoryProfile) bool {
				return !p.Listed && p.City == nil && p.BioEn == nil && p.BioFr != nil && len(p.Languages) == 0 && !p.ShowEmail
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := w.c.Account.GetX(w.ctx, a.ID)
			p, err := w.s.UpdateDirectoryProfile(w.ctx, w.sp, w.as(a), c.in)
			if got := outcome(err); got != c.want {
				t.Fatalf("got %s, want %s", got, c.want)
			}
			if err != nil {
				if after := w.c.Account.GetX(w.ctx, a.ID); *community.ProfileOf(after).City != *community.ProfileOf(before).City {
					t.Fatal("a refused change was written")
				}
				return
			}
			if !c.then(p) {
				t.Fatalf("profile %+v", p)
			}
		})
	}
}

// The directory's search: words of names (a prefix of a word, accents and case ignored), a
// city as its owner wrote it (case and accents ignored), exactly a belt; only listed
// facilitators, each showing what they share; bounded paging.
func TestDirectorySearch(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	share := func(a *ent.Account, in community.DirectoryProfileInput) {
		t.Helper()
		in.Listed = ptr(true)
		if _, err := w.s.UpdateDirectoryProfile(w.ctx, w.sp, w.as(a), in); err != nil {
			t.Fatal(err)
		}
	}
	helene := w.named("Hélène", "Lefèvre-Duval", "facilitator", "green")
	share(helene, community.DirectoryProfileInput{City: ptr("Nantes"), BioFr: ptr("Bonjour"), ShowEmail: ptr(true), Languages: []locales.Locale{locales.FR}})
	hector := w.named("Hector", "Martin", "facilitator", "white")
	share(hector, community.DirectoryProfileInput{City: ptr("nantes "), BioEn: ptr("Hi"), ShowEmail: ptr(false)})
	lea := w.named("Léa", "Hélary", "facilitator", "yellow")
	share(lea, community.DirectoryProfileInput{City: ptr("Saint-Étienne"), BioFr: ptr("Salut"), BioEn: ptr("Hello")})
	henri := w.named("Henri", "Caché", "facilitator", "green") // shares a city, but is not listed
	if _, err := w.s.UpdateDirectoryProfile(w.ctx, w.sp, w.as(henri), community.DirectoryProfileInput{City: ptr("Nantes")}); err != nil {
		t.Fatal(err)
	}
	pat := w.named("Hervé", "Participant", "participant") // listed, but no facilitator
	share(pat, community.DirectoryProfileInput{City: ptr("Nantes")})

	for _, c := range []struct {
		name  string
		q     community.DirectoryQuery
		want  string // last names in order, or the refusal
		total int
	}{
		{"everybody listed", community.DirectoryQuery{}, "Hélary Lefèvre-Duval Martin", 3},
		{"a prefix of a first name, accents ignored", community.DirectoryQuery{Search: ptr("hel")}, "Hélary Lefèvre-Duval", 2},
		{"two words, both needed", community.DirectoryQuery{Search: ptr("HELENE duval")}, "Lefèvre-Duval", 1},
		{"inside a word is no match", community.DirectoryQuery{Search: ptr("uval")}, "", 0},
		{"not listed, not found", community.DirectoryQuery{Search: ptr("henri")}, "", 0},
		{"not a facilitator, not found", community.DirectoryQuery{Search: ptr("herve")}, "", 0},
		{"a city, case ignored", community.DirectoryQuery{City: ptr("NANTES")}, "Lefèvre-Duval Martin", 2},
		{"a city, accents and hyphen ignored", community.DirectoryQuery{City: ptr("saint etienne")}, "Hélary", 1},
		{"a belt, exactly", community.DirectoryQuery{Belt: ptr("GREEN")}, "Lefèvre-Duval", 1},
		{"city and belt", community.DirectoryQuery{City: ptr("Nantes"), Belt: ptr("WHITE")}, "Martin", 1},
		{"a page after an offset", community.DirectoryQuery{City: ptr("Nantes"), Offset: ptr(1)}, "Martin", 2},
		{"one per page", community.DirectoryQuery{First: ptr(1)}, "Hélary", 3},
		{"a negative page", community.DirectoryQuery{First: ptr(-1)}, "BAD_USER_INPUT", 0},
		{"an oversize page", community.DirectoryQuery{First: ptr(community.MaxDirectoryPage + 1)}, "BAD_USER_INPUT", 0},
		{"a negative offset", community.DirectoryQuery{Offset: ptr(-1)}, "BAD_USER_INPUT", 0},
		{"an oversize offset", community.DirectoryQuery{Offset: ptr(community.MaxDirectoryOffset + 1)}, "BAD_USER_INPUT", 0},
		{"too many words", community.DirectoryQuery{Search: ptr("a b c d e f g h i")}, "BAD_USER_INPUT search:TOO_MANY_WORDS", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := w.s.Directory(w.ctx, w.sp, c.q)
			if err != nil {
				if got := outcome(err); got != c.want {
					t.Fatalf("got %s, want %s", got, c.want)
				}
				return
			}
			var names []string
			for _, e := range d.Entries {
				names = append(names, w.c.Account.GetX(w.ctx, e.ID).LastName)
			}
			if got := strings.Join(names, " "); got != c.want || d.TotalCount != c.total || len(d.Facilitators) != len(d.Entries) {
				t.Fatalf("got %q (total %d), want %q (total %d)", got, d.TotalCount, c.want, c.total)
			}
		})
	}

	// Each entry shows what its owner shares, the presentation in the reader's language first.
	for _, c := range []struct {
		reader            locales.Locale
		helene, hectorBio string
	}{{locales.EN, "Bonjour", "Hi"}, {locales.FR, "Bonjour", "Hi"}} {
		d, err := w.s.Directory(w.ctx, w.sp, community.DirectoryQuery{City: ptr("nantes"), Reader: c.reader})
		if err != nil {
			t.Fatal(err)
		}
		h, m := d.Entries[0], d.Entries[1]
		if h.ContactEmail == nil || *h.ContactEmail != helene.Email || *h.Bio != c.helene || *h.City != "Nantes" ||
			*h.Belt != "GREEN" || len(h.Languages) != 1 || m.ContactEmail != nil || *m.Bio != c.hectorBio || *m.City != "nantes" {
			t.Fatalf("%s reader: %+v %+v", c.reader, h, m)
		}
	}
	for reader, want := range map[locales.Locale]string{locales.FR: "Salut", locales.EN: "Hello"} {
		d, err := w.s.Directory(w.ctx, w.sp, community.DirectoryQuery{Search: ptr("lea"), Reader: reader})
		if err != nil || len(d.Entries) != 1 || *d.Entries[0].Bio != want {
			t.Fatalf("%s reader of a bilingual presentation: %+v %v", reader, d, err)
		}
	}

	// A changed name is found by its new words.
	if _, err := w.Accounts.UpdateProfile(w.ctx, w.sp, hector.ID, account.ProfileInput{LastName: ptr("Ébrard")}, "test"); err != nil {
		t.Fatal(err)
	}
	for search, n := range map[string]int{"ebrard": 1, "martin": 0} {
		if d, err := w.s.Directory(w.ctx, w.sp, community.DirectoryQuery{Search: ptr(search)}); err != nil || len(d.Entries) != n {
			t.Fatalf("after a name change, %q: %+v %v", search, d, err)
		}
	}
}
