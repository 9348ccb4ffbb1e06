package graph

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
)

// gqlgen resolves each field of an object that has a resolver on a goroutine of its own, all at
// once, and the object waits for them: worth it when each waits on a network round trip
// (PostgreSQL), not when each is a SQLite statement of some microseconds in the same process,
// where the goroutines, their stacks grown again each time, and one pooled connection per field
// cost more than they overlap (a local group's page: coordinators, members and workshops). With
// Resolver.SerialFields, scripts/leanfields' objects resolve those fields one after the other on
// their own goroutine, in the order asked, to the same values and errors; a deferred field is
// still gqlgen's.

// resolveField is out.ResolveConcurrently(oc, deferred, i, recoverFromPanic, nonNull, resolve),
// or, for a field not deferred when the resolver asks for it, resolve run now as gqlgen's
// dispatch would run it: a panic recovered into an error and Null, Null (or RequiredNull)
// counted against the object as gqlgen counts it.
func (ec *executionContext) resolveField(ctx context.Context, out *graphql.FieldSet, deferred *graphql.DeferredGroup,
	field graphql.CollectedField, i int, recoverFromPanic, nonNull bool, resolve func(context.Context) graphql.Marshaler) {
	if r, ok := ec.Resolvers.(*Resolver); !ok || !r.SerialFields || field.IsDeferred() {
		out.ResolveConcurrently(ec.OperationContext, deferred, i, recoverFromPanic, nonNull, resolve)
		return
	}
	v := resolveNow(ctx, ec.OperationContext, recoverFromPanic, resolve)
	out.Values[i] = v
	invalid := graphql.RequiredNull
	if nonNull {
		invalid = graphql.Null
	}
	if v == invalid {
		atomic.AddUint32(&out.Invalids, 1)
	}
}

// resolveNow runs resolve; with recoverFromPanic a panic is reported through oc and resolves to
// Null (gqlgen's recoverToNull).
func resolveNow(ctx context.Context, oc *graphql.OperationContext, recoverFromPanic bool,
	resolve func(context.Context) graphql.Marshaler) (res graphql.Marshaler) {
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				oc.Error(ctx, oc.Recover(ctx, r))
				res = graphql.Null
			}
		}()
	}
	return resolve(ctx)
}
