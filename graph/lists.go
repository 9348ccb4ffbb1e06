package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice is graphql.MarshalSliceConcurrently without the goroutines: generated.go calls
// it instead (scripts/seriallists rewrites the calls after `go tool gqlgen generate`). Nothing
// of ours batches across a list's elements (no dataloaders), so one goroutine per element only
// cost time and fresh stacks. Everything else is gqlgen's: each element under its own
// FieldContext holding its Index, a panic in one element recovered (unless omitPanicHandler)
// into an error on that element's path and a Null in its place, and with a workerLimit the
// elements not started once ctx is done are Null, reported once as ctx.Err().
func marshalSlice(
	ctx context.Context,
	length int,
	workerLimit int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	// The elements' contexts and indexes, allocated together rather than two by two.
	fcs, indexes := make([]graphql.FieldContext, length), make([]int, length)
	for i := range length {
		indexes[i] = i
		fcs[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		if workerLimit > 0 && ctx.Err() != nil {
			// Where gqlgen's semaphore would refuse the i-th worker.
			graphql.AddError(childCtx, ctx.Err())
			for j := i; j < length; j++ {
				ret[j] = graphql.Null
			}
			break
		}
		ret[i] = marshalOne(childCtx, i, omitPanicHandler, marshalElement)
	}
	return ret
}

func marshalOne(
	ctx context.Context,
	i int,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) (m graphql.Marshaler) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				m = graphql.Null
			}
		}()
	}
	return marshalElement(ctx, i)
}
