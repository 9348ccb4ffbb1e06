package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/ent"
)

// An object's fields with resolvers answer the same, resolved one after the other
// (Resolver.SerialFields) or each on its own goroutine (gqlgen's dispatch): the values, a
// resolver's panic reported at its field's path as an error, and the object null when a field
// the schema requires is null.
func TestSerialFieldsAnswerAsConcurrent(t *testing.T) {
	at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	account := &ent.Account{ID: 12, FirstName: "Ana", Email: "ana@example.org"}
	registered := &ent.TrainingRegistration{ID: 3, Attended: true, CreatedAt: at,
		Edges: ent.TrainingRegistrationEdges{Account: account, Training: &ent.Training{ID: 9}}}
	// No training loaded, and no client to load it: its resolver panics.
	unloaded := &ent.TrainingRegistration{ID: 4, CreatedAt: at, Edges: ent.TrainingRegistrationEdges{Account: account}}
	cases := []struct {
		name   string
		sel    []any
		reg    *ent.TrainingRegistration
		want   string
		errors int
	}{
		{"every field resolved", []any{"attended", "registeredAt", "account", fieldsOf("id"), "training", fieldsOf("id")},
			registered, `{"attended":true,"registeredAt":"2026-05-04T10:00:00Z","account":{"id":"12"},"training":{"id":"9"}}`, 0},
		{"a resolver that panics, its field required", []any{"registeredAt", "training", fieldsOf("id"), "account", fieldsOf("id")},
			unloaded, `null`, 1},
		{"the same, its field not asked", []any{"account", fieldsOf("id"), "when:registeredAt"},
			unloaded, `{"account":{"id":"12"},"when":"2026-05-04T10:00:00Z"}`, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			answers := map[bool]answer{}
			for _, serial := range []bool{false, true} {
				es := &executableSchema{Resolvers: &Resolver{SerialFields: serial}}
				answers[serial] = resolveWith(es, "registration", func(ec *executionContext, ctx context.Context, _ graphql.CollectedField) graphql.Marshaler {
					return ec._TrainingRegistration(ctx, fieldsOf(c.sel...), c.reg)
				})
			}
			serial, concurrent := answers[true], answers[false]
			if serial.json != c.want || len(serial.errors) != c.errors {
				t.Errorf("serially: %s %q; want %s and %d error(s)", serial.json, serial.errors, c.want, c.errors)
			}
			if fmt.Sprint(serial) != fmt.Sprint(concurrent) {
				t.Errorf("serially %s %q,\nconcurrently %s %q", serial.json, serial.errors, concurrent.json, concurrent.errors)
			}
		})
	}
}

// With SerialFields a field is resolved when the object asks for it, before its dispatch; else,
// or when the field is deferred, gqlgen's dispatch resolves it.
func TestResolveFieldNowWhenSerial(t *testing.T) {
	deferred := graphql.CollectedField{Field: fieldsOf("late")[0].(*ast.Field), Deferrables: []*graphql.Deferrable{{Label: "later"}}}
	for _, c := range []struct {
		serial bool
		field  graphql.CollectedField
		now    bool
	}{
		{true, graphql.CollectedField{Field: fieldsOf("x")[0].(*ast.Field)}, true},
		{false, graphql.CollectedField{Field: fieldsOf("x")[0].(*ast.Field)}, false},
		{true, deferred, false},
	} {
		es := &executableSchema{Resolvers: &Resolver{SerialFields: c.serial}}
		resolveWith(es, "registration", func(ec *executionContext, ctx context.Context, _ graphql.CollectedField) graphql.Marshaler {
			out := graphql.NewFieldSet([]graphql.CollectedField{c.field})
			group := graphql.DeferredGroup{FieldSet: graphql.NewFieldSet(nil), Defers: map[string]*graphql.FieldSetView{}}
			ec.resolveField(ctx, out, &group, c.field, 0, true, true, func(context.Context) graphql.Marshaler { return graphql.MarshalString("x") })
			if now := out.Values[0] != nil && out.Values[0] != graphql.Null; now != c.now { // a deferred one is Null here, its value sent later
				t.Errorf("serial %v, %s deferred %v: resolved before dispatch %v, want %v", c.serial, c.field.Name, c.field.IsDeferred(), now, c.now)
			}
			return graphql.Null
		})
	}
}
