package rowcount

import (
	"entgo.io/ent/dialect/sql"
)

// SumOf is Sum as an expression of a statement built with ent's sql package, the scope being
// a column of that statement (a category's ID), so that each row carries its count without
// a statement of its own: at most len(values) keys per row, whatever the list's size.
func SumOf(spaceID int, what, scopeColumn string, values ...string) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM row_counts WHERE space_id = ").Arg(spaceID).
			WriteString(" AND counted = ").Arg(what).
			WriteString(" AND scope_id = ").Ident(scopeColumn).
			WriteString(" AND value IN (")
		if len(values) == 0 {
			b.WriteString("NULL")
		}
		for i, v := range values {
			if i > 0 {
				b.Comma()
			}
			b.Arg(v)
		}
		b.WriteString("))")
	})
}
