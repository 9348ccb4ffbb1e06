package community

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/localgroup"
	"guichet/ent/localgroupmember"
	"guichet/ent/predicate"
	"guichet/ent/workshop"
	"guichet/locales"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/store"
	"guichet/viewer"
)

// Local groups: staff create them and name their coordinators among their members;
// facilitators join and leave. Counts (groups of a space, members of a group) are kept by the
// database (rowcount), so that a group's page never counts its members.

// Audit actions of local groups.
const (
	EventGroupCreated     = "group.created"
	EventGroupUpdated     = "group.updated"
	EventGroupJoined      = "group.joined"
	EventGroupLeft        = "group.left"
	EventGroupCoordinator = "group.coordinator"
)

// Limits of local groups.
const (
	MaxGroupName        = 200
	MaxGroupDescription = 2000
	MaxGroupsPage       = 100
	MaxGroupMembersPage = 100
	MaxGroupWorkshops   = 50
)

// GroupInput is a local group as staff write it; a nil field is left as it is on update.
type GroupInput struct {
	NameFr, NameEn, DescriptionFr, DescriptionEn, City, Region *string
}

// LocalGroup is a group as a reader sees it: its texts in their language.
type LocalGroup struct {
	ID             int
	Name           string
	Description    string
	City           string
	Region         string
	MemberCount    int
	ViewerIsMember bool
	Locale         locales.Locale
	// Translations are its texts in each language as written (FR, then EN), for staff.
	Translations []*GroupTranslation
}

// GroupTranslation is a group's name and description in one language, empty when not written.
type GroupTranslation struct {
	Locale            locales.Locale
	Name, Description string
}

// GroupMember is a member of a local group as their peers see them.
type GroupMember struct {
	ID          int // the account's
	DisplayName string
	Belt        *string
	Coordinator bool
	JoinedAt    time.Time
}

// GroupMemberEdge is one member in a page of members.
type GroupMemberEdge struct{ Node *GroupMember }

// GroupMembers is a page of a group's members.
type GroupMembers struct {
	TotalCount int
	Edges      []*GroupMemberEdge
	PageInfo   ent.PageInfo
}

// LocalGroupEdge is one group in a page of groups.
type LocalGroupEdge struct {
	Node   *LocalGroup
	Cursor ent.Cursor
}

// LocalGroups is a page of the space's local groups, by city.
type LocalGroups struct {
	TotalCount int
	Edges      []*LocalGroupEdge
	PageInfo   ent.PageInfo
}

// inLocale is text in l, else in the other language.
func inLocale(l locales.Locale, fr, en string) string {
	if l == locales.EN {
		fr, en = en, fr
	}
	if fr != "" {
		return fr
	}
	return en
}

func viewOf(g *ent.LocalGroup, l locales.Locale) *LocalGroup {
	return &LocalGroup{ID: g.ID, Name: inLocale(l, g.NameFr, g.NameEn), Description: inLocale(l, g.DescriptionFr, g.DescriptionEn),
		City: g.City, Region: g.Region, Locale: l,
		Translations: []*GroupTranslation{{Locale: locales.FR, Name: g.NameFr, Description: g.DescriptionFr}, {Locale: locales.EN, Name: g.NameEn, Description: g.DescriptionEn}}}
}

func trimmed(p *string) *string {
	if p == nil {
		return nil
	}
	t := strings.TrimSpace(*p)
	return &t
}

// checkGroup checks a group as it will be (its current values with the input's over them).
func checkGroup(g *ent.LocalGroup) []apperr.Violation {
	var vs []apperr.Violation
	if g.NameFr == "" && g.NameEn == "" {
		vs = append(vs, apperr.Violation{Field: "nameFr", Code: "GROUP_NAME_REQUIRED"})
	}
	for _, f := range []struct {
		field, value string
		max          int
	}{{"nameFr", g.NameFr, MaxGroupName}, {"nameEn", g.NameEn, MaxGroupName},
		{"descriptionFr", g.DescriptionFr, MaxGroupDescription}, {"descriptionEn", g.DescriptionEn, MaxGroupDescription},
		{"city", g.City, MaxCity}, {"region", g.Region, MaxCity}} {
		if utf8.RuneCountInString(f.value) > f.max {
			vs = append(vs, apperr.Violation{Field: f.field, Code: "TOO_LONG", Data: map[string]any{"Max": f.max}})
		}
	}
	return vs
}

func apply(g *ent.LocalGroup, in GroupInput) {
	set := func(dst *string, src *string) {
		if t := trimmed(src); t != nil {
			*dst = *t
		}
	}
	set(&g.NameFr, in.NameFr)
	set(&g.NameEn, in.NameEn)
	set(&g.DescriptionFr, in.DescriptionFr)
	set(&g.DescriptionEn, in.DescriptionEn)
	set(&g.City, in.City)
	set(&g.Region, in.Region)
}

func (s *Service) mayManageGroups(ctx context.Context, sp *ent.Space, v *viewer.Viewer) error {
	if v == nil || !s.allowed(ctx, v, sp, "groups:manage") {
		return &apperr.Error{Code: apperr.Forbidden}
	}
	return nil
}

// CreateGroup makes a local group (staff). A name in FR or EN is required.
func (s *Service) CreateGroup(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, in GroupInput) (*LocalGroup, error) {
	if err := s.mayManageGroups(ctx, sp, v); err != nil {
		return nil, err
	}
	g := &ent.LocalGroup{}
	apply(g, in)
	if err := invalid(checkGroup(g)); err != nil {
		return nil, err
	}
	var id int
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		row, err := tx.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr(g.NameFr).SetNameEn(g.NameEn).
			SetDescriptionFr(g.DescriptionFr).SetDescriptionEn(g.DescriptionEn).SetCity(g.City).SetRegion(g.Region).
			SetCreatedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		id = row.ID
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventGroupCreated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"group": fmt.Sprint(row.ID)}})
	})
	if err != nil {
		return nil, err
	}
	return s.LocalGroup(ctx, sp, v, loc, id)
}

// UpdateGroup replaces the fields given of a local group (staff); a name must remain.
func (s *Service) UpdateGroup(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, id int, in GroupInput) (*LocalGroup, error) {
	if err := s.mayManageGroups(ctx, sp, v); err != nil {
		return nil, err
	}
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		g, err := groupIn(ctx, tx.Client(), sp, id)
		if err != nil {
			return err
		}
		apply(g, in)
		if err := invalid(checkGroup(g)); err != nil {
			return err
		}
		if err := tx.LocalGroup.UpdateOneID(id).SetNameFr(g.NameFr).SetNameEn(g.NameEn).
			SetDescriptionFr(g.DescriptionFr).SetDescriptionEn(g.DescriptionEn).SetCity(g.City).SetRegion(g.Region).
			Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventGroupUpdated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"group": fmt.Sprint(id)}})
	})
	if err != nil {
		return nil, err
	}
	return s.LocalGroup(ctx, sp, v, loc, id)
}

// groupIn loads a group of the space; another space's, or none, is NOT_FOUND.
func groupIn(ctx context.Context, c *ent.Client, sp *ent.Space, id int) (*ent.LocalGroup, error) {
	g, err := c.LocalGroup.Query().Where(localgroup.ID(id), localgroup.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound, MessageID: "GROUP_NOT_FOUND"}
	}
	return g, err
}

func notAMember() error {
	return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "NOT_A_GROUP_MEMBER", Reason: "NOT_A_MEMBER"}
}

// SetCoordinator names a member one of the group's coordinators, or takes it back (staff).
// Coordinators are chosen among members: anyone else is PRECONDITION_FAILED, NOT_A_MEMBER.
func (s *Service) SetCoordinator(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, groupID, accountID int, coordinator bool) (*LocalGroup, error) {
	if err := s.mayManageGroups(ctx, sp, v); err != nil {
		return nil, err
	}
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		if _, err := groupIn(ctx, tx.Client(), sp, groupID); err != nil {
			return err
		}
		n, err := tx.LocalGroupMember.Update().Where(localgroupmember.GroupID(groupID), localgroupmember.AccountID(accountID)).
			SetCoordinator(coordinator).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return notAMember()
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventGroupCoordinator, ActorID: v.AccountID,
			TargetID: accountID, Client: v.Client,
			Details: map[string]string{"group": fmt.Sprint(groupID), "coordinator": fmt.Sprint(coordinator)}})
	})
	if err != nil {
		return nil, err
	}
	return s.LocalGroup(ctx, sp, v, loc, groupID)
}

// JoinGroup makes the viewer a member of the group. The unique (group, account) index
// settles two joins at once: the second is CONFLICT.
func (s *Service) JoinGroup(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, id int) (*LocalGroup, error) {
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		if _, err := groupIn(ctx, tx.Client(), sp, id); err != nil {
			return err
		}
		err := tx.LocalGroupMember.Create().SetGroupID(id).SetAccountID(v.AccountID).SetJoinedAt(s.now()).Exec(ctx)
		if ent.IsConstraintError(err) {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ALREADY_IN_GROUP"}
		}
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventGroupJoined, ActorID: v.AccountID,
			TargetID: v.AccountID, Client: v.Client, Details: map[string]string{"group": fmt.Sprint(id)}})
	})
	if err != nil {
		return nil, err
	}
	return s.LocalGroup(ctx, sp, v, loc, id)
}

// LeaveGroup takes the viewer out of the group (a coordinator stops being one). Not a member:
// PRECONDITION_FAILED, NOT_A_MEMBER.
func (s *Service) LeaveGroup(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, id int) (*LocalGroup, error) {
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		if _, err := groupIn(ctx, tx.Client(), sp, id); err != nil {
			return err
		}
		n, err := tx.LocalGroupMember.Delete().Where(localgroupmember.GroupID(id), localgroupmember.AccountID(v.AccountID)).Exec(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return notAMember()
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventGroupLeft, ActorID: v.AccountID,
			TargetID: v.AccountID, Client: v.Client, Details: map[string]string{"group": fmt.Sprint(id)}})
	})
	if err != nil {
		return nil, err
	}
	return s.LocalGroup(ctx, sp, v, loc, id)
}

// LocalGroup reads a group of the space in the reader's language, with its member count (kept
// by the database) and whether the viewer is a member, in one statement; none: nil.
func (s *Service) LocalGroup(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, id int) (*LocalGroup, error) {
	viewerID := 0
	if v != nil {
		viewerID = v.AccountID
	}
	rows, err := s.Client.QueryContext(ctx, store.Rebind(s.Client.Dialect(), `SELECT g.name_fr, g.name_en, g.description_fr,
		g.description_en, g.city, g.region,
		CAST(COALESCE((SELECT SUM(c.n) FROM row_counts AS c WHERE c.space_id = g.space_id AND c.counted = ? AND c.scope_id = g.id
			AND c.value = ?), 0) AS BIGINT),
		EXISTS (SELECT 1 FROM local_group_members AS m WHERE m.group_id = g.id AND m.account_id = ?)
		FROM local_groups AS g WHERE g.id = ? AND g.space_id = ?`),
		rowcount.LocalGroupMembers, rowcount.Every, viewerID, id, sp.ID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, rows.Err()
	}
	var g ent.LocalGroup
	var count store.Int
	var member bool
	if err := rows.Scan(&g.NameFr, &g.NameEn, &g.DescriptionFr, &g.DescriptionEn, &g.City, &g.Region, &count, &member); err != nil {
		return nil, err
	}
	g.ID = id
	out := viewOf(&g, loc)
	out.MemberCount, out.ViewerIsMember = int(count), member
	return out, rows.Err()
}

// fillGroups sets the member counts (kept by the database) and whether the viewer is a member,
// in two queries for a page of groups.
func (s *Service) fillGroups(ctx context.Context, sp *ent.Space, v *viewer.Viewer, gs []*LocalGroup) error {
	if len(gs) == 0 {
		return nil
	}
	ids := make([]int, len(gs))
	for i, g := range gs {
		ids[i] = g.ID
	}
	counts, err := rowcount.ByScope(ctx, s.Client, sp.ID, rowcount.LocalGroupMembers, ids, rowcount.Every)
	if err != nil {
		return err
	}
	mine := map[int]bool{}
	if v != nil && v.AccountID != 0 {
		in, err := s.Client.LocalGroupMember.Query().Where(localgroupmember.AccountID(v.AccountID), localgroupmember.GroupIDIn(ids...)).
			Select(localgroupmember.FieldGroupID).Ints(ctx)
		if err != nil {
			return err
		}
		for _, id := range in {
			mine[id] = true
		}
	}
	for _, g := range gs {
		g.MemberCount, g.ViewerIsMember = counts[g.ID], mine[g.ID]
	}
	return nil
}

// LocalGroups lists the space's groups by city (then by creation), first at most
// MaxGroupsPage, after the cursor of the last one read. Its total is kept by the database.
func (s *Service) LocalGroups(ctx context.Context, sp *ent.Space, v *viewer.Viewer, loc locales.Locale, first int, after *ent.Cursor) (*LocalGroups, error) {
	if first < 0 || first > MaxGroupsPage {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxGroupsPage}}
	}
	total, err := rowcount.Sum(ctx, s.Client, sp.ID, rowcount.LocalGroups, []int{rowcount.Space}, rowcount.Every)
	if err != nil {
		return nil, err
	}
	q := s.Client.LocalGroup.Query().Where(localgroup.SpaceID(sp.ID))
	if after != nil {
		city, _ := after.Value.(string)
		q = q.Where(localgroup.Or(localgroup.CityGT(city), localgroup.And(localgroup.City(city), localgroup.IDGT(after.ID))))
	}
	rows, err := q.Order(ent.Asc(localgroup.FieldCity), ent.Asc(localgroup.FieldID)).Limit(first + 1).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &LocalGroups{TotalCount: total, Edges: []*LocalGroupEdge{}}
	out.PageInfo.HasNextPage = len(rows) > first
	rows = rows[:min(len(rows), first)]
	gs := make([]*LocalGroup, len(rows))
	for i, g := range rows {
		gs[i] = viewOf(g, loc)
		out.Edges = append(out.Edges, &LocalGroupEdge{Node: gs[i], Cursor: ent.Cursor{ID: g.ID, Value: g.City}})
	}
	if n := len(out.Edges); n > 0 {
		out.PageInfo.StartCursor, out.PageInfo.EndCursor = &out.Edges[0].Cursor, &out.Edges[n-1].Cursor
	}
	out.PageInfo.HasPreviousPage = after != nil
	return out, s.fillGroups(ctx, sp, v, gs)
}

// GroupMembers lists a page of a group's members, the earliest to join first; the total is
// kept by the database.
func (s *Service) GroupMembers(ctx context.Context, sp *ent.Space, g *LocalGroup, first int) (*GroupMembers, error) {
	if first < 0 || first > MaxGroupMembersPage {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxGroupMembersPage}}
	}
	ms, err := s.members(ctx, sp, g.ID, false, first+1)
	if err != nil {
		return nil, err
	}
	out := &GroupMembers{TotalCount: g.MemberCount}
	out.PageInfo.HasNextPage = len(ms) > first
	ms = ms[:min(len(ms), first)]
	out.Edges = make([]*GroupMemberEdge, len(ms))
	edges := make([]GroupMemberEdge, len(ms)) // one allocation for the page
	for i, m := range ms {
		edges[i].Node = m
		out.Edges[i] = &edges[i]
	}
	return out, nil
}

// GroupCoordinators lists a group's coordinators, the earliest to join first.
func (s *Service) GroupCoordinators(ctx context.Context, sp *ent.Space, g *LocalGroup) ([]*GroupMember, error) {
	return s.members(ctx, sp, g.ID, true, MaxGroupMembersPage)
}

// members reads up to limit members of a group (only its coordinators, or all) as peers see
// them, in one statement: the membership's index gives them in order, each with its account's
// name and, when asked, its highest belt in the space, its join date and coordinator flag.
func (s *Service) members(ctx context.Context, sp *ent.Space, groupID int, coordinators bool, limit int) ([]*GroupMember, error) {
	return s.readMembers(ctx, sp, groupID, coordinators, askedMemberColumns(ctx), limit)
}

// cityIs compares a workshop's city with city without case, as the index on
// (space_id, lower(city), starts_at) has it. SQLite's lower() folds ASCII letters only, so
// "Évry" and "ÉVRY" differ there; the same city written alike always matches.
func cityIs(city string) predicate.Workshop {
	return predicate.Workshop(func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("lower(").Ident(s.C(workshop.FieldCity)).WriteString(") = lower(").Arg(city).WriteString(")")
		}))
	})
}

// GroupWorkshops lists the upcoming PUBLIC workshops of the group's city, soonest first
// (a group without a city has none). One statement (readGroupWorkshops); they are counted
// only when totalCount is asked for.
func (s *Service) GroupWorkshops(ctx context.Context, sp *ent.Space, g *LocalGroup, first int) (*ent.WorkshopConnection, error) {
	if first < 0 || first > MaxGroupWorkshops {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxGroupWorkshops}}
	}
	out := &ent.WorkshopConnection{Edges: []*ent.WorkshopEdge{}}
	if g.City == "" {
		return out, nil
	}
	now := s.now()
	if paging.SelectedAnywhere(ctx, "totalCount")[0] {
		n, err := s.Client.Workshop.Query().Where(workshop.SpaceID(sp.ID), cityIs(g.City), workshop.StartsAtGT(now),
			workshop.StatusEQ(workshop.StatusSCHEDULED), workshop.KindEQ(workshop.KindPUBLIC)).Count(ctx)
		if err != nil {
			return nil, err
		}
		out.TotalCount = n
	}
	ws, err := s.readGroupWorkshops(ctx, sp, g.City, now, first+1)
	if err != nil {
		return nil, err
	}
	out.PageInfo.HasNextPage = len(ws) > first
	for _, w := range ws[:min(len(ws), first)] {
		out.Edges = append(out.Edges, &ent.WorkshopEdge{Node: w, Cursor: ent.Cursor{ID: w.ID, Value: w.StartsAt}})
	}
	if n := len(out.Edges); n > 0 {
		out.PageInfo.StartCursor, out.PageInfo.EndCursor = &out.Edges[0].Cursor, &out.Edges[n-1].Cursor
	}
	return out, nil
}
