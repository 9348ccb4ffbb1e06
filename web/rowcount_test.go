package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/community"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/entity"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/store/storetest"
)

// countsEnv holds, in three spaces, rows of every list whose totalCount the database keeps,
// and the viewers who see each list differently.
type countsEnv struct {
	env                              *apitest.Env
	exec                             func(q string, args ...any)
	cert, fac, men                   *ent.Space
	entities, orgs                   [2]int
	program                          int // a program of the second organisation, with an admin of its own
	webhook                          int
	certStaff, manager, green, admin http.Header
	menStaff, orgAdmin, programAdmin http.Header
	managerID, greenID, menStaffID   int
	grown                            int
}

// person makes an active account holding roles (role@domain, domain "" the space) and signs it in.
func (c *countsEnv) person(t *testing.T, sp *ent.Space, email string, entityID *int, roles ...[2]string) (http.Header, int) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	a, err := c.env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword, FirstName: "P", LastName: "Q"})
	if err != nil {
		t.Fatal(err)
	}
	if entityID != nil {
		c.exec(`UPDATE accounts SET entity_id = ? WHERE id = ?`, *entityID, a.ID)
	}
	for _, r := range roles {
		domain := sp.Slug
		if r[1] != "" {
			domain += "/" + r[1]
		}
		c.exec(`INSERT INTO account_roles (created_at, account_id, role, domain) VALUES (CURRENT_TIMESTAMP, ?, ?, ?)`, a.ID, r[0], domain)
	}
	return bearer(login(t, c.env, sp.Slug, email, goodPassword).MustOK(t).Str("login.token")), a.ID
}

func newCountsEnv(t *testing.T) *countsEnv {
	env := apitest.New(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := &countsEnv{env: env}
	c.exec = func(q string, args ...any) {
		t.Helper()
		if _, err := env.DB.SQL.ExecContext(ctx, env.DB.Rebind(q), args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	bySlug := func(slug string) *ent.Space { return env.DB.Client.Space.Query().Where(space.Slug(slug)).OnlyX(ctx) }
	c.cert, c.fac, c.men = bySlug("certification"), bySlug("facilitators"), bySlug("mentoring")

	for i := range c.entities {
		c.entities[i] = env.DB.Client.Entity.Create().SetSpaceID(c.cert.ID).SetKind(entity.KindCOMPANY).SetName(fmt.Sprint("Entité ", i)).SaveX(ctx).ID
	}
	c.certStaff, _ = c.person(t, c.cert, "count-staff@example.org", nil, [2]string{"staff", ""})
	c.manager, c.managerID = c.person(t, c.cert, "count-manager@example.org", &c.entities[0],
		[2]string{"entity-manager", fmt.Sprint("entity:", c.entities[0])})
	c.exec(`UPDATE entities SET manager_id = ? WHERE id = ?`, c.managerID, c.entities[0])

	c.green, c.greenID = c.person(t, c.fac, "count-green@example.org", nil, [2]string{"facilitator", ""}, [2]string{"green", ""})
	c.admin, _ = c.person(t, c.fac, "count-admin@example.org", nil, [2]string{"admin", ""})
	c.webhook = env.DB.Client.Webhook.Create().SetSpaceID(c.fac.ID).SetURL("https://hooks.example.org/guichet").
		SetEvents([]string{"guide.published"}).SetSecretSealed([]byte("sealed")).SaveX(ctx).ID

	c.menStaff, c.menStaffID = c.person(t, c.men, "count-men-staff@example.org", nil, [2]string{"staff", ""})
	for i := range c.orgs {
		c.orgs[i] = env.DB.Client.Organization.Create().SetSpaceID(c.men.ID).SetName(fmt.Sprint("Org ", i)).SetCreatedBy(c.menStaffID).SaveX(ctx).ID
	}
	c.program = env.DB.Client.Program.Create().SetSpaceID(c.men.ID).SetOrganizationID(c.orgs[1]).SetTitleFr("Le sien").
		SetResponseLevel(1).SetContactEmail("p@example.org").SetCreatedBy(c.menStaffID).SaveX(ctx).ID
	c.orgAdmin, _ = c.person(t, c.men, "count-org-admin@example.org", nil, [2]string{"org-admin", fmt.Sprint("organization:", c.orgs[0])})
	c.programAdmin, _ = c.person(t, c.men, "count-program-admin@example.org", nil, [2]string{"program-admin", fmt.Sprint("program:", c.program)})
	return c
}

// grow adds n rows to every list, of every kind its viewers tell apart.
func (c *countsEnv) grow(t *testing.T, n int) {
	t.Helper()
	db := c.env.DB
	c.grown++
	tag := func(s string) string { return fmt.Sprintf("%s%d", s, c.grown) }
	for i, e := range append(c.entities[:], 0) {
		storetest.GrowAccounts(t, db, c.cert.ID, c.cert.Slug, tag(fmt.Sprint("pend", i)), string(entaccount.StatusPENDING_APPROVAL), "depositor", n)
		storetest.GrowAccounts(t, db, c.cert.ID, c.cert.Slug, tag(fmt.Sprint("act", i)), string(entaccount.StatusACTIVE), "depositor", n)
		if e != 0 {
			c.exec(fmt.Sprintf(`UPDATE accounts SET entity_id = ? WHERE email_key LIKE '%s-%%' OR email_key LIKE '%s-%%'`,
				tag(fmt.Sprint("pend", i)), tag(fmt.Sprint("act", i))), e)
		}
	}
	storetest.GrowAuditEvents(t, db, c.cert.ID, 5*n)

	// Candidates for every belt, open or granted; the green viewer co-opted some already.
	candidates := tag("cand")
	storetest.GrowAccounts(t, db, c.fac.ID, c.fac.Slug, candidates, string(entaccount.StatusACTIVE), "facilitator", n)
	c.exec(fmt.Sprintf(`INSERT INTO belt_requests (space_id, candidate_id, belt, status, co_optation_count, required, created_at)
		SELECT %d, id, CASE id %% 5 WHEN 0 THEN 'WHITE' WHEN 1 THEN 'YELLOW' WHEN 2 THEN 'ORANGE' WHEN 3 THEN 'GREEN' ELSE 'BLUE' END,
			CASE WHEN id %% 7 = 0 THEN 'GRANTED' ELSE 'OPEN' END, 0, 2, CURRENT_TIMESTAMP
		FROM accounts WHERE email_key LIKE '%s-%%'`, c.fac.ID, candidates))
	c.exec(fmt.Sprintf(`INSERT INTO co_optations (request_id, coopter_id, coopter_belt, comment, created_at)
		SELECT r.id, %d, 'GREEN', '', CURRENT_TIMESTAMP FROM belt_requests r JOIN accounts a ON a.id = r.candidate_id
		WHERE a.email_key LIKE '%s-%%' AND r.id %% 3 = 0`, c.greenID, candidates))
	if c.grown == 1 { // the green viewer's own request, in a belt they may co-opt (the list leaves it out)
		c.exec(`INSERT INTO belt_requests (space_id, candidate_id, belt, status, co_optation_count, required, created_at)
			VALUES (?, ?, 'GREEN', 'OPEN', 0, 2, CURRENT_TIMESTAMP)`, c.fac.ID, c.greenID)
	}

	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	for range n {
		for _, org := range c.orgs {
			c.env.DB.Client.Program.Create().SetSpaceID(c.men.ID).SetOrganizationID(org).SetTitleFr("P").SetResponseLevel(2).
				SetContactEmail("p@example.org").SetCreatedBy(c.menStaffID).SaveX(ctx)
		}
		c.env.DB.Client.WebhookDelivery.Create().SetWebhookID(c.webhook).SetEvent("guide.published").SetPayload("{}").SaveX(ctx)
	}
}

// Every list whose totalCount the database keeps answers the list's length, for each kind of
// viewer, and the statements a count costs do not grow with the list.
func TestKeptTotalCountsAreTheListsLength(t *testing.T) {
	c := newCountsEnv(t)
	const list = `totalCount edges { node { id } } pageInfo { hasNextPage }`
	cases := []struct {
		name   string
		space  func() string
		viewer func() http.Header
		query  string
		path   string
	}{
		{"pending accounts, staff", func() string { return "certification" }, func() http.Header { return c.certStaff },
			`{ pendingAccounts(first: 100) { ` + list + ` } }`, "pendingAccounts"},
		{"pending accounts, an entity's manager", func() string { return "certification" }, func() http.Header { return c.manager },
			`{ pendingAccounts(first: 100) { ` + list + ` } }`, "pendingAccounts"},
		{"an entity's members", func() string { return "certification" }, func() http.Header { return c.manager },
			`{ me { entity { members(first: 100) { ` + list + ` } } } }`, "me.entity.members"},
		{"the audit log", func() string { return "certification" }, func() http.Header { return c.certStaff },
			`{ auditLog(first: 200) { ` + list + ` } }`, "auditLog"},
		{"the audit log of one action", func() string { return "certification" }, func() http.Header { return c.certStaff },
			`{ auditLog(first: 200, action: "login.failed") { ` + list + ` } }`, "auditLog"},
		{"the audit log of an action never recorded", func() string { return "certification" }, func() http.Header { return c.certStaff },
			`{ auditLog(first: 200, action: "never.recorded") { ` + list + ` } }`, "auditLog"},
		{"belt requests left to co-opt", func() string { return "facilitators" }, func() http.Header { return c.green },
			`{ beltValidationRequests(first: 100) { ` + list + ` } }`, "beltValidationRequests"},
		{"programs, staff", func() string { return "mentoring" }, func() http.Header { return c.menStaff },
			`{ programs(first: 100) { ` + list + ` } }`, "programs"},
		{"programs, an organisation's admin", func() string { return "mentoring" }, func() http.Header { return c.orgAdmin },
			`{ programs(first: 100) { ` + list + ` } }`, "programs"},
		{"programs, a program's admin", func() string { return "mentoring" }, func() http.Header { return c.programAdmin },
			`{ programs(first: 100) { ` + list + ` } }`, "programs"},
		{"an organisation's programs, staff", func() string { return "mentoring" }, func() http.Header { return c.menStaff },
			fmt.Sprintf(`{ organization(id: %d) { programs(first: 100) { %s } } }`, c.orgs[1], list), "organization.programs"},
		{"an organisation's programs, its admin", func() string { return "mentoring" }, func() http.Header { return c.orgAdmin },
			fmt.Sprintf(`{ organization(id: %d) { programs(first: 100) { %s } } }`, c.orgs[0], list), "organization.programs"},
		{"an organisation's programs, one program's admin", func() string { return "mentoring" }, func() http.Header { return c.programAdmin },
			fmt.Sprintf(`{ organization(id: %d) { programs(first: 100) { %s } } }`, c.orgs[1], list), "organization.programs"},
		{"a webhook's deliveries", func() string { return "facilitators" }, func() http.Header { return c.admin },
			`{ webhooks { deliveries(first: 100) { ` + list + ` } } }`, "webhooks.0.deliveries"},
	}
	ask := func(t *testing.T, space, query string, h http.Header) (*apitest.Response, int64) {
		before := c.env.DB.Queries.Load()
		r := c.env.Do(t, apitest.Request{Space: space, Query: query, Header: h}).MustOK(t)
		return r, c.env.DB.Queries.Load() - before
	}
	statements := map[string]int64{}
	for _, size := range []int{4, 12} {
		c.grow(t, size)
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s, %d grown", tc.name, c.grown), func(t *testing.T) {
				r, n := ask(t, tc.space(), tc.query, tc.viewer())
				edges := r.Len(tc.path + ".edges")
				if got := r.Int(tc.path + ".totalCount"); got != edges || r.Get(tc.path+".pageInfo.hasNextPage") != false {
					t.Fatalf("totalCount %d for %d edges: %s", got, edges, r.Body)
				}
				if edges == 0 && tc.name != "the audit log of an action never recorded" {
					t.Fatalf("an empty list proves little: %s", r.Body)
				}
				if before, ok := statements[tc.name]; ok && n != before {
					t.Errorf("%d statements, %d with less data", n, before)
				}
				statements[tc.name] = n
				// The count alone costs what it costs with the page.
				alone, m := ask(t, tc.space(), `{ `+fieldOf(tc.query)+` }`, tc.viewer())
				if alone.Int(tc.path+".totalCount") != edges || m > n {
					t.Errorf("totalCount alone: %s in %d statements (%d with the page)", alone.Body, m, n)
				}
			})
		}
	}
}

// fieldOf is query with the list's selection narrowed to totalCount.
func fieldOf(query string) string {
	const list = `totalCount edges { node { id } } pageInfo { hasNextPage }`
	out := query[1 : len(query)-1]
	for i := 0; i+len(list) <= len(out); i++ {
		if out[i:i+len(list)] == list {
			return out[:i] + "totalCount" + out[i+len(list):]
		}
	}
	return out
}

// growCommunity adds n facilitators to the facilitators' space, each with a belt in turn,
// one in two listed in the directory (one in five of those suspended), with workshops of every
// status, reported ones with participants (some with none counted).
func (c *countsEnv) growCommunity(t *testing.T, n int) {
	t.Helper()
	db := c.env.DB
	c.grown++
	tag := fmt.Sprintf("comm%d", c.grown)
	storetest.GrowAccounts(t, db, c.fac.ID, c.fac.Slug, tag, string(entaccount.StatusACTIVE), "facilitator", n)
	c.exec(fmt.Sprintf(`INSERT INTO account_roles (created_at, account_id, role, domain)
		SELECT CURRENT_TIMESTAMP, id, CASE id %% 5 WHEN 0 THEN 'white' WHEN 1 THEN 'yellow' WHEN 2 THEN 'orange' WHEN 3 THEN 'green' ELSE 'blue' END, ?
		FROM accounts WHERE email_key LIKE '%s-%%'`, tag), c.fac.Slug)
	c.exec(fmt.Sprintf(`UPDATE accounts SET directory_listed = true WHERE email_key LIKE '%s-%%' AND id %% 2 = 0`, tag))
	c.exec(fmt.Sprintf(`UPDATE accounts SET status = 'SUSPENDED' WHERE email_key LIKE '%s-%%' AND id %% 10 = 0`, tag))
	c.exec(fmt.Sprintf(`INSERT INTO workshops (space_id, organizer_id, title, starts_at, format, language, capacity, kind, status,
			seeking_facilitators, participants, created_at)
		SELECT ?, id, '', CURRENT_TIMESTAMP, 'ONLINE', 'fr', 20, 'PUBLIC', CASE id %% 3 WHEN 0 THEN 'SCHEDULED' WHEN 1 THEN 'REPORTED' ELSE 'CANCELLED' END,
			false, CASE WHEN id %% 3 = 1 AND id %% 4 <> 1 THEN id %% 17 END, CURRENT_TIMESTAMP
		FROM accounts WHERE email_key LIKE '%s-%%'`, tag), c.fac.ID)
}

// The community's figures and the directory's total answer the real numbers, counted here from
// the rows, in as many statements whatever the number of facilitators and workshops.
func TestKeptCommunityFiguresAreTheRealNumbers(t *testing.T) {
	c := newCountsEnv(t)
	db := c.env.DB
	count := func(q string, args ...any) int {
		t.Helper()
		var n int
		if err := db.SQL.QueryRowContext(context.Background(), db.Rebind(q), args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	ask := func(t *testing.T, query string) (*apitest.Response, int64) {
		before := db.Queries.Load()
		r := c.env.Do(t, apitest.Request{Space: c.fac.Slug, Query: query, Header: c.green}).MustOK(t)
		return r, db.Queries.Load() - before
	}
	statements := map[string]int64{}
	same := func(t *testing.T, name string, n int64) {
		if before, ok := statements[name]; ok && n != before {
			t.Errorf("%s: %d statements, %d with less data", name, n, before)
		}
		statements[name] = n
	}
	for _, size := range []int{6, 30} {
		c.growCommunity(t, size)
		t.Run(fmt.Sprint("indicators, ", c.grown, " grown"), func(t *testing.T) {
			r, n := ask(t, `{ communityIndicators { facilitators byBelt { belt count } workshopsReported participantsReached } }`)
			same(t, "indicators", n)
			want := count(`SELECT count(*) FROM account_roles WHERE domain = ? AND role = 'facilitator'`, c.fac.Slug)
			if got := r.Int("communityIndicators.facilitators"); got != want || want < size {
				t.Errorf("facilitators %d, counted %d", got, want)
			}
			for i, b := range []string{"WHITE", "YELLOW", "ORANGE", "GREEN", "BLUE"} {
				want := count(`SELECT count(*) FROM account_roles WHERE domain = ? AND role = ?`, c.fac.Slug, strings.ToLower(b))
				if got := r.Str(fmt.Sprintf("communityIndicators.byBelt.%d.belt", i)); got != b {
					t.Fatalf("belt %d is %s: %s", i, got, r.Body)
				}
				if got := r.Int(fmt.Sprintf("communityIndicators.byBelt.%d.count", i)); got != want || want == 0 {
					t.Errorf("%s: %d, counted %d", b, got, want)
				}
			}
			want = count(`SELECT count(*) FROM workshops WHERE space_id = ? AND status = 'REPORTED'`, c.fac.ID)
			if got := r.Int("communityIndicators.workshopsReported"); got != want || want == 0 {
				t.Errorf("workshops reported %d, counted %d", got, want)
			}
			want = count(`SELECT COALESCE(SUM(participants), 0) FROM workshops WHERE space_id = ? AND status = 'REPORTED'`, c.fac.ID)
			if got := r.Int("communityIndicators.participantsReached"); got != want || want == 0 {
				t.Errorf("participants reached %d, counted %d", got, want)
			}
		})
		t.Run(fmt.Sprint("directory, ", c.grown, " grown"), func(t *testing.T) {
			r, n := ask(t, `{ facilitatorDirectory(first: 100) { totalCount facilitators { displayName } } }`)
			same(t, "directory", n)
			want := count(`SELECT count(*) FROM accounts AS a WHERE a.space_id = ? AND a.directory_listed AND a.status = 'ACTIVE'
				AND EXISTS (SELECT 1 FROM account_roles AS r WHERE r.account_id = a.id AND r.role = 'facilitator' AND r.domain = ?)`, c.fac.ID, c.fac.Slug)
			if got := r.Int("facilitatorDirectory.totalCount"); got != want || got != r.Len("facilitatorDirectory.facilitators") || want == 0 {
				t.Errorf("totalCount %d, counted %d, listed %d: %s", got, want, r.Len("facilitatorDirectory.facilitators"), r.Body)
			}
			alone, m := ask(t, `{ facilitatorDirectory(first: 1) { totalCount } }`)
			if alone.Int("facilitatorDirectory.totalCount") != want || m > n {
				t.Errorf("totalCount alone: %s in %d statements (%d with the page)", alone.Body, m, n)
			}
		})
	}
}

// An offset past the directory's maximum is the reader's mistake, refused before any read, in
// their language and naming offset; the maximum itself is a page like another.
func TestDirectoryOffsetIsBounded(t *testing.T) {
	c := newCountsEnv(t)
	c.growCommunity(t, 4)
	const q = `query($offset: Int) { facilitatorDirectory(first: 5, offset: $offset) { totalCount facilitators { displayName } } }`
	for _, tc := range []struct {
		lang, message string
	}{
		{"fr", "« offset » ne peut dépasser 10000."},
		{"en", "“offset” must be at most 10000."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			h := with(c.green, "Accept-Language", tc.lang)
			r := c.env.Do(t, apitest.Request{Space: c.fac.Slug, Query: q, Variables: map[string]any{"offset": community.MaxDirectoryOffset + 1}, Header: h})
			if len(r.Errors) != 1 || code(r) != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "offset" ||
				r.Errors[0].Extensions["limit"] != float64(community.MaxDirectoryOffset) || r.Errors[0].Message != tc.message {
				t.Fatalf("offset past the maximum: %s", r.Body)
			}
			ok := c.env.Do(t, apitest.Request{Space: c.fac.Slug, Query: q, Variables: map[string]any{"offset": community.MaxDirectoryOffset}, Header: h}).MustOK(t)
			if ok.Int("facilitatorDirectory.totalCount") == 0 || ok.Len("facilitatorDirectory.facilitators") != 0 {
				t.Fatalf("offset at the maximum: %s", ok.Body)
			}
		})
	}
}
