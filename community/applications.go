package community

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/workshop"
	"guichet/ent/workshopapplication"
	"guichet/ent/workshopfacilitator"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/viewer"
)

// Opportunities people act on: a facilitator applies to co-facilitate a workshop listed in
// the opportunities, its organiser accepts (the applicant becomes a co-facilitator) or
// declines, the applicant may withdraw. The places are settled by the database: every change
// to a workshop's facilitators first takes the workshop's row with a conditional UPDATE (its
// status, its date, the places left), which serialises concurrent accepts, withdrawals and
// edits of one workshop, and keeps co_facilitator_count equal to its co-facilitators.

// MaxCoFacilitators is how many co-facilitators a workshop has at most, beside its
// organiser: what an application may still fill (the workshop has "no place left" then),
// and what createWorkshop and updateWorkshop accept.
const MaxCoFacilitators = 4

// MaxApplicationMessage bounds an application's message, in characters.
const MaxApplicationMessage = 1000

// Audit actions of the opportunities.
const (
	EventWorkshopApplied     = "workshop.applied"
	EventApplicationDecided  = "workshop.application_decided"
	EventApplicationWithdraw = "workshop.application_withdrawn"
	EventWorkshopUpdated     = "workshop.updated"
)

func workshopNotOpen() error {
	return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "WORKSHOP_NOT_OPEN", Reason: "WORKSHOP_NOT_OPEN"}
}

func applicationClosed() error {
	return &apperr.Error{Code: apperr.Conflict, MessageID: "APPLICATION_CLOSED", Reason: "APPLICATION_CLOSED"}
}

// openToApply reports whether a workshop is still looking: scheduled, to come, seeking
// facilitators, listed to others (not PRIVATE), with a place left.
func (s *Service) openToApply(w *ent.Workshop) bool {
	return w.Status == workshop.StatusSCHEDULED && w.StartsAt.After(s.now()) && w.SeekingFacilitators &&
		w.Kind != workshop.KindPRIVATE && w.CoFacilitatorCount < MaxCoFacilitators
}

// Apply makes the viewer's application to co-facilitate a workshop listed in the
// opportunities, and tells its organiser. A second application is a CONFLICT (the unique
// index settles two at once), except after a withdrawal: the withdrawn application is opened
// again, with the new message.
func (s *Service) Apply(ctx context.Context, sp *ent.Space, v *viewer.Viewer, workshopID int, message *string) (*ent.WorkshopApplication, error) {
	msg := ""
	if message != nil {
		msg = strings.TrimSpace(*message)
	}
	if utf8.RuneCountInString(msg) > MaxApplicationMessage {
		return nil, apperr.Invalid(apperr.Violation{Field: "message", Code: "TOO_LONG", Data: map[string]any{"Max": MaxApplicationMessage}})
	}
	w, err := s.Client.Workshop.Query().Where(workshop.ID(workshopID), workshop.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	on, err := s.Client.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(w.ID),
		workshopfacilitator.AccountID(v.AccountID)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if on {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "OWN_WORKSHOP", Reason: "OWN_WORKSHOP"}
	}
	if w.Kind == workshop.KindPROFESSIONAL { // the rule opportunities applies
		belt, err := beltOf(ctx, s.Client, sp, v.AccountID)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(rules(sp).ProfessionalBelts, belt) {
			return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "PROFESSIONAL_BELT_REQUIRED"}
		}
	}
	if !s.openToApply(w) {
		return nil, workshopNotOpen()
	}
	var out *ent.WorkshopApplication
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		prior, err := tx.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(w.ID),
			workshopapplication.ApplicantID(v.AccountID)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			out, err = tx.WorkshopApplication.Create().SetWorkshopID(w.ID).SetApplicantID(v.AccountID).
				SetMessage(msg).SetCreatedAt(s.now()).Save(ctx)
			if ent.IsConstraintError(err) {
				return alreadyApplied()
			}
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case prior.Status != workshopapplication.StatusWITHDRAWN:
			return alreadyApplied()
		default:
			n, err := tx.WorkshopApplication.Update().Where(workshopapplication.ID(prior.ID),
				workshopapplication.StatusEQ(workshopapplication.StatusWITHDRAWN)).
				SetStatus(workshopapplication.StatusPENDING).SetMessage(msg).SetCreatedAt(s.now()).ClearDecidedAt().Save(ctx)
			if err != nil {
				return err
			}
			if n == 0 {
				return alreadyApplied()
			}
			if out, err = tx.WorkshopApplication.Get(ctx, prior.ID); err != nil {
				return err
			}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventWorkshopApplied, ActorID: v.AccountID,
			TargetID: w.OrganizerID, Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(w.ID), "application": fmt.Sprint(out.ID)}}); err != nil {
			return err
		}
		organiser, err := tx.Account.Get(ctx, w.OrganizerID)
		if err != nil {
			return err
		}
		applicant, err := tx.Account.Get(ctx, v.AccountID)
		if err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, organiser, "workshop_application_received", nil,
			append(workshopData(w, organiser.Locale), "applicant_name", fullName(applicant), "message", msg)...)
	})
	return out, err
}

func alreadyApplied() error {
	return &apperr.Error{Code: apperr.Conflict, MessageID: "ALREADY_APPLIED", Reason: "ALREADY_APPLIED"}
}

func fullName(a *ent.Account) string { return strings.TrimSpace(a.FirstName + " " + a.LastName) }

func workshopData(w *ent.Workshop, l locales.Locale) []string {
	return []string{"workshop_title", w.Title, "workshop_date", locales.FormatDate(l, w.StartsAt, nil)}
}

// application loads an application of a workshop of the space, with its workshop.
func (s *Service) application(ctx context.Context, sp *ent.Space, id int) (*ent.WorkshopApplication, error) {
	a, err := s.Client.WorkshopApplication.Query().Where(workshopapplication.ID(id),
		workshopapplication.HasWorkshopWith(workshop.SpaceID(sp.ID))).WithWorkshop().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return a, err
}

// takeWorkshop takes the workshop's row for a change of its facilitators: a conditional
// UPDATE that matches only a scheduled workshop to come (and, with a place to fill, one with
// a place left). Concurrent changes of one workshop wait for each other here, so the count
// each reads afterwards is the count.
func takeWorkshop(ctx context.Context, tx *ent.Tx, id int, now time.Time, fill bool) (bool, error) {
	u := tx.Workshop.Update().Where(workshop.ID(id), workshop.StatusEQ(workshop.StatusSCHEDULED), workshop.StartsAtGT(now))
	if fill {
		u.Where(workshop.CoFacilitatorCountLT(MaxCoFacilitators)).AddCoFacilitatorCount(1)
	} else {
		u.AddCoFacilitatorCount(0)
	}
	n, err := u.Save(ctx)
	return n > 0, err
}

// recount sets a workshop's co_facilitator_count to its co-facilitators, once they changed in
// a unit that took its row.
func recount(ctx context.Context, tx *ent.Tx, id int) error {
	n, err := tx.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(id), workshopfacilitator.Organizer(false)).Count(ctx)
	if err != nil {
		return err
	}
	return tx.Workshop.UpdateOneID(id).SetCoFacilitatorCount(n).Exec(ctx)
}

// Decide accepts or declines a pending application; only the workshop's organiser may. An
// accepted applicant becomes a co-facilitator while the workshop is scheduled, to come and
// has a place left (WORKSHOP_NOT_OPEN, WORKSHOP_FULL otherwise); an application decided or
// withdrawn already is a CONFLICT (APPLICATION_CLOSED), so of two decisions taken at once
// exactly one counts. The applicant is told in their language.
func (s *Service) Decide(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int, accept bool) (*ent.WorkshopApplication, *ent.Workshop, error) {
	app, err := s.application(ctx, sp, id)
	if err != nil {
		return nil, nil, err
	}
	w := app.Edges.Workshop
	if w.OrganizerID != v.AccountID {
		return nil, nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_YOUR_WORKSHOP"}
	}
	status := workshopapplication.StatusDECLINED
	if accept {
		status = workshopapplication.StatusACCEPTED
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		if accept {
			ok, err := takeWorkshop(ctx, tx, w.ID, s.now(), true)
			if err != nil {
				return err
			}
			if !ok {
				now, err := tx.Workshop.Get(ctx, w.ID)
				if err != nil {
					return err
				}
				if now.Status == workshop.StatusSCHEDULED && now.StartsAt.After(s.now()) {
					return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "WORKSHOP_FULL", Reason: "WORKSHOP_FULL",
						Data: map[string]any{"Max": MaxCoFacilitators}}
				}
				return workshopNotOpen()
			}
		}
		n, err := tx.WorkshopApplication.Update().Where(workshopapplication.ID(id),
			workshopapplication.StatusEQ(workshopapplication.StatusPENDING)).SetStatus(status).SetDecidedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return applicationClosed()
		}
		if accept {
			// Named by updateWorkshop meanwhile, the applicant is on the workshop already.
			err := tx.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(app.ApplicantID).
				OnConflictColumns(workshopfacilitator.FieldWorkshopID, workshopfacilitator.FieldAccountID).DoNothing().Exec(ctx)
			if err != nil && !isNoRows(err) {
				return err
			}
			if err := recount(ctx, tx, w.ID); err != nil {
				return err
			}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventApplicationDecided, ActorID: v.AccountID,
			TargetID: app.ApplicantID, Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(w.ID),
				"application": fmt.Sprint(id), "status": status.String()}}); err != nil {
			return err
		}
		applicant, err := tx.Account.Get(ctx, app.ApplicantID)
		if err != nil {
			return err
		}
		template := "workshop_application_declined"
		if accept {
			template = "workshop_application_accepted"
		}
		organiser, err := tx.Account.Get(ctx, w.OrganizerID)
		if err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, applicant, template, nil,
			append(workshopData(w, applicant.Locale), "organiser_name", fullName(organiser))...)
	})
	if err != nil {
		return nil, nil, err
	}
	app, err = s.Client.WorkshopApplication.Get(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	w, err = s.Client.Workshop.Get(ctx, w.ID)
	return app, w, err
}

// isNoRows: an INSERT … ON CONFLICT DO NOTHING that inserted nothing (ent reports it so on
// some dialects).
func isNoRows(err error) bool {
	return errors.Is(err, sql.ErrNoRows) || err != nil && strings.Contains(err.Error(), sql.ErrNoRows.Error())
}

// Withdraw withdraws the viewer's own application. A pending one simply closes; an accepted
// one, while the workshop is scheduled and to come, also takes the applicant off the
// workshop, freeing the place (once the workshop started it counts: WORKSHOP_NOT_OPEN). A
// declined or withdrawn one is a CONFLICT (APPLICATION_CLOSED).
func (s *Service) Withdraw(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.WorkshopApplication, error) {
	app, err := s.application(ctx, sp, id)
	if err != nil {
		return nil, err
	}
	if app.ApplicantID != v.AccountID {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_YOUR_APPLICATION"}
	}
	w := app.Edges.Workshop
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		from := workshopapplication.StatusPENDING
		if app.Status == workshopapplication.StatusACCEPTED {
			from = workshopapplication.StatusACCEPTED
			// The workshop's row first, as an accept takes it: the two never wait on each other.
			ok, err := takeWorkshop(ctx, tx, w.ID, s.now(), false)
			if err != nil {
				return err
			}
			if !ok {
				return workshopNotOpen()
			}
		}
		n, err := tx.WorkshopApplication.Update().Where(workshopapplication.ID(id), workshopapplication.StatusEQ(from)).
			SetStatus(workshopapplication.StatusWITHDRAWN).SetDecidedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return applicationClosed()
		}
		if from == workshopapplication.StatusACCEPTED {
			if _, err := tx.WorkshopFacilitator.Delete().Where(workshopfacilitator.WorkshopID(w.ID),
				workshopfacilitator.AccountID(v.AccountID), workshopfacilitator.Organizer(false)).Exec(ctx); err != nil {
				return err
			}
			if err := recount(ctx, tx, w.ID); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventApplicationWithdraw, ActorID: v.AccountID,
			TargetID: w.OrganizerID, Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(w.ID),
				"application": fmt.Sprint(id), "from": from.String()}})
	})
	if err != nil {
		return nil, err
	}
	return s.Client.WorkshopApplication.Get(ctx, id)
}

// ApplicationsOf lists a workshop's applications, oldest first, for its organiser; anyone
// else (its co-facilitators reading me.workshops) gets none.
func (s *Service) ApplicationsOf(ctx context.Context, v *viewer.Viewer, w *ent.Workshop) ([]*ent.WorkshopApplication, error) {
	if v == nil || v.AccountID != w.OrganizerID {
		return []*ent.WorkshopApplication{}, nil
	}
	return s.Client.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(w.ID)).
		Order(ent.Asc(workshopapplication.FieldCreatedAt), ent.Asc(workshopapplication.FieldID)).All(ctx)
}

// CoFacilitatorsOf lists a workshop's co-facilitators (its facilitators but the organiser).
func (s *Service) CoFacilitatorsOf(ctx context.Context, sp *ent.Space, workshopID int) ([]*Facilitator, error) {
	ids, err := s.Client.WorkshopFacilitator.Query().Where(workshopfacilitator.WorkshopID(workshopID), workshopfacilitator.Organizer(false)).
		Order(ent.Asc(workshopfacilitator.FieldID)).Select(workshopfacilitator.FieldAccountID).Ints(ctx)
	if err != nil || len(ids) == 0 {
		return []*Facilitator{}, err
	}
	return s.facilitators(ctx, sp, ids)
}

// UpdateWorkshopInput changes a scheduled workshop; nil leaves a field as it is, and
// CoFacilitatorEmails, when given, is the whole list.
type UpdateWorkshopInput struct {
	StartsAt            *time.Time
	City                *string
	Capacity            *int
	Kind                *workshop.Kind
	Format              *facilitation.Format
	Language            *locales.Locale
	CoFacilitatorEmails *[]string
}

// UpdateWorkshop changes a scheduled workshop (reported or cancelled: WORKSHOP_NOT_OPEN);
// only its organiser may. What it accepts is what createWorkshop accepts. A co-facilitator
// taken off the list leaves the workshop (an accepted application of theirs stays ACCEPTED:
// the organiser's later choice prevails).
func (s *Service) UpdateWorkshop(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int, in UpdateWorkshopInput) (*ent.Workshop, error) {
	w, err := s.onWorkshop(ctx, sp, v.AccountID, id, true)
	if err != nil {
		return nil, err
	}
	co, err := s.checkWorkshop(ctx, sp, v.AccountID, workshopChecks{Capacity: in.Capacity, City: in.City, Kind: in.Kind,
		CoFacilitatorEmails: in.CoFacilitatorEmails})
	if err != nil {
		return nil, err
	}
	var changed []string
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		u := tx.Workshop.Update().Where(workshop.ID(w.ID), workshop.StatusEQ(workshop.StatusSCHEDULED))
		if in.StartsAt != nil {
			u.SetStartsAt(*in.StartsAt)
			changed = append(changed, "startsAt")
		}
		if in.City != nil {
			if c := strings.TrimSpace(*in.City); c == "" {
				u.ClearCity()
			} else {
				u.SetCity(c)
			}
			changed = append(changed, "city")
		}
		if in.Capacity != nil {
			u.SetCapacity(*in.Capacity)
			changed = append(changed, "capacity")
		}
		if in.Kind != nil {
			u.SetKind(*in.Kind)
			changed = append(changed, "kind")
		}
		if in.Format != nil {
			u.SetFormat(*in.Format)
			changed = append(changed, "format")
		}
		if in.Language != nil {
			u.SetLanguage(*in.Language)
			changed = append(changed, "language")
		}
		// Always an UPDATE, even with nothing to change: it takes the row (see takeWorkshop).
		n, err := u.AddCoFacilitatorCount(0).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return workshopNotOpen()
		}
		if in.CoFacilitatorEmails != nil {
			changed = append(changed, "coFacilitators")
			gone := tx.WorkshopFacilitator.Delete().Where(workshopfacilitator.WorkshopID(w.ID), workshopfacilitator.Organizer(false))
			if len(co) > 0 {
				gone.Where(workshopfacilitator.AccountIDNotIn(co...))
			}
			if _, err := gone.Exec(ctx); err != nil {
				return err
			}
			for _, a := range co {
				err := tx.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(a).
					OnConflictColumns(workshopfacilitator.FieldWorkshopID, workshopfacilitator.FieldAccountID).DoNothing().Exec(ctx)
				if err != nil && !isNoRows(err) {
					return err
				}
			}
			if err := recount(ctx, tx, w.ID); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventWorkshopUpdated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"workshop": fmt.Sprint(w.ID), "changed": strings.Join(changed, ",")}})
	})
	if err != nil {
		return nil, err
	}
	return s.Client.Workshop.Get(ctx, w.ID)
}
