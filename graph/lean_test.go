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
	return resolveWith(nil, alias, resolve)
}

// resolveWith is resolveIn with the resolvers of es.
func resolveWith(es *executableSchema, alias string, resolve func(ec *executionContext, ctx context.Context, field graphql.CollectedField) graphql.Marshaler) answer {
	ctx := graphql.WithResponseContext(context.Background(), PresentError, Recover)
	oc := &graphql.OperationContext{RecoverFunc: Recover,
		ResolverMiddleware: func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }}
	ctx = graphql.WithOperationContext(ctx, oc)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Name: "group", Alias: "group"}}})
	ec := newExecutionContext(oc, es, nil)
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
	type resolver = func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler
	type ctxOf = func(*executionContext, context.Context, graphql.CollectedField) (*graphql.FieldContext, error)
	selecting := func(sel ast.SelectionSet, r resolver) resolver {
		return func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
			f.Selections = sel
			return r(ec, ctx, f)
		}
	}
	nameAndBelt := ast.SelectionSet{&ast.Field{Name: "displayName", Alias: "name"}, &ast.Field{Name: "belt", Alias: "belt"}}
	idAndSince := ast.SelectionSet{&ast.Field{Name: "id", Alias: "id"}, &ast.Field{Name: "joinedAt", Alias: "since"}}
	cases := []struct {
		name, alias string
		lean        resolver
		// gqlgen is the field resolved by gqlgen's own path (its template, field.gotpl).
		gqlgen resolver
		want   string
		errors int
	}{
		{"a string", "displayName",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_displayName(ctx, f, member(at, nil))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_displayName), func() any { return member(at, nil).DisplayName },
				(*executionContext).marshalNString2string, true), `"Ana \"Lou\" Diallo"`, 0},
		{"an id", "id",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_id(ctx, f, member(at, nil))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_id), func() any { return member(at, nil).ID },
				(*executionContext).marshalNID2int, true), `"7"`, 0},
		{"a nullable enum, set", "belt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_belt(ctx, f, member(at, &green))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_belt), func() any { return member(at, &green).Belt },
				(*executionContext).marshalOBelt2ᚖstring, false), `"GREEN"`, 0},
		{"a nullable enum, null", "belt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_belt(ctx, f, member(at, nil))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_belt), func() any { return member(at, nil).Belt },
				(*executionContext).marshalOBelt2ᚖstring, false), `null`, 0},
		{"a time", "joinedAt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_joinedAt(ctx, f, member(at, nil))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_joinedAt), func() any { return member(at, nil).JoinedAt },
				(*executionContext).marshalNTime2timeᚐTime, true), `"2026-03-01T09:30:00Z"`, 0},
		{"a null the schema forbids", "joinedAt",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMember_joinedAt(ctx, f, member(time.Time{}, nil))
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMember_joinedAt), func() any { return member(time.Time{}, nil).JoinedAt },
				(*executionContext).marshalNTime2timeᚐTime, true), `null`, 1},
		{"a value whose reading panics", "title",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._Guide_title(ctx, f, panicking)
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_Guide_title), func() any { return panicking.Title() },
				(*executionContext).marshalNString2string, true), `null`, 1},
		{"an object", "node",
			selecting(nameAndBelt, func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{Node: member(at, &green)})
			}),
			selecting(nameAndBelt, viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMemberEdge_node), func() any { return member(at, &green) },
				(*executionContext).marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true)),
			`{"name":"Ana \"Lou\" Diallo","belt":"GREEN"}`, 0},
		{"an object missing where the schema forbids it", "node",
			func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{})
			},
			viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMemberEdge_node), func() any { return (*community.GroupMember)(nil) },
				(*executionContext).marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true), `null`, 1},
		{"an object whose field is null where the schema forbids it", "node",
			selecting(idAndSince, func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
				return ec._LocalGroupMemberEdge_node(ctx, f, &community.GroupMemberEdge{Node: member(time.Time{}, nil)})
			}),
			selecting(idAndSince, viaGqlgen(ctxOf((*executionContext).fieldContext_LocalGroupMemberEdge_node), func() any { return member(time.Time{}, nil) },
				(*executionContext).marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember, true)), `null`, 1},
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
	generatesInOrder(t, "go tool gqlgen generate", "go run ./scripts/seriallists graph/generated.go",
		"go run ./scripts/leanfields graph/generated.go")
}

// viaGqlgen resolves a field that reads value as gqlgen's field.gotpl writes it, before
// scripts/leanfields rewrites it: the oracle of TestLeanFieldsAnswerAsGqlgen.
func viaGqlgen[T any](fieldContext func(*executionContext, context.Context, graphql.CollectedField) (*graphql.FieldContext, error),
	value func() any, marshal func(*executionContext, context.Context, ast.SelectionSet, T) graphql.Marshaler, nonNull bool,
) func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
	return func(ec *executionContext, ctx context.Context, f graphql.CollectedField) graphql.Marshaler {
		return graphql.ResolveField(ctx, ec.OperationContext, f,
			func(ctx context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
				return fieldContext(ec, ctx, f)
			},
			func(context.Context) (any, error) { return value(), nil }, nil,
			func(ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler {
				return marshal(ec, ctx, sel, v)
			}, true, nonNull)
	}
}
