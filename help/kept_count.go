package help

import (
	"context"

	"guichet/rowcount"
	"guichet/viewer"
)

// readableIn is the number of items of list (rowcount.Guides…) the viewer may read in the
// given scopes (categories' IDs, or rowcount.Space): the keys the database keeps for the
// viewer's audiences (rowcount, by triggers on the items and their translations), a few keys
// whatever the list's size, where a COUNT would read every item and look up its translations.
func (s *Service) readableIn(ctx context.Context, list string, scopes []int) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || len(v.Audiences) == 0 {
		return 0, nil
	}
	audiences := make([]string, len(v.Audiences))
	for i, a := range v.Audiences {
		audiences[i] = string(a)
	}
	return rowcount.Sum(ctx, s.Client, v.SpaceID, list, scopes, audiences...)
}

// keptCount is readableIn as count's argument: in categories, or in the space when nil.
func (s *Service) keptCount(list string, categories []int) func(context.Context) (int, error) {
	scopes := categories
	if scopes == nil {
		scopes = []int{rowcount.Space}
	}
	return func(ctx context.Context) (int, error) { return s.readableIn(ctx, list, scopes) }
}
