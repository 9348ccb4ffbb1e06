package rowcount

import (
	"context"

	"guichet/store"
)

// By store/migrations/*/…_local_group_counts.sql:
const (
	// LocalGroups: the space's local groups, in the space, under Every.
	LocalGroups = "local_groups"
	// LocalGroupMembers: a local group's members, in the group (scope: its ID), under Every.
	LocalGroupMembers = "local_group_members"
)

// ByScope is the number of rows of what in each of the scopes of the space under value, in one
// statement (a scope never counted: 0): a page of groups' member counts at once.
func ByScope(ctx context.Context, q Querier, spaceID int, what string, scopes []int, value string) (map[int]int, error) {
	out := make(map[int]int, len(scopes))
	if len(scopes) == 0 {
		return out, nil
	}
	args := make([]any, 0, 3+len(scopes))
	args = append(args, spaceID, what, value)
	for _, s := range scopes {
		out[s] = 0
		args = append(args, s)
	}
	query := `SELECT scope_id, CAST(SUM(n) AS BIGINT) FROM row_counts WHERE space_id = ? AND counted = ? AND value = ?
		AND scope_id IN (` + marks(len(scopes)) + `) GROUP BY scope_id`
	rows, err := q.QueryContext(ctx, store.Rebind(q.Dialect(), query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var scope, n int64
		if err := rows.Scan(&scope, &n); err != nil {
			return nil, err
		}
		out[int(scope)] = int(n)
	}
	return out, rows.Err()
}

// By store/migrations/*/…_workshops_run_counts.sql:

// WorkshopsRun: the reported workshops of the space each account ran or co-ran (a row of
// workshop_facilitators whose workshop is REPORTED), by account (scope: its ID), under Every:
// what the directory shows of each facilitator, read with the page instead of counted per entry.
const WorkshopsRun = "workshops_run"
