package community

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/beltrequest"
	"guichet/ent/cooptation"
	"guichet/ent/predicate"
	"guichet/ent/workshop"
	"guichet/ent/workshopfacilitator"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/store"
	"guichet/viewer"
)

// MaxComment bounds a co-optation's comment.
const MaxComment = 2000

// RequestBelt asks, for the viewer, to be co-opted to the belt after theirs. Only a belt
// reached by co-optation may be asked; one request per belt, settled by a unique index.
func (s *Service) RequestBelt(ctx context.Context, sp *ent.Space, v *viewer.Viewer) (*ent.BeltRequest, error) {
	belt, err := beltOf(ctx, s.Client, sp, v.AccountID)
	if err != nil {
		return nil, err
	}
	next := facilitation.Next(belt)
	required := rules(sp).CoOptationsFor(next)
	if belt == "" || required == 0 {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "NO_BELT_TO_REQUEST", Reason: "NOT_BY_CO_OPTATION"}
	}
	var out *ent.BeltRequest
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		r, err := tx.BeltRequest.Create().SetSpaceID(sp.ID).SetCandidateID(v.AccountID).SetBelt(next).SetRequired(required).Save(ctx)
		if ent.IsConstraintError(err) {
			// Read outside the transaction, which PostgreSQL aborted with the failed insert.
			id, _ := s.Client.BeltRequest.Query().Where(beltrequest.CandidateID(v.AccountID), beltrequest.Belt(next)).FirstID(ctx)
			return &apperr.Error{Code: apperr.Conflict, MessageID: "BELT_ALREADY_REQUESTED", ID: fmt.Sprint(id)}
		}
		if err != nil {
			return err
		}
		out = r
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventBeltRequested, ActorID: v.AccountID,
			TargetID: v.AccountID, Client: v.Client, Details: map[string]string{"belt": next}})
	})
	return out, err
}

// Requests lists the open requests the viewer may co-opt: for their belt or a lower one, not
// their own, not already co-opted by them; oldest first.
func (s *Service) Requests(ctx context.Context, sp *ent.Space, v *viewer.Viewer, first *int, after *ent.Cursor) (*ent.BeltRequestConnection, error) {
	belt, err := beltOf(ctx, s.Client, sp, v.AccountID)
	if err != nil {
		return nil, err
	}
	belts := facilitation.Belts[:facilitation.Rank(belt)]
	if len(belts) == 0 {
		belts = []string{"-"} // no belt: nothing to co-opt
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := s.Client.BeltRequest.Query().Where(beltrequest.SpaceID(sp.ID), beltrequest.StatusEQ(beltrequest.StatusOPEN),
		beltrequest.BeltIn(belts...), beltrequest.CandidateIDNEQ(v.AccountID),
		beltrequest.Not(beltrequest.HasCoOptationsWith(cooptation.CoopterID(v.AccountID)))).
		Paginate(pageCtx, after, first, nil, nil, ent.WithBeltRequestOrder(&ent.BeltRequestOrder{
			Field: ent.BeltRequestOrderFieldCreatedAt, Direction: entgql.OrderDirectionAsc}))
	if err == nil && counted {
		conn.TotalCount, err = s.requestsLeft(ctx, sp, v.AccountID, belts)
	}
	return conn, err
}

// requestsLeft counts what Requests lists without reading every open request: the open
// requests for the belts, whose number the database keeps (rowcount), less the viewer's own
// and those they co-opted already (as many as they did: their own doing, not the community's).
func (s *Service) requestsLeft(ctx context.Context, sp *ent.Space, accountID int, belts []string) (int, error) {
	values := make([]string, len(belts))
	for i, b := range belts {
		values[i] = rowcount.BeltRequest(beltrequest.StatusOPEN.String(), b)
	}
	open, err := rowcount.Sum(ctx, s.Client, sp.ID, rowcount.BeltRequests, []int{rowcount.Space}, values...)
	if err != nil {
		return 0, err
	}
	openFor := []predicate.BeltRequest{beltrequest.SpaceID(sp.ID), beltrequest.StatusEQ(beltrequest.StatusOPEN), beltrequest.BeltIn(belts...)}
	own, err := s.Client.BeltRequest.Query().Where(append(openFor, beltrequest.CandidateID(accountID))...).Count(ctx)
	if err != nil {
		return 0, err
	}
	// From the viewer's co-optations to their requests, in this order whatever the planner's
	// statistics (SQLite keeps the order of a CROSS JOIN): not from every open request.
	args := []any{accountID, sp.ID, beltrequest.StatusOPEN.String(), accountID}
	for _, b := range belts {
		args = append(args, b)
	}
	rows, err := s.Client.QueryContext(ctx, store.Rebind(s.Client.Dialect(), `SELECT COUNT(*) FROM co_optations c
		CROSS JOIN belt_requests r WHERE c.coopter_id = ? AND r.id = c.request_id AND r.space_id = ? AND r.status = ?
		AND r.candidate_id <> ? AND r.belt IN (?`+strings.Repeat(", ?", len(belts)-1)+`)`), args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	coOpted := 0
	for rows.Next() {
		if err := rows.Scan(&coOpted); err != nil {
			return 0, err
		}
	}
	return open - own - coOpted, rows.Err()
}

// CoOpt vouches, as the viewer, for a candidate's belt request. The policy decides who may
// co-opt for a belt (holders of it or a higher one, through the belts' role hierarchy);
// nobody co-opts themselves, and a unique index refuses a second co-optation by the same
// person. The co-optation that completes the count raises the belt, in its transaction:
// each co-optation first raises the request's counter with a conditional UPDATE, which
// serialises concurrent ones, so the belt rises exactly once and no co-optation is lost.
func (s *Service) CoOpt(ctx context.Context, sp *ent.Space, v *viewer.Viewer, requestID int, comment string) (*ent.BeltRequest, error) {
	if utf8.RuneCountInString(comment) > MaxComment {
		return nil, apperr.Invalid(apperr.Violation{Field: "comment", Code: "TOO_LONG", Data: map[string]any{"Max": MaxComment}})
	}
	req, err := s.Client.BeltRequest.Query().Where(beltrequest.ID(requestID), beltrequest.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	if req.CandidateID == v.AccountID {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "SELF_CO_OPTATION"}
	}
	if !s.allowed(ctx, v, sp, facilitation.CoOptPermission(req.Belt)) {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "BELT_TOO_LOW", Data: map[string]any{"Belt": locales.Label("BELT_" + req.Belt)}}
	}
	by, err := beltOf(ctx, s.Client, sp, v.AccountID)
	if err != nil {
		return nil, err
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.BeltRequest.Update().Where(beltrequest.ID(requestID), beltrequest.StatusEQ(beltrequest.StatusOPEN)).
			AddCoOptationCount(1).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "BELT_ALREADY_GRANTED", Reason: "ALREADY_GRANTED"}
		}
		err = tx.CoOptation.Create().SetRequestID(requestID).SetCoopterID(v.AccountID).SetCoopterBelt(by).
			SetComment(strings.TrimSpace(comment)).Exec(ctx)
		if ent.IsConstraintError(err) {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ALREADY_CO_OPTED"}
		}
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventCoOpted, ActorID: v.AccountID,
			TargetID: req.CandidateID, Client: v.Client, Details: map[string]string{"belt": req.Belt, "request": fmt.Sprint(requestID)}}); err != nil {
			return err
		}
		granted, err := tx.BeltRequest.Update().Where(beltrequest.ID(requestID), beltrequest.StatusEQ(beltrequest.StatusOPEN),
			beltrequest.CoOptationCountGTE(req.Required)).SetStatus(beltrequest.StatusGRANTED).SetGrantedAt(s.now()).Save(ctx)
		if err != nil || granted == 0 {
			return err
		}
		_, err = s.raiseBelt(ctx, tx, sp, req.CandidateID, req.Belt, "co-optation", v.AccountID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.Client.BeltRequest.Get(ctx, requestID)
}

// Facilitator is a facilitator as their peers see them.
type Facilitator struct {
	ID           int
	DisplayName  string
	Belt         *string
	WorkshopsRun int
}

// BeltOf is an account's belt in the space, nil for none: one query.
func (s *Service) BeltOf(ctx context.Context, sp *ent.Space, accountID int) (*string, error) {
	b, err := beltOf(ctx, s.Client, sp, accountID)
	return nilIfEmpty(b), err
}

// FacilitatorOf reads an account as its peers see it.
func (s *Service) FacilitatorOf(ctx context.Context, sp *ent.Space, accountID int) (*Facilitator, error) {
	fs, err := s.facilitators(ctx, sp, []int{accountID})
	if err != nil {
		return nil, err
	}
	return fs[0], nil
}

// facilitators reads accounts as their peers see them, in the order of ids: three queries
// whatever their number.
func (s *Service) facilitators(ctx context.Context, sp *ent.Space, ids []int) ([]*Facilitator, error) {
	as, err := s.Client.Account.Query().Where(entaccount.IDIn(ids...), spaceNotIndexed(sp.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	return s.facilitatorsOf(ctx, sp, ids, as)
}

// facilitatorsOf is facilitators of accounts already read (as, those of ids in the space):
// two queries whatever their number.
func (s *Service) facilitatorsOf(ctx context.Context, sp *ent.Space, ids []int, as []*ent.Account) ([]*Facilitator, error) {
	byID := make(map[int]*Facilitator, len(as))
	for _, a := range as {
		byID[a.ID] = &Facilitator{ID: a.ID, DisplayName: strings.TrimSpace(a.FirstName + " " + a.LastName)}
	}
	roles, err := s.Client.AccountRole.Query().Where(accountrole.AccountIDIn(ids...), accountrole.Domain(sp.Slug),
		accountrole.RoleIn(facilitation.Roles()...)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range roles {
		if f := byID[r.AccountID]; f != nil {
			if b := facilitation.OfRole(r.Role); f.Belt == nil || facilitation.Rank(b) > facilitation.Rank(*f.Belt) {
				f.Belt = &b
			}
		}
	}
	var counts []struct {
		AccountID int `json:"account_id"`
		Count     int
	}
	if err := s.Client.WorkshopFacilitator.Query().Where(workshopfacilitator.AccountIDIn(ids...), reportedIn(sp.ID)).
		GroupBy(workshopfacilitator.FieldAccountID).Aggregate(ent.Count()).Scan(ctx, &counts); err != nil {
		return nil, err
	}
	for _, c := range counts {
		if f := byID[c.AccountID]; f != nil {
			f.WorkshopsRun = c.Count
		}
	}
	out := make([]*Facilitator, len(ids))
	for i, id := range ids {
		if out[i] = byID[id]; out[i] == nil {
			return nil, &apperr.Error{Code: apperr.NotFound}
		}
	}
	return out, nil
}

// reportedIn is a facilitation of a reported workshop of the space, looked up by the workshop's
// ID (EXISTS): ent's edge predicate, workshop_id IN (SELECT …), would list every reported
// workshop of the space for each page of facilitators.
func reportedIn(spaceID int) predicate.WorkshopFacilitator {
	return predicate.WorkshopFacilitator(func(s *sql.Selector) {
		w := sql.Table(workshop.Table)
		s.Where(sql.Exists(sql.Select(w.C(workshop.FieldID)).From(w).Where(sql.And(
			sql.ColumnsEQ(w.C(workshop.FieldID), s.C(workshopfacilitator.FieldWorkshopID)),
			sql.EQ(w.C(workshop.FieldSpaceID), spaceID), sql.EQ(w.C(workshop.FieldStatus), string(workshop.StatusREPORTED))))))
	})
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// CoOptationView is a co-optation as the candidate's journey shows it.
type CoOptationView struct {
	By      *Facilitator
	Belt    string
	At      time.Time
	Comment string
}

// CoOptations lists a request's co-optations, newest first.
func (s *Service) CoOptations(ctx context.Context, sp *ent.Space, requestID int) ([]*CoOptationView, error) {
	cs, err := s.Client.CoOptation.Query().Where(cooptation.RequestID(requestID)).WithRequest().
		Order(ent.Desc(cooptation.FieldCreatedAt), ent.Desc(cooptation.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	return s.views(ctx, sp, cs)
}

func (s *Service) views(ctx context.Context, sp *ent.Space, cs []*ent.CoOptation) ([]*CoOptationView, error) {
	ids := make([]int, len(cs))
	for i, c := range cs {
		ids[i] = c.CoopterID
	}
	by, err := s.facilitators(ctx, sp, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*CoOptationView, len(cs))
	for i, c := range cs {
		out[i] = &CoOptationView{By: by[i], Belt: c.Edges.Request.Belt, At: c.CreatedAt, Comment: c.Comment}
	}
	return out, nil
}
