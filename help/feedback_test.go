package help_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/blob"
	"guichet/content"
	"guichet/domaintest"
	"guichet/ent"
	"guichet/ent/guide"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
	"guichet/viewer"
)

// feedbackWorld is a domaintest world with the shipped content and the help service on its
// clock.
type feedbackWorld struct {
	*domaintest.World
	svc *help.Service
	sp  map[string]*ent.Space
}

func newFeedbackWorld(t *testing.T) *feedbackWorld {
	t.Helper()
	w := domaintest.New(t)
	bundle, err := content.Load(content.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := content.Import(w.Ctx, w.C, blob.Dir{Root: filepath.Join(t.TempDir(), "blobs")}, bundle,
		content.Options{AfterWrite: help.Reindex}); err != nil {
		t.Fatal(err)
	}
	fw := &feedbackWorld{World: w, sp: map[string]*ent.Space{},
		svc: &help.Service{Client: w.C, SQL: w.DB.SQL, Now: w.Clock, VoterSecret: []byte("voter secret")}}
	for _, s := range w.C.Space.Query().AllX(w.Ctx) {
		fw.sp[s.Slug] = s
	}
	return fw
}

// anon is an anonymous reader of the space from a client.
func (w *feedbackWorld) anon(sp, client, agent string) context.Context {
	v := viewer.Anonymous(w.sp[sp].ID)
	v.Client, v.UserAgent = client, agent
	return viewer.NewContext(w.Ctx, v)
}

// as is a signed-in account of the space with its readable audiences.
func (w *feedbackWorld) as(sp string, a *ent.Account) context.Context {
	w.T.Helper()
	v := w.World.As(w.sp[sp], a)
	aud, err := w.Policy.ReadableAudiences(sp, true, v.Roles)
	if err != nil {
		w.T.Fatal(err)
	}
	v.Audiences = aud
	return viewer.NewContext(w.Ctx, v)
}

func (w *feedbackWorld) guideID(key string) int {
	w.T.Helper()
	return w.C.Guide.Query().Where(guide.Key(key)).OnlyX(privacy.DecisionContext(w.Ctx, privacy.Allow)).ID
}

// editorCtx reads as an editor of the space.
func (w *feedbackWorld) editorCtx(sp string) context.Context {
	return viewer.NewContext(w.Ctx, &viewer.Viewer{SpaceID: w.sp[sp].ID, AccountID: 1, Roles: []string{"editor"},
		Audiences: []role.Audience{role.Public}})
}

// votes are the page's feedback rows: "FR 3/1" (helpful/not helpful) per locale.
func (w *feedbackWorld) votes(sp string, id int) []string {
	w.T.Helper()
	fs, err := w.svc.PageFeedback(w.editorCtx(sp), nil, nil)
	if err != nil {
		w.T.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		if f.Page.ID == id {
			out = append(out, fmt.Sprintf("%s %d/%d", f.Locale, f.Helpful, f.NotHelpful))
		}
	}
	slices.Sort(out)
	return out
}

func TestConcurrentReadersCountOnceEach(t *testing.T) {
	w := newFeedbackWorld(t)
	id := w.guideID("siret")
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 50 {
		ctx := w.anon("certification", fmt.Sprintf("198.51.100.%d", i), "Firefox")
		for _, helpful := range []bool{true, i%2 == 0} { // each reader votes twice at once: the last one stays
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs <- w.svc.RatePage(ctx, id, helpful, locales.FR)
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got := w.votes("certification", id)
	if len(got) != 1 {
		t.Fatalf("votes: %v", got)
	}
	var yes, no int
	fmt.Sscanf(got[0], "FR %d/%d", &yes, &no)
	if yes+no != 50 || yes < 25 {
		t.Fatalf("50 readers voted: %v", got)
	}
}

func TestAVoteChangesAndMoves(t *testing.T) {
	w := newFeedbackWorld(t)
	id := w.guideID("siret")
	reader := w.as("certification", w.Person(w.sp["certification"]))
	anon := w.anon("certification", "203.0.113.9", "Safari")
	steps := []struct {
		ctx     context.Context
		helpful bool
		l       locales.Locale
		want    []string
	}{
		{reader, true, locales.FR, []string{"FR 1/0"}},
		{reader, false, locales.FR, []string{"FR 0/1"}}, // changed: moved, not added
		{reader, true, locales.EN, []string{"EN 1/0", "FR 0/1"}},
		{anon, true, locales.FR, []string{"EN 1/0", "FR 1/1"}},
		{anon, false, locales.FR, []string{"EN 1/0", "FR 0/2"}}, // the same client within the day
	}
	for i, s := range steps {
		if err := w.svc.RatePage(s.ctx, id, s.helpful, s.l); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got := w.votes("certification", id); !slices.Equal(got, s.want) {
			t.Fatalf("step %d: %v, want %v", i, got, s.want)
		}
	}
	// Another replica hashes the client alike (the day's salt is in the database).
	replica := &help.Service{Client: w.C, SQL: w.DB.SQL, Now: w.Clock, VoterSecret: []byte("voter secret")}
	if err := replica.RatePage(anon, id, false, locales.FR); err != nil {
		t.Fatal(err)
	}
	if got := w.votes("certification", id); !slices.Equal(got, []string{"EN 1/0", "FR 0/2"}) {
		t.Fatalf("another replica: %v", got)
	}
	// Another browser behind the same address is another reader.
	if err := w.svc.RatePage(w.anon("certification", "203.0.113.9", "Chrome"), id, true, locales.FR); err != nil {
		t.Fatal(err)
	}
	if got := w.votes("certification", id); !slices.Equal(got, []string{"EN 1/0", "FR 1/2"}) {
		t.Fatalf("another browser: %v", got)
	}
	// The next day the salt is new: the client is not recognised, its vote counts anew, and
	// the salt of the day before is purged.
	w.Now = w.Now.Add(24 * time.Hour)
	if err := w.svc.RatePage(anon, id, true, locales.FR); err != nil {
		t.Fatal(err)
	}
	if got := w.votes("certification", id); !slices.Equal(got, []string{"EN 1/0", "FR 2/2"}) {
		t.Fatalf("next day: %v", got)
	}
	if err := w.svc.PurgeFeedback(w.Ctx); err != nil {
		t.Fatal(err)
	}
	if n := w.C.VoteSalt.Query().CountX(w.Ctx); n != 1 {
		t.Fatalf("%d salts kept, want today's only", n)
	}
	// Votes past the retention are purged.
	w.Now = w.Now.Add(help.VoteRetention + time.Hour)
	if err := w.svc.PurgeFeedback(w.Ctx); err != nil {
		t.Fatal(err)
	}
	if n := w.C.PageVote.Query().CountX(w.Ctx); n != 0 {
		t.Fatalf("%d votes past the retention", n)
	}
}

func TestAVoteOnAPageOneMayNotReadIsNotFound(t *testing.T) {
	w := newFeedbackWorld(t)
	ctx := privacy.DecisionContext(w.Ctx, privacy.Allow)
	restricted := w.guideID("approve-depositors")
	otherSpace := w.guideID("account-types")
	res := w.C.Resource.Query().Where(resource.SpaceID(w.sp["certification"].ID)).FirstX(ctx)
	manager := w.as("certification", w.Person(w.sp["certification"], "entity-manager"))
	anon := w.anon("certification", "203.0.113.1", "")
	for _, tt := range []struct {
		name string
		ctx  context.Context
		id   int
		want string
	}{
		{"restricted, anonymous", anon, restricted, "NOT_FOUND"},
		{"restricted, its audience", manager, restricted, "ok"},
		{"another space's guide", anon, otherSpace, "NOT_FOUND"},
		{"a resource", anon, res.ID, "NOT_FOUND"},
		{"no such page", anon, 999999, "NOT_FOUND"},
		{"a FAQ entry", anon, w.C.Faq.Query().FirstIDX(w.anon("certification", "x", "")), "ok"},
		{"news", anon, w.C.News.Query().FirstIDX(w.anon("certification", "x", "")), "ok"},
	} {
		if got := domaintest.Outcome(w.svc.RatePage(tt.ctx, tt.id, true, locales.FR)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	// Editors see the three pages rated, each titled in the vote's language.
	fs, err := w.svc.PageFeedback(w.editorCtx("certification"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, f := range fs {
		kinds[f.Page.Kind] = true
		if f.Page.Title == "" || f.Locale != locales.FR || f.Helpful != 1 || f.NotHelpful != 0 {
			t.Errorf("feedback %+v", f)
		}
	}
	if len(fs) != 3 || !kinds[help.KindGuide] || !kinds[help.KindFaq] || !kinds[help.KindNews] {
		t.Errorf("feedback of %v", kinds)
	}
}

// The votes' and gaps' tables hold no address, user agent or account id: only keyed hashes.
func TestFeedbackKeepsNoPersonalData(t *testing.T) {
	w := newFeedbackWorld(t)
	id := w.guideID("siret")
	person := w.Person(w.sp["certification"])
	const address, agent = "198.51.100.77", "Mozilla/5.0 (X11; Linux) Firefox/140.0"
	for _, ctx := range []context.Context{w.anon("certification", address, agent), w.as("certification", person)} {
		if err := w.svc.RatePage(ctx, id, true, locales.FR); err != nil {
			t.Fatal(err)
		}
		if _, err := w.svc.Search(ctx, "xylophone introuvable", locales.FR, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.svc.FlushGaps(w.Ctx); err != nil {
		t.Fatal(err)
	}
	forbidden := []string{address, "198.51.100", agent, "Firefox", person.Email, fmt.Sprint(person.ID)}
	for _, table := range []string{"page_votes", "search_gaps", "vote_salts"} {
		rows, err := w.DB.SQL.QueryContext(w.Ctx, "SELECT * FROM "+table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		n := 0
		for rows.Next() {
			n++
			vals := make([]sql.RawBytes, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if cols[i] == "id" || cols[i] == "space_id" || cols[i] == "page_id" {
					continue
				}
				for _, f := range forbidden {
					if strings.Contains(string(v), f) {
						t.Errorf("%s.%s holds %q: %q", table, cols[i], f, v)
					}
				}
			}
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s: no row written", table)
		}
	}
	// Two votes, one per reader; the anonymous one keyed by the client, the other by the account.
	vs := w.C.PageVote.Query().AllX(w.Ctx)
	if len(vs) != 2 || vs[0].Voter[0] == vs[1].Voter[0] {
		t.Fatalf("votes: %v", vs)
	}
}

func TestGapQueryNormalisesAsTheSearchDoes(t *testing.T) {
	for _, tt := range []struct {
		q    string
		l    locales.Locale
		want string
	}{
		{"Accès", locales.FR, "acces"},
		{"acces", locales.FR, "acces"},
		{"l'accès", locales.FR, "acces"},
		{"  L’Accès   au  COMPTE ", locales.FR, "acces au compte"},
		{`"mot de passe"`, locales.FR, "mot de passe"},
		{"entity's manager", locales.EN, "entity manager"},
		{"jean@example.org", locales.FR, ""}, // an address is not kept
		{"0612345678", locales.FR, ""},       // nor a phone number
		{"siret 2024", locales.FR, "siret 2024"},
		{"!!!", locales.FR, ""},
	} {
		if got := help.GapQuery(tt.q, tt.l); got != tt.want {
			t.Errorf("GapQuery(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestSearchGapsGroupAndExpire(t *testing.T) {
	w := newFeedbackWorld(t)
	search := func(ctx context.Context, q string, l locales.Locale) {
		t.Helper()
		if _, err := w.svc.Search(ctx, q, l, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	anon := w.anon("certification", "203.0.113.5", "")
	for _, q := range []string{"Xylophône", "xylophone", "l'xylophône", "siret"} { // the last finds pages
		search(anon, q, locales.FR)
	}
	search(anon, "xylophone", locales.EN)
	search(w.anon("mentoring", "203.0.113.5", ""), "xylophone", locales.FR) // another space
	checkLast := true
	gaps := func(since *time.Time) []string {
		t.Helper()
		gs, err := w.svc.SearchGaps(w.editorCtx("certification"), since, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, g := range gs {
			out = append(out, fmt.Sprintf("%s %s %d", g.Query, g.Locale, g.Count))
			if checkLast && !g.LastAt.Equal(w.Now) {
				t.Errorf("lastAt %v, want %v", g.LastAt, w.Now)
			}
		}
		return out
	}
	if got := gaps(nil); !slices.Equal(got, []string{"xylophone FR 3", "xylophone EN 1"}) {
		t.Fatalf("gaps: %v", got)
	}
	// Counted per day, summed over the period asked for.
	w.Now = w.Now.Add(24 * time.Hour)
	checkLast = false
	search(anon, "XYLOPHONE", locales.FR)
	if got := gaps(nil); !slices.Equal(got, []string{"xylophone FR 4", "xylophone EN 1"}) {
		t.Fatalf("next day: %v", got)
	}
	today := w.Now
	if got := gaps(&today); !slices.Equal(got, []string{"xylophone FR 1"}) {
		t.Fatalf("since today: %v", got)
	}
	// Days past the retention are purged.
	w.Now = w.Now.Add(help.GapRetention)
	if err := w.svc.PurgeFeedback(w.Ctx); err != nil {
		t.Fatal(err)
	}
	if n := w.C.SearchGap.Query().CountX(w.Ctx); n != 1 {
		t.Fatalf("%d days of gaps kept, want the last one", n)
	}
}

func TestRelatedGuidesAreReadableAndAlike(t *testing.T) {
	w := newFeedbackWorld(t)
	related := func(ctx context.Context, slug string, l locales.Locale, first int) []string {
		t.Helper()
		g, err := w.svc.GuideBySlug(ctx, slug, l, help.Include{})
		if err != nil || g == nil {
			t.Fatalf("%s: %v", slug, err)
		}
		rs, err := w.svc.Related(ctx, g, &first)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rs {
			if r.Locale() != l {
				t.Errorf("%s served in %s", r.Key, r.Locale())
			}
			out = append(out, r.Key)
		}
		return out
	}
	anon := w.anon("certification", "203.0.113.5", "")
	manager := w.as("certification", w.Person(w.sp["certification"], "entity-manager"))
	for _, l := range locales.All {
		got := related(anon, "role-du-gestionnaire-d-entite", l, 20)
		if slices.Contains(got, "approve-depositors") || slices.Contains(got, "entity-manager") || len(got) == 0 {
			t.Errorf("%s anonymous: %v", l, got)
		}
		// The restricted guide shares the category: first for those who may read it.
		if got := related(manager, "role-du-gestionnaire-d-entite", l, 3); len(got) == 0 || got[0] != "approve-depositors" {
			t.Errorf("%s entity manager: %v", l, got)
		}
	}
	// Same category first: the accounts guides before the others.
	got := related(anon, "saisir-le-numero-siret", locales.FR, 20)
	cat := map[string]bool{"activation-email": true, "create-entity-account": true, "emails": true, "password": true, "sign-in": true}
	for i, k := range got {
		if i < len(cat) && !cat[k] {
			t.Errorf("%v: %s is not of the category", got, k)
		}
	}
	if len(got) < len(cat) {
		t.Errorf("related: %v", got)
	}
	if g := related(anon, "saisir-le-numero-siret", locales.FR, 2); len(g) != 2 {
		t.Errorf("first 2: %v", g)
	}
}

// Shared tags count, the category as one more: the guides sharing the most come first.
func TestRelatedGuidesByTags(t *testing.T) {
	w := newFeedbackWorld(t)
	keys := func(ctx context.Context) []string {
		t.Helper()
		g, err := w.svc.GuideBySlug(ctx, "les-ceintures", locales.FR, help.Include{})
		if err != nil || g == nil {
			t.Fatalf("belts: %v", err)
		}
		first := 4
		rs, err := w.svc.Related(ctx, g, &first)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rs {
			out = append(out, r.Key)
		}
		return out
	}
	facilitator := w.as("facilitators", w.Person(w.sp["facilitators"], "white"))
	// my-profile shares 4 tags; peer-validation the category and 2; create-a-session 2; then 1.
	if got := keys(facilitator); !slices.Equal(got[:3], []string{"my-profile-and-journey", "peer-validation", "create-a-session"}) || len(got) != 4 {
		t.Errorf("facilitator: %v", got)
	}
	// The public reads none of those: the public guide sharing a tag comes first.
	if got := keys(w.anon("facilitators", "203.0.113.5", "")); len(got) == 0 || got[0] != "facilitator-space-tour" {
		t.Errorf("anonymous: %v", got)
	}
	for _, bad := range []int{-1, help.MaxRelatedFirst + 1} {
		g, _ := w.svc.GuideBySlug(facilitator, "les-ceintures", locales.FR, help.Include{})
		if _, err := w.svc.Related(facilitator, g, &bad); domaintest.Outcome(err) != "BAD_USER_INPUT" {
			t.Errorf("first %d: %v", bad, err)
		}
	}
}
