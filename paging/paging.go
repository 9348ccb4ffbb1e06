// Package paging reads the `first` and `after` arguments of Relay connections.
package paging

import (
	"guichet/apperr"
	"guichet/ent"
)

// Decode checks first (default def, at most max) and decodes the after cursor.
func Decode(first *int, after *string, def, max int) (int, *ent.Cursor, error) {
	n := def
	if first != nil {
		n = *first
	}
	if n < 0 || n > max {
		return 0, nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": max}}
	}
	if after == nil || *after == "" {
		return n, nil, nil
	}
	c := new(ent.Cursor)
	if err := c.UnmarshalGQL(*after); err != nil {
		return 0, nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_CURSOR", Err: err}
	}
	return n, c, nil
}
