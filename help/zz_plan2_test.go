package help_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"guichet/ent/guide"
	"guichet/ent/privacy"
)

func TestPlan2(t *testing.T) {
	if os.Getenv("PLAN2") == "" { t.Skip() }
	db, _ := shipped(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := generateGuides(t, ctx, db, 2000)
	gs, _ := db.Client.Guide.Query().Where(guide.SpaceID(sp)).Limit(50).IDs(ctx)
	for n := 1; n <= 20; n++ {
		q := "EXPLAIN QUERY PLAN SELECT * FROM `guides` WHERE `guides`.`id` IN (" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ") AND (`guides`.`space_id` = ? AND `guides`.`deleted_at` IS NULL AND `guides`.`audience` IN (?) AND EXISTS (SELECT `guide_translations`.`id` FROM `guide_translations` WHERE `guide_translations`.`guide_id` = `guides`.`id` AND `guide_translations`.`published`))"
		var args []any
		for _, g := range gs[:n] { args = append(args, g) }
		args = append(args, sp, "PUBLIC")
		rows, err := db.SQL.Query(q, args...)
		if err != nil { t.Fatal(err) }
		for rows.Next() {
			var a, b, c int; var d string
			rows.Scan(&a, &b, &c, &d)
			if b == 0 { fmt.Println(n, d) }
		}
	}
}
