package store

import "fmt"

// Int scans an integer column (NOT NULL) for statements written by hand: database/sql copies
// an int64 into an *int or even an *int64 by reflection (a value made, converted, set), and
// calls a Scanner directly. A page of fifty members scanned two integers each.
type Int int64

// Scan takes the driver's integer.
func (i *Int) Scan(src any) error {
	switch v := src.(type) {
	case int64:
		*i = Int(v)
		return nil
	case int32:
		*i = Int(v)
		return nil
	}
	return fmt.Errorf("store.Int: a column of %T, not an integer", src)
}
