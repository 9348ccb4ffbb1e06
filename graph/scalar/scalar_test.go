package scalar

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// An id is written as gqlgen writes it, into the executor's buffer or any other writer.
func TestMarshalIntIDWritesAsGqlgen(t *testing.T) {
	for _, id := range []int{0, 7, 255, 256, 40_123, -3, math.MaxInt64, math.MinInt64} {
		var want, got bytes.Buffer
		graphql.MarshalIntID(id).MarshalGQL(&want)
		MarshalIntID(id).MarshalGQL(&got)
		var other strings.Builder
		MarshalIntID(id).MarshalGQL(&other)
		if got.String() != want.String() || other.String() != want.String() {
			t.Errorf("id %d: %s and %s, gqlgen writes %s", id, got.String(), other.String(), want.String())
		}
	}
}
