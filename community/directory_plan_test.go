package community

import (
	"regexp"
	"strings"
	"testing"

	"guichet/store/storetest"
)

// A filtered page of the directory reads the space's listed facilitators through an index (the
// directory's order, or the city's), never every account: its conditions are on short columns
// kept for them (the names' and the city's folded keys, the facilitator's flag and belt).
func TestDirectorySearchReadsAnIndex(t *testing.T) {
	db, ctx, sp := grownSpace(t, 3000)
	for _, q := range []string{
		`UPDATE accounts SET directory_listed = true WHERE id % 3 <> 0`,
		`UPDATE accounts SET first_name_key = ' ana ' || id, last_name_key = ' martin', last_name = 'Martin',
			directory_city_key = CASE WHEN id % 10 = 0 THEN ' nantes' ELSE ' lyon' END`,
		`INSERT INTO account_roles (created_at, account_id, role, domain) SELECT CURRENT_TIMESTAMP, id, 'green', 'facilitators' FROM accounts WHERE id % 7 = 0`,
		`ANALYZE`,
	} {
		if _, err := db.SQL.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	client, rec := storetest.Recording(db)
	s := &Service{Client: client}
	full := regexp.MustCompile(`\bSCAN accounts\b`)
	if storetest.Postgres() {
		full = regexp.MustCompile(`Seq Scan on accounts`)
	}
	str := func(v string) *string { return &v }
	for name, q := range map[string]DirectoryQuery{
		"search":        {Search: str("ana mar")},
		"city":          {City: str("Nantes")},
		"belt":          {Belt: str("GREEN")},
		"all three":     {Search: str("ana"), City: str("nantes"), Belt: str("GREEN")},
		"search a page": {Search: str("martin"), Offset: new(int)},
	} {
		d, err := s.Directory(ctx, sp, q)
		if err != nil || len(d.Entries) == 0 || d.TotalCount == 0 {
			t.Fatalf("%s: %+v %v", name, d, err)
		}
		for _, st := range rec.Take() {
			if !strings.Contains(st.Query, "ORDER BY") && !strings.Contains(st.Query, "COUNT") {
				continue
			}
			if p := storetest.Plan(t, db, st); full.MatchString(p) {
				t.Errorf("%s: %s\nis planned as\n%s", name, st.Query, p)
			}
		}
	}
}
