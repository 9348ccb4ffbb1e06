package store_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"guichet/account"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/guide"
	"guichet/ent/news"
	"guichet/ent/privacy"
	"guichet/ent/token"
	"guichet/help"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/role"
	"guichet/store/storetest"
	"guichet/viewer"
)

// badPlan matches what must not appear in the plan of a request's query on a big table: a
// full scan (of the table or of a whole index), or a sort of what an index could give in order.
var (
	badSQLitePlan   = regexp.MustCompile(`\bSCAN (tokens|accounts|account_roles|guides|guide_translations|faqs|faq_translations|audit_events)\b|TEMP B-TREE FOR ORDER BY`)
	badPostgresPlan = regexp.MustCompile(`(?m)Seq Scan on (tokens|accounts|account_roles|guides|guide_translations|faqs|faq_translations|audit_events)\b|(^|->)\s*Sort\s+\(`)
)

// TestRequestQueriesUseIndexesWhateverTheStatistics plans the queries that every signed-in
// request and the big lists send, on tables that grew 1,000-fold after the planner's
// statistics were taken (as a database does in production between two ANALYZE): the
// viewer's roles, a page of guides (first and from a cursor in the middle, and of a category
// of them), a page of the audit log of one action, and a page of accounts pending approval. None may scan a big table
// or sort it.
func TestRequestQueriesUseIndexesWhateverTheStatistics(t *testing.T) {
	db := storetest.Open(t, t.TempDir())
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := db.Client.Space.Create().SetSlug("growth").SetNameFr("G").SetNameEn("G").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).SaveX(ctx)

	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "few", string(entaccount.StatusACTIVE), "participant", 2)
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "waiting", string(entaccount.StatusPENDING_APPROVAL), "participant", 2)
	storetest.GrowGuides(t, db, sp.ID, "few", 2, 2000)
	storetest.GrowNews(t, db, sp.ID, "few", 2, 2000)
	storetest.GrowFaqs(t, db, sp.ID, "few", 2, 500)
	storetest.GrowAuditEvents(t, db, sp.ID, 20)
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "many", string(entaccount.StatusACTIVE), "participant", 3000)
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "queue", string(entaccount.StatusPENDING_APPROVAL), "participant", 3000)
	storetest.GrowGuides(t, db, sp.ID, "many", 3000, 2000)
	storetest.GrowNews(t, db, sp.ID, "many", 3000, 2000)
	storetest.GrowFaqs(t, db, sp.ID, "many", 3000, 500)
	storetest.GrowAuditEvents(t, db, sp.ID, 30000)
	big := db.Client.Category.Create().SetSpaceID(sp.ID).SetKey("big").SaveX(ctx)
	db.Client.CategoryTranslation.Create().SetCategoryID(big.ID).SetSpaceID(sp.ID).SetLocale(locales.FR).
		SetSlug("big").SetTitle("Big").SaveX(ctx)
	if _, err := db.SQL.ExecContext(ctx, db.Rebind(`UPDATE guides SET category_id = ? WHERE key LIKE 'many-%'`), big.ID); err != nil {
		t.Fatal(err)
	}
	// a second category, so that the help center's statement reads a page of each
	small := db.Client.Category.Create().SetSpaceID(sp.ID).SetKey("small").SetPosition(1).SaveX(ctx)
	if _, err := db.SQL.ExecContext(ctx, db.Rebind(`UPDATE guides SET category_id = ? WHERE key LIKE 'few-%'`), small.ID); err != nil {
		t.Fatal(err)
	}

	client, rec := storetest.Recording(db)
	accounts := &account.Service{Client: client}
	guides := &help.Service{Client: client, SQL: db.SQL}
	me := client.Account.Query().Where(entaccount.EmailKey("many-1500@example.org")).OnlyX(ctx)
	middle := client.Guide.Query().Where(guide.Key("many-1500")).OnlyX(ctx)
	middleNews := client.News.Query().Where(news.Key("many-1500")).OnlyX(ctx)
	// A session used a moment ago: reading it writes nothing.
	session := "plan-test-session"
	client.Token.Create().SetAccountID(me.ID).SetKind(token.KindSESSION).SetHash(mail.HashSecret(session)).
		SetExpiresAt(time.Now().Add(time.Hour)).SetLastSeenAt(time.Now()).ExecX(ctx)
	big = client.Category.GetX(ctx, big.ID) // read through client, so that its queries are recorded
	rec.Take()

	reader := viewer.NewContext(context.Background(), &viewer.Viewer{SpaceID: sp.ID, Audiences: []role.Audience{role.Public}})
	first := 20
	// The category holds every guide of the space but two, so PostgreSQL, planning from
	// refreshed statistics, may as well walk the space's guides in order and skip the two:
	// each row it reads is one of the page, as with the category's index, and neither is a
	// sort nor a full scan (badPostgresPlan). Of a category of few guides, the statistics make
	// it read the category's index. A seek may name such alternatives, separated by "|".
	const categoryInOrder = "guide_space_id_category_id_position_id|guide_space_id_position_id"
	var cursor strings.Builder
	ent.Cursor{ID: middle.ID, Value: middle.Position}.MarshalGQL(&cursor)
	after := strings.Trim(cursor.String(), `"`)
	cursor.Reset()
	ent.Cursor{ID: middleNews.ID, Value: middleNews.PublishedAt}.MarshalGQL(&cursor)
	afterNews := strings.Trim(cursor.String(), `"`)
	cases := []struct {
		name string
		run  func() error
		want int // statements at least
		// seek: what the plan of the page query (LIMIT) shows when it starts at the cursor
		// rather than walking the list from its beginning, on SQLite and on PostgreSQL
		seek [2]string
	}{
		{"viewer's roles", func() error {
			wide, scoped, err := accounts.RolesInSpace(ctx, me.ID, sp.Slug)
			if err == nil && (len(wide) != 1 || len(scoped) != 1) {
				err = fmt.Errorf("roles %v, scoped %v: want one of each", wide, scoped)
			}
			return err
		}, 1, [2]string{}},
		{"viewer's session", func() error {
			si, err := accounts.SignedInAs(ctx, sp.ID, sp.Slug, session)
			if err == nil && (si == nil || si.AccountID != me.ID || len(si.Roles) != 1 || len(si.Scoped) != 1) {
				err = fmt.Errorf("signed in as %+v: want the account with one role of each", si)
			}
			return err
		}, 1, [2]string{}},
		{"guides, first page", func() error {
			conn, err := guides.Guides(reader, locales.FR, nil, help.Page{First: &first}, help.Include{})
			if err == nil && len(conn.Edges) != first {
				err = fmt.Errorf("%d guides", len(conn.Edges))
			}
			return err
		}, 2, [2]string{}},
		{"guides, from the middle", func() error {
			conn, err := guides.Guides(reader, locales.FR, nil, help.Page{First: &first, After: &after}, help.Include{})
			if err == nil && (len(conn.Edges) != first || conn.Edges[0].Node.Key != "many-1501") {
				err = fmt.Errorf("%d guides from the middle", len(conn.Edges))
			}
			return err
		}, 2, [2]string{"position>?", `(ROW("position", id) > ROW(`}},
		{"a category's guides, first page", func() error {
			conn, err := guides.CategoryGuides(reader, big, locales.FR, help.Page{First: &first}, help.Include{})
			if err == nil && (len(conn.Edges) != first || conn.Edges[0].Node.Key != "many-1") {
				err = fmt.Errorf("%d guides of the category", len(conn.Edges))
			}
			return err
		}, 2, [2]string{"guide_space_id_category_id_position_id", categoryInOrder}},
		{"the help center: every category's first page", func() error {
			cats, err := guides.HelpCenter(reader, locales.FR, help.Include{WithoutText: true}, first)
			if err != nil {
				return err
			}
			if len(cats) != 2 {
				return fmt.Errorf("%d categories", len(cats))
			}
			for _, c := range cats {
				conn, err := guides.CategoryGuides(reader, c, locales.FR, help.Page{First: &first}, help.Include{})
				if err != nil {
					return err
				}
				want, next, key := 2, false, "few-1"
				if c.ID == big.ID {
					want, next, key = 3000, true, "many-1"
				}
				if len(conn.Edges) != min(want, first) || conn.PageInfo.HasNextPage != next || conn.TotalCount != want ||
					conn.Edges[0].Node.Key != key {
					return fmt.Errorf("%d guides of %d in category %s, next page %v", len(conn.Edges), conn.TotalCount, c.Key, conn.PageInfo.HasNextPage)
				}
			}
			return nil
		}, 4, [2]string{"guide_space_id_category_id_position_id", "guide_space_id_category_id_position_id"}},
		{"guides of a category by its slug, first page", func() error {
			slug := "big"
			conn, err := guides.Guides(reader, locales.FR, &slug, help.Page{First: &first}, help.Include{})
			if err == nil && (len(conn.Edges) != first || conn.Edges[0].Node.Key != "many-1") {
				err = fmt.Errorf("%d guides of the category", len(conn.Edges))
			}
			return err
		}, 3, [2]string{"guide_space_id_category_id_position_id", categoryInOrder}},
		{"FAQs, first page", func() error {
			conn, err := guides.Faqs(reader, locales.FR, nil, help.Page{First: &first}, help.Include{})
			if err == nil && len(conn.Edges) != first {
				err = fmt.Errorf("%d FAQs", len(conn.Edges))
			}
			return err
		}, 2, [2]string{"faq_space_id_position_id", "faq_space_id_position_id"}},
		{"news, first page", func() error {
			conn, err := guides.News(reader, locales.FR, help.Page{First: &first})
			if err == nil && (len(conn.Edges) != first || conn.Edges[0].Node.Key != "many-3000") {
				err = fmt.Errorf("%d news", len(conn.Edges))
			}
			return err
		}, 2, [2]string{}},
		{"news, from the middle", func() error {
			conn, err := guides.News(reader, locales.FR, help.Page{First: &first, After: &afterNews})
			if err == nil && (len(conn.Edges) != first || conn.Edges[0].Node.Key != "many-1499") {
				err = fmt.Errorf("%d news from the middle", len(conn.Edges))
			}
			return err
		}, 2, [2]string{"published_at<?", `(ROW(published_at, id) < ROW(`}},
		{"the audit log of a rare action", func() error {
			action := "role.granted"
			conn, err := accounts.AuditLog(ctx, sp, &action, &first, nil)
			if err == nil && len(conn.Edges) != first {
				err = fmt.Errorf("%d events", len(conn.Edges))
			}
			return err
		}, 1, [2]string{}},
		{"accounts pending approval", func() error {
			conn, err := accounts.PendingAccounts(ctx, sp, &first, nil)
			if err == nil && len(conn.Edges) != first {
				err = fmt.Errorf("%d pending", len(conn.Edges))
			}
			return err
		}, 1, [2]string{}},
	}
	// The cases of which only the statements that read a table are planned: a space's
	// categories are a few rows, read whole and sorted, not what grows.
	readsOnly := map[string]string{"the help center: every category's first page": "guides"}
	bad := badSQLitePlan
	if db.Dialect == dialect.Postgres {
		bad = badPostgresPlan
	}
	// With stale statistics, the queries a request cannot do without (the viewer's roles, a
	// page: those that LIMIT) must be answered by an index. Once the statistics are refreshed
	// (Optimize, which the server runs periodically and after an import), every query is:
	// the pages' eager loading too (guide_id IN (…) of the page's guides). PostgreSQL plans
	// from its statistics whatever the query (autovacuum keeps them, Optimize after an
	// import): its plans are checked once they are refreshed.
	for _, refreshed := range []bool{false, true} {
		if refreshed {
			if err := db.Optimize(ctx); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s, statistics refreshed %v", c.name, refreshed), func(t *testing.T) {
				if err := c.run(); err != nil {
					t.Fatal(err)
				}
				sent := rec.Take()
				if len(sent) < c.want {
					t.Fatalf("%d statements sent, want %d or more", len(sent), c.want)
				}
				for _, st := range sent {
					if strings.Contains(st.Query, "COUNT(") {
						continue // a count is made only when totalCount is asked for
					}
					if t := readsOnly[c.name]; t != "" && !strings.Contains(st.Query, "FROM `"+t+"`") && !strings.Contains(st.Query, `FROM "`+t+`"`) {
						continue
					}
					if !refreshed && (db.Dialect == dialect.Postgres ||
						!strings.Contains(st.Query, "LIMIT") && !strings.Contains(st.Query, "account_roles")) {
						continue
					}
					p := storetest.Plan(t, db, st)
					if bad.MatchString(p) {
						t.Errorf("%s\nis planned as\n%s", st.Query, p)
					}
					seek := c.seek[0]
					if db.Dialect == dialect.Postgres {
						seek = c.seek[1]
					}
					if strings.Contains(st.Query, "LIMIT") && !slices.ContainsFunc(strings.Split(seek, "|"), func(s string) bool {
						return strings.Contains(p, s)
					}) {
						t.Errorf("%s\nis planned as\n%s\nwhich does not start at the cursor (%s)", st.Query, p, seek)
					}
				}
			})
		}
	}
}
