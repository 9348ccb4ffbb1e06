package community

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/predicate"
	"guichet/ent/workshop"
	"guichet/ent/workshopapplication"
	"guichet/ent/workshopfacilitator"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/paging"
	"guichet/viewer"
)

// MaxParticipants bounds a reported workshop's participant count.
const MaxParticipants = 10_000

// WorkshopInput is a workshop a facilitator organises ("create a session").
type WorkshopInput struct {
	Title               *string
	StartsAt            time.Time
	Format              facilitation.Format
	Language            locales.Locale
	City                *string
	Capacity            int
	Kind                workshop.Kind
	CoFacilitatorEmails []string
	SeekingFacilitators bool
}

// CreateWorkshop makes a workshop organised by the viewer, with co-facilitators who must be
// facilitators of the space. A past date is fine: the counter is filled in afterwards.
func (s *Service) CreateWorkshop(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in WorkshopInput) (*ent.Workshop, error) {
	title := locales.Message(in.Language, "WORKSHOP_KIND_"+string(in.Kind), nil)
	var vs []apperr.Violation
	if in.Title != nil && strings.TrimSpace(*in.Title) != "" {
		title = strings.TrimSpace(*in.Title)
		if utf8.RuneCountInString(title) > MaxTitle {
			vs = append(vs, apperr.Violation{Field: "title", Code: "TOO_LONG", Data: map[string]any{"Max": MaxTitle}})
		}
	}
	co, err := s.checkWorkshop(ctx, sp, v.AccountID, workshopChecks{Capacity: &in.Capacity, City: in.City, Kind: &in.Kind,
		CoFacilitatorEmails: &in.CoFacilitatorEmails, also: vs})
	if err != nil {
		return nil, err
	}
	var out *ent.Workshop
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		w, err := tx.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(v.AccountID).SetTitle(title).
			SetStartsAt(in.StartsAt).SetFormat(in.Format).SetLanguage(in.Language).SetNillableCity(in.City).
			SetCapacity(in.Capacity).SetKind(in.Kind).SetSeekingFacilitators(in.SeekingFacilitators).
			SetCoFacilitatorCount(len(co)).Save(ctx)
		if err != nil {
			return err
		}
		if err := tx.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(v.AccountID).SetOrganizer(true).Exec(ctx); err != nil {
			return err
		}
		for _, id := range co {
			if err := tx.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(id).Exec(ctx); err != nil {
				return err
			}
		}
		out = w
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventWorkshopCreated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(w.ID)}})
	})
	return out, err
}

// workshopChecks are the fields of a workshop its organiser sets, at creation
// (createWorkshop) or later (updateWorkshop); nil: not given, nothing to check.
type workshopChecks struct {
	Capacity            *int
	City                *string
	Kind                *workshop.Kind
	CoFacilitatorEmails *[]string
	also                []apperr.Violation // found by the caller, reported with the others
}

// checkWorkshop checks what createWorkshop and updateWorkshop accept, every broken rule
// reported at once, and returns the co-facilitators' accounts when their list was given.
func (s *Service) checkWorkshop(ctx context.Context, sp *ent.Space, organizerID int, in workshopChecks) ([]int, error) {
	var vs []apperr.Violation
	if in.Capacity != nil {
		vs = append(vs, checkCapacity(*in.Capacity)...)
	}
	vs = append(append(vs, checkCity(in.City)...), in.also...)
	if in.Kind != nil {
		if err := workshop.KindValidator(*in.Kind); err != nil {
			vs = append(vs, apperr.Violation{Field: "kind", Code: "REQUIRED"})
		}
	}
	var co []int
	if in.CoFacilitatorEmails != nil {
		emails := *in.CoFacilitatorEmails
		if len(emails) > MaxCoFacilitators {
			vs = append(vs, apperr.Violation{Field: "coFacilitatorEmails", Code: "TOO_MANY", Data: map[string]any{"Max": MaxCoFacilitators}})
		}
		ids, cvs, err := s.coFacilitators(ctx, sp, organizerID, emails)
		if err != nil {
			return nil, err
		}
		co, vs = ids, append(vs, cvs...)
	}
	return co, invalid(vs)
}

// coFacilitators finds the accounts of the co-facilitators' addresses: each a facilitator of
// the space, neither the organiser nor given twice.
func (s *Service) coFacilitators(ctx context.Context, sp *ent.Space, organizerID int, emails []string) ([]int, []apperr.Violation, error) {
	var ids []int
	var vs []apperr.Violation
	for i, e := range emails {
		field := fmt.Sprintf("coFacilitatorEmails.%d", i)
		_, key, ok := account.NormalizeEmail(e)
		if !ok {
			vs = append(vs, apperr.Violation{Field: field, Code: "EMAIL_INVALID"})
			continue
		}
		id, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key),
			entaccount.HasRolesWith(accountrole.Role("facilitator"), accountrole.Domain(sp.Slug))).OnlyID(ctx)
		switch {
		case ent.IsNotFound(err):
			vs = append(vs, apperr.Violation{Field: field, Code: "NOT_A_FACILITATOR"})
		case err != nil:
			return nil, nil, err
		case id == organizerID || slices.Contains(ids, id):
			vs = append(vs, apperr.Violation{Field: field, Code: "DUPLICATE"})
		default:
			ids = append(ids, id)
		}
	}
	return ids, vs, nil
}

// onWorkshop loads a workshop of the space the viewer runs (as organiser or co-facilitator).
func (s *Service) onWorkshop(ctx context.Context, sp *ent.Space, accountID, id int, organizerOnly bool) (*ent.Workshop, error) {
	w, err := s.Client.Workshop.Query().Where(workshop.ID(id), workshop.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	q := s.Client.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(id), workshopfacilitator.AccountID(accountID))
	if organizerOnly {
		q.Where(workshopfacilitator.Organizer(true))
	}
	if ok, err := q.Exist(ctx); err != nil || !ok {
		if err == nil {
			err = &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_YOUR_WORKSHOP"}
		}
		return nil, err
	}
	return w, nil
}

// ReportWorkshop fills in the counter of a workshop that took place: it counts, with its
// participants, for every facilitator on it, and may raise their belts (YELLOW, ORANGE).
func (s *Service) ReportWorkshop(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id, participants int) (*ent.Workshop, error) {
	if participants < 0 || participants > MaxParticipants {
		return nil, apperr.Invalid(apperr.Violation{Field: "participants", Code: "OUT_OF_RANGE",
			Data: map[string]any{"Min": 0, "Max": MaxParticipants}})
	}
	w, err := s.onWorkshop(ctx, sp, v.AccountID, id, false)
	if err != nil {
		return nil, err
	}
	if w.StartsAt.After(s.now()) {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "WORKSHOP_NOT_HELD", Reason: "NOT_YET_HELD"}
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		// Only a scheduled workshop is reported, once, however many of its facilitators try.
		n, err := tx.Workshop.Update().Where(workshop.ID(id), workshop.StatusEQ(workshop.StatusSCHEDULED)).
			SetStatus(workshop.StatusREPORTED).SetParticipants(participants).SetReportedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "WORKSHOP_NOT_SCHEDULED", Reason: "NOT_SCHEDULED"}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventWorkshopReported, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(id), "participants": fmt.Sprint(participants)}}); err != nil {
			return err
		}
		ids, err := tx.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(id)).
			Select(workshopfacilitator.FieldAccountID).Ints(ctx)
		if err != nil {
			return err
		}
		r := rules(sp)
		for _, fid := range ids {
			run, err := workshopsRun(ctx, tx.Client(), sp, fid)
			if err != nil {
				return err
			}
			if _, err := s.raiseBelt(ctx, tx, sp, fid, r.BeltForWorkshops(run), "workshops", v.AccountID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Client.Workshop.Get(ctx, id)
}

// CancelWorkshop cancels a scheduled workshop; only its organiser may.
func (s *Service) CancelWorkshop(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Workshop, error) {
	if _, err := s.onWorkshop(ctx, sp, v.AccountID, id, true); err != nil {
		return nil, err
	}
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.Workshop.Update().Where(workshop.ID(id), workshop.StatusEQ(workshop.StatusSCHEDULED)).
			SetStatus(workshop.StatusCANCELLED).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "WORKSHOP_NOT_SCHEDULED", Reason: "NOT_SCHEDULED"}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventWorkshopCancelled, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(id)}}); err != nil {
			return err
		}
		return s.tellCancelled(ctx, tx, sp, id)
	})
	if err != nil {
		return nil, err
	}
	return s.Client.Workshop.Get(ctx, id)
}

// tellCancelled writes, with the cancellation, to the co-facilitators and to those whose offer
// to co-facilitate was still waiting, each in their language: the organiser cancelled it.
func (s *Service) tellCancelled(ctx context.Context, tx *ent.Tx, sp *ent.Space, id int) error {
	w, err := tx.Workshop.Get(ctx, id)
	if err != nil {
		return err
	}
	organiser, err := tx.Account.Get(ctx, w.OrganizerID)
	if err != nil {
		return err
	}
	co, err := tx.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(id)).
		Select(workshopfacilitator.FieldAccountID).Ints(ctx)
	if err != nil {
		return err
	}
	waiting, err := tx.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(id),
		workshopapplication.StatusEQ(workshopapplication.StatusPENDING)).Select(workshopapplication.FieldApplicantID).Ints(ctx)
	if err != nil {
		return err
	}
	told, err := tx.Account.Query().Where(entaccount.IDIn(append(co, waiting...)...), entaccount.IDNEQ(w.OrganizerID)).
		Order(ent.Asc(entaccount.FieldID)).All(ctx)
	if err != nil {
		return err
	}
	for _, a := range told {
		if err := mail.Notify(ctx, tx, s.Sealer, sp, a, "workshop_cancelled", nil,
			append(workshopData(w, a.Locale), "organiser_name", fullName(organiser))...); err != nil {
			return err
		}
	}
	return nil
}

// reportedOf is the reported workshops an account ran or co-ran in the space.
func reportedOf(sp *ent.Space, accountID int) []predicate.Workshop {
	return []predicate.Workshop{workshop.SpaceID(sp.ID), workshop.StatusEQ(workshop.StatusREPORTED),
		workshop.HasFacilitatorsWith(workshopfacilitator.AccountID(accountID))}
}

// workshopsRun counts the reported workshops an account ran or co-ran in the space.
func workshopsRun(ctx context.Context, c *ent.Client, sp *ent.Space, accountID int) (int, error) {
	return c.Workshop.Query().Where(reportedOf(sp, accountID)...).Count(ctx)
}

// Workshops lists the workshops an account organised or co-facilitated, newest first.
func (s *Service) Workshops(ctx context.Context, sp *ent.Space, accountID int, first *int, after *ent.Cursor) (*ent.WorkshopConnection, error) {
	return s.Client.Workshop.Query().Where(workshop.SpaceID(sp.ID), workshop.HasFacilitatorsWith(workshopfacilitator.AccountID(accountID))).
		Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithWorkshopOrder(&ent.WorkshopOrder{Field: ent.WorkshopOrderFieldStartsAt,
			Direction: entgql.OrderDirectionDesc}))
}

// Opportunities lists the scheduled workshops to come that look for a (co-)facilitator, with
// a place left (MaxCoFacilitators), that the viewer is not on yet; PROFESSIONAL ones only for the belts the space allows.
func (s *Service) Opportunities(ctx context.Context, sp *ent.Space, v *viewer.Viewer, first *int, after *ent.Cursor) (*ent.WorkshopConnection, error) {
	belt, err := beltOf(ctx, s.Client, sp, v.AccountID)
	if err != nil {
		return nil, err
	}
	kinds := []workshop.Kind{workshop.KindPUBLIC}
	if slices.Contains(rules(sp).ProfessionalBelts, belt) {
		kinds = append(kinds, workshop.KindPROFESSIONAL)
	}
	return s.Client.Workshop.Query().Where(workshop.SpaceID(sp.ID), workshop.StatusEQ(workshop.StatusSCHEDULED),
		workshop.SeekingFacilitators(true), workshop.StartsAtGT(s.now()), workshop.KindIn(kinds...),
		workshop.CoFacilitatorCountLT(MaxCoFacilitators),
		workshop.Not(workshop.HasFacilitatorsWith(workshopfacilitator.AccountID(v.AccountID)))).
		Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithWorkshopOrder(&ent.WorkshopOrder{Field: ent.WorkshopOrderFieldStartsAt, Direction: entgql.OrderDirectionAsc}))
}

// FacilitatorsOf lists a workshop's facilitators: the organiser first.
func (s *Service) FacilitatorsOf(ctx context.Context, sp *ent.Space, workshopID int) ([]*Facilitator, error) {
	ids, err := s.Client.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(workshopID)).
		Order(ent.Desc(workshopfacilitator.FieldOrganizer), ent.Asc(workshopfacilitator.FieldID)).
		Select(workshopfacilitator.FieldAccountID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	return s.facilitators(ctx, sp, ids)
}
