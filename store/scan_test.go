package store_test

import (
	"testing"

	"guichet/store"
)

// store.Int takes the integers drivers give and refuses anything else, NULL included.
func TestIntScansIntegersOnly(t *testing.T) {
	for _, c := range []struct {
		src  any
		want store.Int
		ok   bool
	}{
		{int64(47244640258), 47244640258, true},
		{int64(-3), -3, true},
		{int32(7), 7, true},
		{nil, 0, false},
		{"12", 0, false},
		{1.5, 0, false},
	} {
		var i store.Int
		err := i.Scan(c.src)
		if (err == nil) != c.ok || i != c.want {
			t.Errorf("Scan(%#v): %d, %v", c.src, i, err)
		}
	}
}
