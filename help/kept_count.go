package help

import (
	"context"

	"guichet/rowcount"
	"guichet/viewer"
)

// readable is the number of items of list (rowcount.Guides…) the viewer may read, in the
// category of categorySlug if any: the keys the database keeps for the viewer's audiences
// (rowcount, by triggers on the items and their translations), a few keys whatever the list's
// size, where a COUNT would read every item and look up its translations.
func (s *Service) readable(ctx context.Context, list string, categorySlug *string) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || len(v.Audiences) == 0 {
		return 0, nil // the privacy rule lets such a viewer read nothing
	}
	scopes := []int{rowcount.Space}
	if categorySlug != nil {
		ids, err := s.Client.Category.Query().Where(categoryWithSlug(ctx, *categorySlug)...).IDs(ctx)
		if err != nil {
			return 0, err
		}
		scopes = ids
	}
	return s.readableIn(ctx, list, scopes)
}

// readableIn is readable in the given scopes (categories' IDs, or rowcount.Space).
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

// keptCount is readable as count's argument.
func (s *Service) keptCount(list string, categorySlug *string) func(context.Context) (int, error) {
	return func(ctx context.Context) (int, error) { return s.readable(ctx, list, categorySlug) }
}
