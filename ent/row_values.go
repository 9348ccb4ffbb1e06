package ent

// Hand-written (not generated): the destinations of one row's scan in one allocation, where
// the generated scanValues allocates one per column (GuideReader's rows).

import (
	"entgo.io/ent/dialect/sql"
)

type rowValues struct {
	ints  [8]sql.NullInt64
	strs  [16]sql.NullString
	bools [2]sql.NullBool
	times [6]sql.NullTime
}

// rowLayout is where each column of a row goes in rowValues: its kind and index.
type rowLayout struct {
	kind []byte
	at   []int
}

// layoutOf is the layout of the destinations scanValues gives (nil when one is of a type
// rowValues does not hold, or too many: the caller then scans with scanValues).
func layoutOf(values []any) *rowLayout {
	l := &rowLayout{kind: make([]byte, len(values)), at: make([]int, len(values))}
	var n [4]int
	limits := [4]int{8, 16, 2, 6}
	for i, v := range values {
		var k byte
		switch v.(type) {
		case *sql.NullInt64:
			k = 0
		case *sql.NullString:
			k = 1
		case *sql.NullBool:
			k = 2
		case *sql.NullTime:
			k = 3
		default:
			return nil
		}
		if n[k] == limits[k] {
			return nil
		}
		l.kind[i], l.at[i] = k, n[k]
		n[k]++
	}
	return l
}

// into appends to dst one row's destinations, of the types scanValues gives, in one allocation.
func (l *rowLayout) into(dst []any) []any {
	rv := new(rowValues)
	for i, k := range l.kind {
		switch k {
		case 0:
			dst = append(dst, &rv.ints[l.at[i]])
		case 1:
			dst = append(dst, &rv.strs[l.at[i]])
		case 2:
			dst = append(dst, &rv.bools[l.at[i]])
		default:
			dst = append(dst, &rv.times[l.at[i]])
		}
	}
	return dst
}
