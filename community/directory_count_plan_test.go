package community

import (
	"regexp"
	"strings"
	"testing"

	"guichet/store/storetest"
)

// A city's directory searched by names counts its matches on the index of the city's name
// keys (the rows are not read), and keeps the directory's order for its page, with the
// planner's statistics or without them.
func TestDirectoryCountOfACitySearchedReadsTheIndexOnly(t *testing.T) {
	db, ctx, sp := grownSpace(t, 2000)
	for _, q := range []string{
		`UPDATE accounts SET directory_listed = true, first_name = 'Ana', first_name_key = ' ana', last_name = 'M' || (id % 1000),
			last_name_key = ' m' || (id % 1000), directory_city_key = CASE WHEN id % 10 = 0 THEN ' nantes' ELSE ' lyon' END`,
		`INSERT INTO account_roles (created_at, account_id, role, domain) SELECT CURRENT_TIMESTAMP, id, 'green', 'facilitators' FROM accounts WHERE id % 7 = 0`,
	} {
		if _, err := db.SQL.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	client, rec := storetest.Recording(db)
	s := &Service{Client: client}
	count, page := regexp.MustCompile(`COVERING INDEX account_directory_city_names\b`), regexp.MustCompile(`INDEX account_directory_city_order\b`)
	bad := regexp.MustCompile(`\bSCAN accounts\b|TEMP B-TREE`)
	if storetest.Postgres() {
		// PostgreSQL's choice of index is its own: only no scan of every account is required.
		count, page, bad = regexp.MustCompile(``), regexp.MustCompile(``), regexp.MustCompile(`Seq Scan on accounts`)
	}
	str := func(v string) *string { return &v }
	for _, stats := range []string{"without statistics", "with statistics"} {
		if stats == "with statistics" {
			if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
				t.Fatal(err)
			}
		}
		// A page of one is full: its total is counted.
		one := 1
		d, err := s.Directory(ctx, sp, DirectoryQuery{Search: str("ana m1"), City: str("Nantes"), Belt: str("GREEN"), First: &one})
		var want int
		if err := db.SQL.QueryRowContext(ctx, `SELECT COUNT(*) FROM accounts WHERE directory_city_key = ' nantes'
			AND last_name_key LIKE ' m1%' AND id IN (SELECT account_id FROM account_roles WHERE role = 'green')`).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if err != nil || d.TotalCount != want || want < 2 || len(d.Entries) != 1 {
			t.Fatalf("%s: %d of %d, %d on the page (%v)", stats, d.TotalCount, want, len(d.Entries), err)
		}
		counted := false
		for _, st := range rec.Take() {
			counted = counted || strings.HasPrefix(st.Query, "SELECT COUNT")
			p := storetest.Plan(t, db, st)
			switch {
			case strings.HasPrefix(st.Query, "SELECT COUNT") && !count.MatchString(p) || bad.MatchString(p):
				t.Errorf("%s: %s\nis planned as\n%s", stats, st.Query, p)
			case strings.Contains(st.Query, "ORDER BY") && !page.MatchString(p):
				t.Errorf("%s: %s\nis planned as\n%s", stats, st.Query, p)
			}
		}
		if !counted {
			t.Errorf("%s: no count read", stats)
		}
	}
}
