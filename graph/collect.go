package graph

import (
	"sync"
	"unsafe"
	"weak"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// gqlgen collects an object's fields at every object of every answer: for each of a group's
// fifty members, a hash of the type's names made on the heap, a lock, a map. The fields of a
// selection set without directives depend on nothing else than the set and the type (not the
// variables), so scripts/leanfields makes generated.go ask collectFields, which remembers them
// across requests by the set's address, checked by a weak pointer: a set freed (its document
// left gqlgen's query cache) and its memory reused is never taken for the one remembered.

type collectedKey struct {
	sel       uintptr // the selection set's first element
	n         int
	satisfies uintptr
}

type collectedFields struct {
	sel    weak.Pointer[ast.Selection]
	fields []graphql.CollectedField
}

const (
	// maxCollected bounds the sets remembered (they hold their fields, and so their part of
	// their document): past it, they are forgotten all at once.
	maxCollected = 512
	// maxCollectedQuery is the longest query whose sets are remembered: the real ones are a
	// few KiB; a larger one is collected by gqlgen for each request, as before.
	maxCollectedQuery = 8 << 10
)

var collected struct {
	sync.RWMutex
	m map[collectedKey]collectedFields
}

// collectFields is graphql.CollectFields(oc, sel, satisfies), remembered for a set without
// directives.
func collectFields(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	if len(sel) == 0 || len(satisfies) == 0 || len(oc.RawQuery) > maxCollectedQuery {
		return graphql.CollectFields(oc, sel, satisfies)
	}
	first := &sel[0]
	key := collectedKey{uintptrOf(first), len(sel), uintptr(unsafe.Pointer(unsafe.SliceData(satisfies)))}
	collected.RLock()
	c, ok := collected.m[key]
	collected.RUnlock()
	if ok && c.sel.Value() == first {
		return c.fields
	}
	fields := graphql.CollectFields(oc, sel, satisfies)
	if !withoutDirectives(sel, 0) {
		return fields
	}
	collected.Lock()
	defer collected.Unlock()
	if collected.m == nil || len(collected.m) >= maxCollected {
		collected.m = make(map[collectedKey]collectedFields)
	}
	collected.m[key] = collectedFields{weak.Make(first), fields}
	return fields
}

// withoutDirectives tells whether no field or fragment that CollectFields reads in sel has a
// directive (@skip, @include, @defer: what makes its answer depend on the variables), through
// its fragments; a fragment spread not resolved by the validator counts as one.
func withoutDirectives(sel ast.SelectionSet, depth int) bool {
	if depth > 16 {
		return false
	}
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if len(s.Directives) > 0 {
				return false
			}
		case *ast.InlineFragment:
			if len(s.Directives) > 0 || !withoutDirectives(s.SelectionSet, depth+1) {
				return false
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > 0 || s.Definition == nil || !withoutDirectives(s.Definition.SelectionSet, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func uintptrOf(p *ast.Selection) uintptr { return uintptr(unsafe.Pointer(p)) }
