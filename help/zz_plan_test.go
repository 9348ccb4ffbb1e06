package help_test

import (
	"fmt"
	"os"
	"guichet/ent"
	entsql "entgo.io/ent/dialect/sql"
	"context"
	"time"
	"guichet/ent/guide"
	"guichet/ent/privacy"
	"testing"
)

func TestPlan(t *testing.T) {
	if os.Getenv("PLAN") == "" { t.Skip() }
	db, _ := shipped(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := generateGuides(t, ctx, db, benchGuides)
	gs, _ := db.Client.Guide.Query().Where(guide.SpaceID(sp)).Limit(10).IDs(ctx)
	for range 3 {
		t0 := time.Now()
		db.Client.Guide.Query().Where(guide.IDIn(gs...)).WithTranslations().All(as(sp))
		fmt.Println("ent", time.Since(t0))
	}
	for range 2 {
	var last time.Time
	c := ent.NewClient(ent.Driver(entsql.OpenDB("sqlite3", db.SQL)), ent.Debug(), ent.Log(func(a ...any) { if !last.IsZero() {fmt.Println("  prev took", time.Since(last))}; last = time.Now(); fmt.Println(fmt.Sprint(a...)[:120]) }))
	c.Guide.Query().Where(guide.IDIn(gs...)).WithTranslations().All(as(sp))
	fmt.Println("  last took", time.Since(last))
	}
	for _, q := range []string{"SELECT * FROM `guides` WHERE `guides`.`id` IN (?, ?, ?) AND (`guides`.`space_id` = ? AND `guides`.`deleted_at` IS NULL AND `guides`.`audience` IN (?) AND EXISTS (SELECT `guide_translations`.`id` FROM `guide_translations` WHERE `guide_translations`.`guide_id` = `guides`.`id` AND `guide_translations`.`published` = ?))",
		"SELECT * FROM guide_translations WHERE published AND guide_id IN (?, ?, ?)"} {
	args := []any{gs[0], gs[1], gs[2], sp, "PUBLIC", true}
	if os.Getenv("TEN") != "" && q[9] != 'g' {
		q = "SELECT * FROM `guides` WHERE `guides`.`id` IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AND (`guides`.`space_id` = ? AND `guides`.`deleted_at` IS NULL AND `guides`.`audience` IN (?) AND EXISTS (SELECT `guide_translations`.`id` FROM `guide_translations` WHERE `guide_translations`.`guide_id` = `guides`.`id` AND `guide_translations`.`published`))"
		args = nil
		for _, g := range gs { args = append(args, g) }
		args = append(args, sp, "PUBLIC")
	}
	if q[9] == 'g' && q[14]=='_' { args = args[:3] }
	t0 := time.Now()
	r, err := db.SQL.Query(q, args...)
	if err != nil { t.Fatal(err) }
	for r.Next() {}
	r.Close()
	fmt.Println("raw", time.Since(t0))
	rows, err := db.SQL.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil { t.Fatal(err) }
	for rows.Next() {
		var a, b, c int; var d string
		rows.Scan(&a, &b, &c, &d)
		fmt.Println(a, b, d)
	}
	}
	rows, _ := db.SQL.Query("SELECT sql FROM sqlite_master WHERE tbl_name IN ('guides','guide_translations')")
	for rows.Next() { var s string; rows.Scan(&s); fmt.Println(s) }
}
