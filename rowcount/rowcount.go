// Package rowcount reads the number of rows of the lists that grow with accounts and events,
// which the database keeps in the table row_counts: triggers on each counted table write it in
// the transaction that writes the rows, whatever writes them (a service, an import, plain SQL),
// so a count is never off, and a rolled-back write leaves it as it was. totalCount then reads
// a handful of rows instead of counting the list (README "Cost as the data grows").
package rowcount

import (
	"context"
	"database/sql"
	"strings"

	"guichet/store"
)

// What is counted (the counted column), by the triggers of store/migrations/*/…_row_counts.sql.
const (
	// Accounts: by status, in the space (scope 0) and in their entity (scope: its ID).
	Accounts = "accounts"
	// AuditEvents: by action, in the space.
	AuditEvents = "audit_events"
	// BeltRequests: by status and belt (BeltRequest), in the space.
	BeltRequests = "belt_requests"
	// Programs: in the space and in their organisation (scope: its ID).
	Programs = "programs"
	// WebhookDeliveries: in their webhook (scope: its ID), space 0.
	WebhookDeliveries = "webhook_deliveries"

	// By store/migrations/*/…_community_counts.sql:

	// AccountRoles: roles held in the space's own domain (its slug), by role, in the space.
	AccountRoles = "account_roles"
	// Directory: the facilitators listed in the space's directory (ACTIVE, listed, holding
	// the facilitator role in the space), in the space, under Every.
	Directory = "directory"
	// Workshops: by status, in the space.
	Workshops = "workshops"
	// WorkshopParticipants: the sum of the workshops' participants (none: 0), by status, in
	// the space (no Every).
	WorkshopParticipants = "workshop_participants"
)

// Every is the value that counts every row of a scope, whatever its status or action.
const Every = ""

// Space is the scope of a whole space.
const Space = 0

// BeltRequest is the value under which belt requests of a status for a belt are counted.
func BeltRequest(status, belt string) string { return status + "/" + belt }

// Querier runs a statement: an ent client or transaction.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	Dialect() string
}

// Sum is the number of rows of what, in the space, in the given scopes, under the given values
// (a row is under one value besides Every, so values other than Every do not overlap). No
// scope or no value: 0. It reads at most (scopes × values) keys of the primary key (× 8 slots
// on PostgreSQL), whatever the size of the list.
func Sum(ctx context.Context, q Querier, spaceID int, what string, scopes []int, values ...string) (int, error) {
	if len(scopes) == 0 || len(values) == 0 {
		return 0, nil
	}
	args := make([]any, 0, 2+len(scopes)+len(values))
	args = append(args, spaceID, what)
	for _, s := range scopes {
		args = append(args, s)
	}
	for _, v := range values {
		args = append(args, v)
	}
	query := `SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM row_counts WHERE space_id = ? AND counted = ?
		AND scope_id IN (` + marks(len(scopes)) + `) AND value IN (` + marks(len(values)) + `)`
	rows, err := q.QueryContext(ctx, store.Rebind(q.Dialect(), query), args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int64
	for rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return int(n), rows.Err()
}

// Each is the number of rows of what in one scope of the space under each of the values, in
// one statement (a value never counted: 0).
func Each(ctx context.Context, q Querier, spaceID int, what string, scope int, values ...string) (map[string]int, error) {
	out := make(map[string]int, len(values))
	if len(values) == 0 {
		return out, nil
	}
	args := make([]any, 0, 3+len(values))
	args = append(args, spaceID, what, scope)
	for _, v := range values {
		out[v] = 0
		args = append(args, v)
	}
	query := `SELECT value, CAST(SUM(n) AS BIGINT) FROM row_counts WHERE space_id = ? AND counted = ? AND scope_id = ?
		AND value IN (` + marks(len(values)) + `) GROUP BY value`
	rows, err := q.QueryContext(ctx, store.Rebind(q.Dialect(), query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		var n int64
		if err := rows.Scan(&v, &n); err != nil {
			return nil, err
		}
		out[v] = int(n)
	}
	return out, rows.Err()
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }
