package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/community"
	"guichet/ent"
)

// answer is what a field answers: its JSON, and the errors it reported (message at path).
type answer struct {
	json   string
	errors []string
}

// resolveIn runs resolve as the field alias of an object at data.group, the way the executor
// runs it, and collects what it answers.
func resolveIn(alias string, resolve func(ec *executionContext, ctx context.Context, field graphql.CollectedField) graphql.Marshaler) answer {
	ctx := graphql.WithResponseContext(context.Background(), PresentError, Recover)
	oc := &graphql.OperationContext{RecoverFunc: Recover,
		ResolverMiddleware: func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }}
	ctx = graphql.WithOperationContext(ctx, oc)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Name: "group", Alias: "group"}}})
	ec := newExecutionContext(oc, nil, nil)
	m := resolve(ec, ctx, graphql.CollectedField{Field: &ast.Field{Name: alias, Alias: alias}})
	var b bytes.Buffer
	m.MarshalGQL(&b)
	out := answer{json: b.String()}
	for _, e := range graphql.GetErrors(ctx) {
		out.errors = append(out.errors, fmt.Sprintf("%s at %s", e.Message, e.Path))
	}
	return out
}

// The fields scripts/leanfields rewrites answer what gqlgen's own path answers (the oracle
// below is its template, field.gotpl): the same JSON, and the same errors at the same paths when
// a value is null where the schema forbids it or reading it panics.
func TestLeanFieldsAnswerAsGqlgen(t *testing.T) {
	panicking := &ent.Guide{Edges: ent.GuideEdges{Translations: []*ent.GuideTranslation{nil}}}
	member := func(joined time.Time, belt *string) *community.GroupMember {
		return &community.GroupMember{ID: 7, DisplayName: "Ana \"Lou\" Diallo", JoinedAt: joined, Belt: belt}
	}
	green := "GREEN"
	at := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	cases := []struct {
		name, alias string
		lean        func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler
		gqlgen      func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler
		want        string
		errors      int
	}{
		{"a string", "displayName",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_displayName(ctx, f, member(at, nil))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(at, nil)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_displayName,
					func(ctx context.Context) (any, error) { return obj.DisplayName, nil }, nil, ec.marshalNString2string, true, true)
			}, `"Ana \"Lou\" Diallo"`, 0},
		{"an id", "id",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_id(ctx, f, member(at, nil))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(at, nil)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_id,
					func(ctx context.Context) (any, error) { return obj.ID, nil }, nil, ec.marshalNID2int, true, true)
			}, `"7"`, 0},
		{"a nullable enum, set", "belt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_belt(ctx, f, member(at, &green))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(at, &green)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_belt,
					func(ctx context.Context) (any, error) { return obj.Belt, nil }, nil, ec.marshalOBelt2ᚖstring, true, false)
			}, `"GREEN"`, 0},
		{"a nullable enum, null", "belt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_belt(ctx, f, member(at, nil))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(at, nil)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_belt,
					func(ctx context.Context) (any, error) { return obj.Belt, nil }, nil, ec.marshalOBelt2ᚖstring, true, false)
			}, `null`, 0},
		{"a time", "joinedAt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_joinedAt(ctx, f, member(at, nil))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(at, nil)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_joinedAt,
					func(ctx context.Context) (any, error) { return obj.JoinedAt, nil }, nil, ec.marshalNTime2timeᚐTime, true, true)
			}, `"2026-03-01T09:30:00Z"`, 0},
		{"a null the schema forbids", "joinedAt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_joinedAt(ctx, f, member(time.Time{}, nil))
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := member(time.Time{}, nil)
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMember_joinedAt,
					func(ctx context.Context) (any, error) { return obj.JoinedAt, nil }, nil, ec.marshalNTime2timeᚐTime, true, true)
			}, `null`, 1},
		{"a value whose reading panics", "title",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._Guide_title(ctx, f, panicking)
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_Guide_title,
					func(ctx context.Context) (any, error) { return panicking.Title(), nil }, nil, ec.marshalNString2string, true, true)
			}, `null`, 1},
		{"an object", "node",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				f.Selections = ast.SelectionSet{&ast.Field{Name: "displayName", Alias: "name"}, &ast.Field{Name: "belt", Alias: "belt"}}
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{Node: member(at, &green)})
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				f.Selections = ast.SelectionSet{&ast.Field{Name: "displayName", Alias: "name"}, &ast.Field{Name: "belt", Alias: "belt"}}
				obj := &community.GroupMemberEdge{Node: member(at, &green)}
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMemberEdge_node,
					func(ctx context.Context) (any, error) { return obj.Node, nil }, nil, ec.marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true, true)
			}, `{"name":"Ana \"Lou\" Diallo","belt":"GREEN"}`, 0},
		{"an object missing where the schema forbids it", "node",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{})
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				obj := &community.GroupMemberEdge{}
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMemberEdge_node,
					func(ctx context.Context) (any, error) { return obj.Node, nil }, nil, ec.marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true, true)
			}, `null`, 1},
		{"an object whose field is null where the schema forbids it", "node",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				f.Selections = ast.SelectionSet{&ast.Field{Name: "id", Alias: "id"}, &ast.Field{Name: "joinedAt", Alias: "since"}}
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{Node: member(time.Time{}, nil)})
			},
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				f.Selections = ast.SelectionSet{&ast.Field{Name: "id", Alias: "id"}, &ast.Field{Name: "joinedAt", Alias: "since"}}
				obj := &community.GroupMemberEdge{Node: member(time.Time{}, nil)}
				return graphql.ResolveField(ctx, ec.OperationContext, f, ec.fieldContext_LocalGroupMemberEdge_node,
					func(ctx context.Context) (any, error) { return obj.Node, nil }, nil, ec.marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true, true)
			}, `null`, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lean, oracle := resolveIn(c.alias, c.lean), resolveIn(c.alias, c.gqlgen)
			if lean.json != c.want || len(lean.errors) != c.errors {
				t.Errorf("lean: %s, errors %q; want %s and %d error(s)", lean.json, lean.errors, c.want, c.errors)
			}
			if fmt.Sprint(lean) != fmt.Sprint(oracle) {
				t.Errorf("lean answers %s %q,\ngqlgen's path %s %q", lean.json, lean.errors, oracle.json, oracle.errors)
			}
			for _, e := range lean.errors {
				if !strings.HasPrefix(strings.SplitN(e, " at ", 2)[1], "group."+c.alias) {
					t.Errorf("error %q not at the field's path", e)
				}
			}
		})
	}
}

// generated.go's trivial fields are lean: `go generate` rewrote them right after seriallists.
func TestGeneratedFieldsAreLean(t *testing.T) {
	generated, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, mark := range []string{"// lean: scalar", "// lean: nullable scalar", "// lean: object or list", "out := newLeanObject(fields)", "return writtenLean(fields, out)"} {
		if !bytes.Contains(generated, []byte(mark)) {
			t.Errorf("generated.go has no %q: run make generate", mark)
		}
	}
	steps, err := os.ReadFile("../generate.go")
	if err != nil {
		t.Fatal(err)
	}
	serial := strings.Index(string(steps), "//go:generate go run ./scripts/seriallists graph/generated.go\n")
	lean := strings.Index(string(steps), "//go:generate go run ./scripts/leanfields graph/generated.go\n")
	if serial < 0 || lean < serial {
		t.Errorf("generate.go does not make the fields lean after seriallists:\n%s", steps)
	}
}
