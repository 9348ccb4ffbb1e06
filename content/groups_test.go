package content

import (
	"strings"
	"testing"

	"guichet/ent"
	"guichet/ent/localgroup"
	"guichet/ent/space"
	"guichet/locales"
)

// The facilitators' space ships local groups (groups.yaml): imported once, matched by key on a
// re-import, updated when their entry changes, untouched otherwise, members kept.
func TestShippedGroupsImportOnce(t *testing.T) {
	db, blobs := newStore(t)
	fsys := copyFS(t, Shipped)
	r := mustImport(t, db, blobs, fsys)
	ctx := allowed()
	sp := db.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	groups := db.Client.LocalGroup.Query().Where(localgroup.SpaceID(sp.ID)).Order(ent.Asc(localgroup.FieldKey)).AllX(ctx)
	if len(groups) < 3 || r.Groups.Created != len(groups) {
		t.Fatalf("%d groups shipped, report %v", len(groups), r)
	}
	for _, g := range groups {
		if g.Key == nil || g.NameFr == "" || g.NameEn == "" || g.DescriptionFr == "" || g.DescriptionEn == "" || g.City == "" {
			t.Fatalf("a shipped group lacks a text: %+v", g)
		}
	}
	lyon := db.Client.LocalGroup.Query().Where(localgroup.SpaceID(sp.ID), localgroup.Key("lyon")).OnlyX(ctx)
	member := db.Client.Account.Create().SetSpaceID(sp.ID).SetEmail("m@example.org").SetEmailKey("m@example.org").
		SetFirstName("M").SetLastName("M").SetLocale(locales.FR).SetStatus("ACTIVE").SaveX(ctx)
	db.Client.LocalGroupMember.Create().SetGroupID(lyon.ID).SetAccountID(member.ID).ExecX(ctx)

	before := snapshot(t, db.SQL)
	if r := mustImport(t, db, blobs, fsys); r.Changed() || r.Groups.Unchanged != len(groups) {
		t.Fatalf("second import of the same files: %v", r)
	}
	if diff := diffSnapshots(before, snapshot(t, db.SQL)); diff != "" {
		t.Fatalf("second import wrote:\n%s", diff)
	}

	file := "spaces/facilitators/groups.yaml"
	fsys[file].Data = []byte(strings.Replace(string(fsys[file].Data), "name: Lyon facilitators", "name: Facilitators of Lyon", 1))
	if r := mustImport(t, db, blobs, fsys); r.Groups.Updated != 1 || r.Groups.Created != 0 {
		t.Fatalf("import of a changed group: %v", r)
	}
	got := db.Client.LocalGroup.GetX(ctx, lyon.ID)
	if got.NameEn != "Facilitators of Lyon" || db.Client.LocalGroupMember.Query().CountX(ctx) != 1 {
		t.Fatalf("after the change: %+v", got)
	}
}

// groups.yaml is checked like the other files: a key, a name in one language at least.
func TestGroupsFileErrors(t *testing.T) {
	fsys := copyFS(t, Shipped)
	fsys["spaces/facilitators/groups.yaml"].Data = []byte("- key: a\n  city: X\n- city: Y\n  fr: {name: Y}\n- key: a\n  fr: {name: Z}\n")
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("a bad groups.yaml loaded")
	}
	for _, want := range []string{"groups.yaml:1: a group needs a name", "groups.yaml:3: key is required", "groups.yaml:5: duplicate group key"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%v", want, err)
		}
	}
}
