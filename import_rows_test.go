package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guichet/community"
	"guichet/store/storetest"
)

// A refused import counts its bad rows, not their problems, and lists each row's problems
// together, in the file's order.
func TestBadRowsCountsRows(t *testing.T) {
	for _, tt := range []struct {
		name string
		errs community.LegacyErrors
		want string
	}{
		{"one row, one problem", community.LegacyErrors{{Line: 2, Msg: `trained_on "hier": a date such as 2021-06-30`}},
			"f.csv: 1 bad row(s); nothing was imported\nf.csv:line 2: trained_on \"hier\": a date such as 2021-06-30"},
		{"two rows, five problems", community.LegacyErrors{
			{Line: 2, Msg: "a"}, {Line: 2, Msg: "b"}, {Line: 2, Msg: "c"}, {Line: 3, Msg: "d"}, {Line: 3, Msg: "e"}},
			"f.csv: 2 bad row(s); nothing was imported\nf.csv:line 2: a\nf.csv:line 2: b\nf.csv:line 2: c\nf.csv:line 3: d\nf.csv:line 3: e"},
		{"problems out of order are grouped by row", community.LegacyErrors{{Line: 4, Msg: "x"}, {Line: 1, Msg: "y"}, {Line: 4, Msg: "z"}},
			"f.csv: 2 bad row(s); nothing was imported\nf.csv:line 1: y\nf.csv:line 4: x\nf.csv:line 4: z"},
		{"missing columns, all on the header", community.LegacyErrors{{Line: 1, Msg: `column "email" is missing`}, {Line: 1, Msg: `column "belt" is missing`}},
			"f.csv: 1 bad row(s); nothing was imported\nf.csv:line 1: column \"email\" is missing\nf.csv:line 1: column \"belt\" is missing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := badRows("f.csv", tt.errs).Error(); got != tt.want {
				t.Fatalf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// Through the command: a file of two rows with several problems each is "2 bad row(s)".
func TestAccountsImportCountsRows(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	csvFile := filepath.Join(dir, "legacy.csv")
	if err := os.WriteFile(csvFile, []byte("email,first_name,last_name,locale,trained_on,migrated\n"+
		"nope,,Y,de,hier,true\n"+
		"x@example.org,X,,fr,demain,true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"accounts", "import", "--data-dir", dir, "--space", "facilitators", csvFile})
	if err == nil || !strings.HasPrefix(err.Error(), csvFile+": 2 bad row(s); nothing was imported\n") ||
		strings.Count(err.Error(), csvFile+":line 2: ") < 3 || strings.Count(err.Error(), csvFile+":line 3: ") < 2 {
		t.Fatalf("two bad rows: %v", err)
	}
}
