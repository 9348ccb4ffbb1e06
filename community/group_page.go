package community

import (
	"context"
	"strings"
	"sync"

	"guichet/ent"
	"guichet/facilitation"
	"guichet/paging"
	"guichet/store"
)

// A local group's page reads its members and its city's workshops in statements whose text is
// built once per dialect (the page sent the same texts every time, rebuilt by ent's builder or
// fmt), selecting only what the client asked for: a member's belt (the membership's belt_rank),
// their join date and coordinator flag (a date parsed per row) only when selected.

// memberColumns are the optional columns of a member as the page reads them.
type memberColumns uint8

const (
	memberBelt memberColumns = 1 << iota
	memberJoinedAt
	memberCoordinator
	everyMemberColumn = memberBelt | memberJoinedAt | memberCoordinator
)

// askedMemberColumns is what the member fields being resolved need of the optional columns.
func askedMemberColumns(ctx context.Context) memberColumns {
	asked := paging.SelectedAnywhere(ctx, "belt", "joinedAt", "coordinator")
	var c memberColumns
	for i, bit := range []memberColumns{memberBelt, memberJoinedAt, memberCoordinator} {
		if asked[i] {
			c |= bit
		}
	}
	return c
}

type memberStatementKey struct {
	dialect      string
	coordinators bool
	columns      memberColumns
}

// memberStatements are the members' statements by dialect, coordinators or all, and columns.
var memberStatements sync.Map

// memberStatement is the statement that reads a group's members (memberArgs gives its
// arguments): the member's name always, the columns asked, in the membership index's order.
// Every column is the membership's, its account's name and belt kept there by the database's
// triggers (…_member_names_triggers.sql): the members are read from local_group_member_page
// alone (TestGroupMembersReadOneCoveringIndex), not from each one's account row.
func memberStatement(d string, coordinators bool, cols memberColumns) string {
	key := memberStatementKey{d, coordinators, cols}
	if q, ok := memberStatements.Load(key); ok {
		return q.(string)
	}
	var b strings.Builder
	// first_name || ' ' || last_name: one string per member read, not three.
	b.WriteString("SELECT m.account_id, m.display_name")
	if cols&memberCoordinator != 0 {
		b.WriteString(", m.coordinator")
	}
	if cols&memberJoinedAt != 0 {
		b.WriteString(", m.joined_at")
	}
	if cols&memberBelt != 0 {
		// The highest belt's rank in the space's domain (accounts.belt_rank, copied), read
		// back as a belt by readMembers.
		b.WriteString(", m.belt_rank")
	}
	b.WriteString(" FROM local_group_members AS m WHERE m.group_id = ?")
	if coordinators {
		b.WriteString(" AND m.coordinator = ?")
	}
	b.WriteString(" ORDER BY m.joined_at, m.id LIMIT ?")
	q := store.Rebind(d, b.String())
	memberStatements.Store(key, q)
	return q
}

// memberArgs are memberStatement's arguments.
func memberArgs(groupID int, coordinators bool, limit int) []any {
	if coordinators {
		return []any{groupID, true, limit}
	}
	return []any{groupID, limit}
}

// beltsByRank reads a belt back from its rank.
var beltsByRank = func() map[int64]*string {
	out := map[int64]*string{}
	for _, b := range facilitation.Belts {
		out[int64(facilitation.Rank(b))] = &b
	}
	return out
}()

// readMembers reads up to limit members of a group (only its coordinators, or all) with the
// columns asked, in one statement.
func (s *Service) readMembers(ctx context.Context, sp *ent.Space, groupID int, coordinators bool, cols memberColumns, limit int) ([]*GroupMember, error) {
	rows, err := s.Client.QueryContext(ctx, memberStatement(s.Client.Dialect(), coordinators, cols),
		memberArgs(groupID, coordinators, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*GroupMember, 0, min(limit, 64))
	var (
		name     string
		id, rank store.Int
		members  []GroupMember
	)
	dest := make([]any, 0, 6)
	for rows.Next() {
		// The members of a page allocated together.
		if len(members) == cap(members) {
			members = make([]GroupMember, 0, min(limit, max(8, 2*cap(members))))
		}
		members = append(members, GroupMember{Coordinator: coordinators})
		m := &members[len(members)-1]
		dest = append(dest[:0], &id, &name)
		if cols&memberCoordinator != 0 {
			dest = append(dest, &m.Coordinator)
		}
		if cols&memberJoinedAt != 0 {
			dest = append(dest, &m.JoinedAt)
		}
		if cols&memberBelt != 0 {
			dest = append(dest, &rank)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		m.ID, m.DisplayName = int(id), strings.TrimSpace(name)
		if cols&memberBelt != 0 {
			m.Belt = beltsByRank[int64(rank)] // shared, never written
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
