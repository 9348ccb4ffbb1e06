package graph

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/community"
	"guichet/ent"
	"guichet/ent/workshop"
	"guichet/help"
	"guichet/locales"
)

// marshalIn runs marshal as the executor runs an object's field at data.group, with leaves on or
// off, and tells what it answers and whether the answer is a leaf.
func marshalIn(leaves bool, marshal func(ec *executionContext, ctx context.Context) graphql.Marshaler) (answer, bool) {
	defer func(was bool) { leafObjects = was }(leafObjects)
	leafObjects = leaves
	var leaf bool
	a := resolveIn("group", func(ec *executionContext, ctx context.Context, _ graphql.CollectedField) graphql.Marshaler {
		m := marshal(ec, ctx)
		s := fmt.Sprintf("%T", m)
		leaf = strings.HasPrefix(s, "*graph.leafObject[") || strings.HasPrefix(s, "*graph.leafList[")
		return m
	})
	return a, leaf
}

// fieldsOf is a selection set of fields by alias: name (or alias as the name), with sub-selections
// where given.
func fieldsOf(fields ...any) ast.SelectionSet {
	var sel ast.SelectionSet
	for i := 0; i < len(fields); i++ {
		alias, name := fields[i].(string), fields[i].(string)
		if a, n, ok := strings.Cut(alias, ":"); ok {
			alias, name = a, n
		}
		f := &ast.Field{Alias: alias, Name: name}
		if i+1 < len(fields) {
			if sub, ok := fields[i+1].(ast.SelectionSet); ok {
				f.SelectionSet = sub
				i++
			}
		}
		sel = append(sel, f)
	}
	return sel
}

// An object (or a list) answered as a leaf writes what the same object answers through
// leanObject and gqlgen's FieldSet, byte for byte with the same errors; one that cannot be a
// leaf (a field null where the schema forbids it, a nil element of a non-null list, a field with
// a resolver, a deferred field) still answers through them.
func TestLeafAnswersAsLean(t *testing.T) {
	green := "GREEN"
	at := time.Date(2026, 3, 1, 9, 30, 0, 123456789, time.FixedZone("", 2*3600))
	member := func(id int, name string, belt *string, joined time.Time) *community.GroupMember {
		return &community.GroupMember{ID: id, DisplayName: name, Belt: belt, JoinedAt: joined, Coordinator: id%2 == 0}
	}
	page := func(ms ...*community.GroupMember) *community.GroupMembers {
		out := &community.GroupMembers{TotalCount: 2000}
		for _, m := range ms {
			out.Edges = append(out.Edges, &community.GroupMemberEdge{Node: m})
		}
		return out
	}
	everything := fieldsOf("__typename", "totalCount", "edges", fieldsOf("__typename", "node",
		fieldsOf("__typename", "id", "name:displayName", "belt", "coordinator", "joinedAt", "again:id")))
	withDirectives := fieldsOf("edges", fieldsOf("node", fieldsOf("id")))
	withDirectives[0].(*ast.Field).SelectionSet[0].(*ast.Field).SelectionSet = append(ast.SelectionSet{
		&ast.Field{Alias: "name", Name: "displayName", Directives: ast.DirectiveList{{Name: "skip",
			Arguments: ast.ArgumentList{{Name: "if", Value: &ast.Value{Kind: ast.BooleanValue, Raw: "true"}}}}}},
	}, withDirectives[0].(*ast.Field).SelectionSet[0].(*ast.Field).SelectionSet...)
	ws := func(starts ...time.Time) *ent.WorkshopConnection {
		out := &ent.WorkshopConnection{TotalCount: len(starts)}
		for i, s := range starts {
			city := "Évry <&> \"Nord\"\u2028"
			out.Edges = append(out.Edges, &ent.WorkshopEdge{Node: &ent.Workshop{ID: 40 + i, StartsAt: s, City: &city,
				Kind: workshop.KindPUBLIC, Status: workshop.StatusSCHEDULED, Capacity: 12, SeekingFacilitators: i%2 == 0},
				Cursor: ent.Cursor{ID: 40 + i, Value: s}})
		}
		return out
	}
	workshopFields := fieldsOf("totalCount", "edges", fieldsOf("cursor", "node",
		fieldsOf("id", "startsAt", "city", "kind", "status", "capacity", "seekingFacilitators")))
	deleted := at.Add(time.Hour)
	cases := []struct {
		name    string
		marshal func(ec *executionContext, ctx context.Context) graphql.Marshaler
		leaf    bool
		errors  int
	}{
		{"a page of members, every field, an alias twice", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._LocalGroupMemberConnection(ctx, everything, page(member(1, "Ana \"Lou\"\n", &green, at), member(2, "Bé <b>", nil, at)))
		}, true, 0},
		{"an empty page", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._LocalGroupMemberConnection(ctx, everything, &community.GroupMembers{})
		}, true, 0},
		{"a member whose join date is missing", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._LocalGroupMemberConnection(ctx, everything, page(member(1, "Ana", &green, at), member(2, "Bé", nil, time.Time{})))
		}, false, 1},
		{"an edge without its node", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			p := page(member(1, "Ana", &green, at))
			p.Edges = append(p.Edges, &community.GroupMemberEdge{})
			return ec._LocalGroupMemberConnection(ctx, everything, p)
		}, false, 1},
		{"a nil edge in a non-null list", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			p := page(member(1, "Ana", &green, at))
			p.Edges = append(p.Edges, nil)
			return ec.marshalNLocalGroupMemberEdge2ᚕᚖguichetᚋcommunityᚐGroupMemberEdgeᚄ(ctx, everything[2].(*ast.Field).SelectionSet, p.Edges)
		}, false, 1},
		{"a field skipped", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._LocalGroupMemberConnection(ctx, withDirectives, page(member(1, "Ana", &green, at)))
		}, true, 0},
		{"workshops, their cursors, texts to escape", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._WorkshopConnection(ctx, workshopFields, ws(at, at.Add(24*time.Hour)))
		}, true, 0},
		{"a nil edge in a nullable list", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			c := ws(at)
			c.Edges = append(c.Edges, nil)
			return ec._WorkshopConnection(ctx, workshopFields, c)
		}, true, 0},
		{"no list where it may be null", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._WorkshopConnection(ctx, workshopFields, &ent.WorkshopConnection{})
		}, true, 0},
		{"a workshop without a start", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._WorkshopConnection(ctx, workshopFields, ws(at, time.Time{}))
		}, false, 1},
		{"an object held by value (no leaf of its own)", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec._LocalGroupMemberConnection(ctx, fieldsOf("pageInfo", fieldsOf("hasNextPage")), page(member(1, "Ana", &green, at)))
		}, false, 0},
		{"directory entries, their languages a list of enums", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			city, bio := "Lyon", "Je <b>anime</b> \"en\" ligne"
			return ec.marshalNDirectoryEntry2ᚕᚖguichetᚋcommunityᚐDirectoryEntryᚄ(ctx,
				fieldsOf("id", "displayName", "belt", "city", "languages", "bio", "contactEmail", "workshopsRun"),
				[]*community.DirectoryEntry{
					{ID: 1, DisplayName: "Ana", Belt: &green, City: &city, Languages: []locales.Locale{locales.FR, locales.EN}, Bio: &bio, WorkshopsRun: 3},
					{ID: 2, DisplayName: "Bé", Languages: []locales.Locale{}},
					{ID: 3, DisplayName: "Cé"}, // no languages kept: [] as gqlgen writes a nil list it may not write as null
				})
		}, true, 0},
		{"a nullable time, set, missing and zero", func(ec *executionContext, ctx context.Context) graphql.Marshaler {
			return ec.marshalNEditorPage2ᚕᚖguichetᚋhelpᚐEditorPageᚄ(ctx, fieldsOf("deletedAt"),
				[]*help.EditorPage{{DeletedAt: &deleted}, {}, {DeletedAt: &time.Time{}}})
		}, true, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lean, _ := marshalIn(false, c.marshal)
			leaf, isLeaf := marshalIn(true, c.marshal)
			if isLeaf != c.leaf {
				t.Errorf("answered as a leaf: %v, want %v", isLeaf, c.leaf)
			}
			if leaf.json != lean.json || fmt.Sprint(leaf.errors) != fmt.Sprint(lean.errors) {
				t.Errorf("leaves on: %s %q\nleaves off: %s %q", leaf.json, leaf.errors, lean.json, lean.errors)
			}
			if len(leaf.errors) != c.errors {
				t.Errorf("%d errors, want %d: %q", len(leaf.errors), c.errors, leaf.errors)
			}
			if c.errors == 0 && (leaf.json == "" || leaf.json == "null") {
				t.Errorf("answered %q", leaf.json)
			}
		})
	}
}

// leafTime writes what graphql.MarshalTime writes, whatever the time's zone, fraction or year.
func TestLeafTimeAsGqlgen(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2026, 12, 7, 3, 4, 5, 0, time.UTC),
		time.Date(2026, 12, 7, 3, 4, 5, 120000000, time.FixedZone("CET", 3600)),
		time.Date(1, 1, 1, 0, 0, 0, 1, time.FixedZone("", -(9*3600+30*60))),
		time.Date(12026, 6, 30, 23, 59, 59, 999999999, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
		time.Now(),
	} {
		var want, got, other bytes.Buffer
		graphql.MarshalTime(at).MarshalGQL(&want)
		leafTime(&got, at)
		leafTime(struct{ *bytes.Buffer }{&other}, at) // not the executor's buffer
		if got.String() != want.String() || other.String() != want.String() {
			t.Errorf("%v: %s and %s, want %s", at, got.String(), other.String(), want.String())
		}
	}
}
