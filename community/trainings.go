package community

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/training"
	"guichet/ent/trainingregistration"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/paging"
	"guichet/viewer"
)

// beltName is a belt as a person reads it in their language.
func beltName(belt string, l locales.Locale) string {
	return locales.Message(l, "BELT_"+belt, nil)
}

// ConfirmTTL is how long the link confirming a registration made without signing in works.
const ConfirmTTL = 7 * 24 * time.Hour

// Limits of what trainings and workshops accept.
const (
	MaxTitle    = 200
	MaxCity     = 100
	MaxCapacity = 10_000
)

// TrainingInput is a training a trainer or staff schedules.
type TrainingInput struct {
	Title            string
	StartsAt, EndsAt time.Time
	Format           facilitation.Format
	Language         locales.Locale
	Capacity         int
	City             *string
	TrainerEmail     *string
}

func (s *Service) checkTraining(in TrainingInput) []apperr.Violation {
	var vs []apperr.Violation
	switch t := strings.TrimSpace(in.Title); {
	case t == "":
		vs = append(vs, apperr.Violation{Field: "title", Code: "REQUIRED"})
	case utf8.RuneCountInString(t) > MaxTitle:
		vs = append(vs, apperr.Violation{Field: "title", Code: "TOO_LONG", Data: map[string]any{"Max": MaxTitle}})
	}
	if !in.StartsAt.After(s.now()) {
		vs = append(vs, apperr.Violation{Field: "startsAt", Code: "NOT_IN_FUTURE"})
	}
	if !in.EndsAt.After(in.StartsAt) {
		vs = append(vs, apperr.Violation{Field: "endsAt", Code: "ENDS_BEFORE_START"})
	}
	vs = append(vs, checkCapacityAndCity(in.Capacity, in.City)...)
	return vs
}

func checkCapacityAndCity(capacity int, city *string) []apperr.Violation {
	return append(checkCapacity(capacity), checkCity(city)...)
}

func checkCapacity(capacity int) []apperr.Violation {
	if capacity < 1 || capacity > MaxCapacity {
		return []apperr.Violation{{Field: "capacity", Code: "OUT_OF_RANGE", Data: map[string]any{"Min": 1, "Max": MaxCapacity}}}
	}
	return nil
}

func checkCity(city *string) []apperr.Violation {
	if city != nil && utf8.RuneCountInString(*city) > MaxCity {
		return []apperr.Violation{{Field: "city", Code: "TOO_LONG", Data: map[string]any{"Max": MaxCity}}}
	}
	return nil
}

// CreateTraining schedules a training. A trainer gives it themselves; staff name its trainer
// (an account with the trainer role).
func (s *Service) CreateTraining(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in TrainingInput) (*ent.Training, error) {
	vs := s.checkTraining(in)
	trainerID := v.AccountID
	if in.TrainerEmail != nil && strings.TrimSpace(*in.TrainerEmail) != "" {
		if !s.allowed(ctx, v, sp, "trainings:assign") {
			return nil, &apperr.Error{Code: apperr.Forbidden}
		}
		_, key, _ := account.NormalizeEmail(*in.TrainerEmail)
		id, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key),
			entaccount.HasRolesWith(accountrole.Role("trainer"), accountrole.Domain(sp.Slug))).OnlyID(ctx)
		switch {
		case ent.IsNotFound(err):
			vs = append(vs, apperr.Violation{Field: "trainerEmail", Code: "NOT_A_TRAINER"})
		case err != nil:
			return nil, err
		default:
			trainerID = id
		}
	} else if !s.holds(ctx, sp, v.AccountID, "trainer") {
		vs = append(vs, apperr.Violation{Field: "trainerEmail", Code: "REQUIRED"})
	}
	if err := invalid(vs); err != nil {
		return nil, err
	}
	var out *ent.Training
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		var err error
		out, err = tx.Training.Create().SetSpaceID(sp.ID).SetTitle(strings.TrimSpace(in.Title)).
			SetStartsAt(in.StartsAt).SetEndsAt(in.EndsAt).SetFormat(in.Format).SetLanguage(in.Language).
			SetCapacity(in.Capacity).SetNillableCity(in.City).SetTrainerID(trainerID).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventTrainingCreated, ActorID: v.AccountID,
			TargetID: trainerID, Client: v.Client, Details: map[string]string{"training": fmt.Sprint(out.ID)}})
	})
	return out, err
}

// holds reports whether the account holds role in the whole space.
func (s *Service) holds(ctx context.Context, sp *ent.Space, accountID int, role string) bool {
	ok, err := s.Client.AccountRole.Query().Where(accountrole.AccountID(accountID), accountrole.Role(role),
		accountrole.Domain(sp.Slug)).Exist(ctx)
	return err == nil && ok
}

// Trainings lists the space's upcoming trainings, soonest first.
func (s *Service) Trainings(ctx context.Context, sp *ent.Space, first *int, after *ent.Cursor) (*ent.TrainingConnection, error) {
	return s.Client.Training.Query().Where(training.SpaceID(sp.ID), training.StartsAtGT(s.now())).
		Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithTrainingOrder(&ent.TrainingOrder{Field: ent.TrainingOrderFieldStartsAt, Direction: entgql.OrderDirectionAsc}))
}

// trainingFor loads a training of the space the viewer may manage: its trainer's, or any for
// staff. Others get NOT_FOUND, as if it did not exist.
func (s *Service) trainingFor(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Training, error) {
	t, err := s.Client.Training.Query().Where(training.ID(id), training.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	if t.TrainerID != v.AccountID && !s.allowed(ctx, v, sp, "trainings:assign") {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_YOUR_TRAINING"}
	}
	return t, nil
}

// Training is a training with its registrations, for its trainer and staff.
func (s *Service) Training(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Training, error) {
	if _, err := s.trainingFor(ctx, sp, v, id); err != nil {
		return nil, err
	}
	return s.withRegistrations(ctx, id)
}

func (s *Service) withRegistrations(ctx context.Context, id int) (*ent.Training, error) {
	return s.Client.Training.Query().Where(training.ID(id)).WithTrainer().
		WithRegistrations(func(q *ent.TrainingRegistrationQuery) {
			q.Where(trainingregistration.Confirmed(true)).WithAccount().Order(ent.Asc(trainingregistration.FieldID))
		}).Only(ctx)
}

// RegistrationInput is a person signing up for a training.
type RegistrationInput = account.RegisterInput

// Register signs a person up for a training. A signed-in viewer is registered at once. Anyone
// else gives their details: an address with no account in the space gets a participant
// account (PENDING_ACTIVATION, activation e-mail, the space's password policy) and the seat;
// an address with an account is e-mailed a link that confirms the registration, so the
// answer never tells whether the address had an account.
func (s *Service) Register(ctx context.Context, sp *ent.Space, v *viewer.Viewer, trainingID int, in RegistrationInput) error {
	t, err := s.openTraining(ctx, sp, trainingID)
	if err != nil {
		return err
	}
	if v != nil && v.AccountID != 0 {
		return s.registerViewer(ctx, sp, v, t)
	}
	return s.Accounts.SignUp(ctx, sp, in, clientOf(v), func(ctx context.Context, tx *ent.Tx, a *ent.Account, fresh bool) error {
		if fresh {
			if err := s.seat(ctx, tx, sp, t, a.ID, true, nil); err != nil {
				return err
			}
			return s.registered(ctx, tx, sp, t, a, clientOf(v))
		}
		return s.registerKnown(ctx, tx, sp, t, a)
	})
}

// openTraining is the space's training, while registrations are open and a seat is left.
func (s *Service) openTraining(ctx context.Context, sp *ent.Space, trainingID int) (*ent.Training, error) {
	t, err := s.Client.Training.Query().Where(training.ID(trainingID), training.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	if !t.StartsAt.After(s.now()) {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "TRAINING_STARTED", Reason: "TRAINING_STARTED"}
	}
	if t.SeatsTaken >= t.Capacity {
		return nil, trainingFull()
	}
	return t, nil
}

// registerViewer registers the signed-in viewer at once.
func (s *Service) registerViewer(ctx context.Context, sp *ent.Space, v *viewer.Viewer, t *ent.Training) error {
	return s.Txn.Run(ctx, func(tx *ent.Tx) error {
		a, err := tx.Account.Get(ctx, v.AccountID)
		if err != nil {
			return err
		}
		if err := s.seat(ctx, tx, sp, t, a.ID, true, nil); err != nil {
			return err
		}
		return s.registered(ctx, tx, sp, t, a, v.Client)
	})
}

// registerKnown answers a registration made without signing in for an address that has an
// account: an e-mail, never a different answer. Already registered, they are told so (not a
// second "registration confirmed"); else they get a link that confirms the registration.
func (s *Service) registerKnown(ctx context.Context, tx *ent.Tx, sp *ent.Space, t *ent.Training, a *ent.Account) error {
	exists, err := tx.TrainingRegistration.Query().Where(trainingregistration.TrainingID(t.ID),
		trainingregistration.AccountID(a.ID), trainingregistration.Confirmed(true)).Exist(ctx)
	if err != nil {
		return err
	}
	if exists {
		return mail.Notify(ctx, tx, s.Sealer, sp, a, "training_already_registered", nil, trainingData(t, a.Locale)...)
	}
	secret, hash := mail.NewSecret()
	expires := s.now().Add(ConfirmTTL)
	err = tx.TrainingRegistration.Create().SetTrainingID(t.ID).SetAccountID(a.ID).SetConfirmed(false).
		SetConfirmHash(hash).SetConfirmExpiresAt(expires).
		OnConflictColumns(trainingregistration.FieldTrainingID, trainingregistration.FieldAccountID).
		UpdateConfirmHash().UpdateConfirmExpiresAt().Exec(ctx)
	if err != nil {
		return err
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, a, "training_confirm", &mail.Link{Path: "/trainings/confirm", Token: secret},
		trainingData(t, a.Locale)...)
}

func clientOf(v *viewer.Viewer) string {
	if v == nil {
		return ""
	}
	return v.Client
}

func trainingFull() error {
	return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "TRAINING_FULL", Reason: "TRAINING_FULL"}
}

// seat takes a seat at the training for the account: a conditional UPDATE takes it only while
// one is left, and the unique (training, account) index refuses a second registration.
func (s *Service) seat(ctx context.Context, tx *ent.Tx, sp *ent.Space, t *ent.Training, accountID int, create bool, regID *int) error {
	n, err := tx.Training.Update().Where(training.ID(t.ID), training.SeatsTakenLT(t.Capacity)).AddSeatsTaken(1).Save(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		return trainingFull()
	}
	if create {
		err = tx.TrainingRegistration.Create().SetTrainingID(t.ID).SetAccountID(accountID).Exec(ctx)
		if ent.IsConstraintError(err) {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ALREADY_REGISTERED"}
		}
		if err != nil {
			return err
		}
	} else if err := tx.TrainingRegistration.UpdateOneID(*regID).SetConfirmed(true).ClearConfirmHash().
		ClearConfirmExpiresAt().Exec(ctx); err != nil {
		return err
	}
	// Whoever holds no role in the space yet becomes a participant: the course material is theirs.
	return account.Grant(ctx, tx, accountID, "participant", sp.Slug)
}

// registered records a registration and tells the person.
func (s *Service) registered(ctx context.Context, tx *ent.Tx, sp *ent.Space, t *ent.Training, a *ent.Account, client string) error {
	if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventTrainingRegistered, TargetID: a.ID,
		Client: client, Details: map[string]string{"training": fmt.Sprint(t.ID)}}); err != nil {
		return err
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, a, "training_registered", nil, trainingData(t, a.Locale)...)
}

func trainingData(t *ent.Training, l locales.Locale) []string {
	return []string{"training_title", t.Title, "training_date", locales.FormatDate(l, t.StartsAt, nil)}
}

// Confirm confirms, by the e-mailed link, a registration made without signing in.
func (s *Service) Confirm(ctx context.Context, sp *ent.Space, secret string) error {
	return s.Txn.Run(ctx, func(tx *ent.Tx) error {
		r, err := tx.TrainingRegistration.Query().Where(trainingregistration.ConfirmHash(mail.HashSecret(secret)),
			trainingregistration.Confirmed(false), trainingregistration.ConfirmExpiresAtGT(s.now()),
			trainingregistration.HasTrainingWith(training.SpaceID(sp.ID))).WithTraining().WithAccount().Only(ctx)
		if ent.IsNotFound(err) {
			return &apperr.Error{Code: apperr.InvalidToken}
		}
		if err != nil {
			return err
		}
		t := r.Edges.Training
		if err := s.seat(ctx, tx, sp, t, r.AccountID, false, &r.ID); err != nil {
			return err
		}
		return s.registered(ctx, tx, sp, t, r.Edges.Account, "")
	})
}

// AttendanceWindow is how long after a training ended its attendance may still be validated.
const AttendanceWindow = 60 * 24 * time.Hour

// attendanceOpen refuses attendance before the training started (nobody attended yet) and
// once its window closed (a belt is not given months later by mistake).
func (s *Service) attendanceOpen(t *ent.Training) error {
	now := s.now()
	if now.Before(t.StartsAt) {
		return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "TRAINING_NOT_STARTED", Reason: "TRAINING_NOT_STARTED"}
	}
	if now.After(t.EndsAt.Add(AttendanceWindow)) {
		return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "TRAINING_CLOSED", Reason: "TRAINING_CLOSED",
			Data: map[string]any{"Days": int(AttendanceWindow / (24 * time.Hour))}}
	}
	return nil
}

// ValidateAttendance records who attended a training: each becomes a facilitator with the
// WHITE belt at once, and is e-mailed. Only the training's trainer, or staff, may; every id
// must be a registration of the training, or nothing is recorded.
func (s *Service) ValidateAttendance(ctx context.Context, sp *ent.Space, v *viewer.Viewer, trainingID int, accountIDs []int) (*ent.Training, error) {
	t, err := s.trainingFor(ctx, sp, v, trainingID)
	if err != nil {
		return nil, err
	}
	if err := s.attendanceOpen(t); err != nil {
		return nil, err
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		regs, err := tx.TrainingRegistration.Query().Where(trainingregistration.TrainingID(trainingID),
			trainingregistration.Confirmed(true), trainingregistration.AccountIDIn(accountIDs...)).WithAccount().All(ctx)
		if err != nil {
			return err
		}
		byAccount := map[int]*ent.TrainingRegistration{}
		for _, r := range regs {
			byAccount[r.AccountID] = r
		}
		var vs []apperr.Violation
		for i, id := range accountIDs {
			if byAccount[id] == nil {
				vs = append(vs, apperr.Violation{Field: fmt.Sprintf("accountIds.%d", i), Code: "NOT_REGISTERED"})
			}
		}
		if err := invalid(vs); err != nil {
			return err
		}
		for _, r := range regs {
			if r.Attended {
				continue
			}
			if err := tx.TrainingRegistration.UpdateOneID(r.ID).SetAttended(true).SetAttendedAt(s.now()).Exec(ctx); err != nil {
				return err
			}
			if err := account.Grant(ctx, tx, r.AccountID, "facilitator", sp.Slug); err != nil {
				return err
			}
			if _, err := s.raiseBelt(ctx, tx, sp, r.AccountID, facilitation.White, "training", v.AccountID); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventAttendance, ActorID: v.AccountID,
				TargetID: r.AccountID, Client: v.Client, Details: map[string]string{"training": fmt.Sprint(trainingID)}}); err != nil {
				return err
			}
			if err := mail.Notify(ctx, tx, s.Sealer, sp, r.Edges.Account, "facilitator_welcome", nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.withRegistrations(ctx, trainingID)
}

// MyTrainings lists the trainings the viewer runs (staff: every training of the space) with
// their registrations: those to come, soonest first, or with past those that have started,
// newest first, so that a training never leaves its trainer's list.
func (s *Service) MyTrainings(ctx context.Context, sp *ent.Space, v *viewer.Viewer, past bool, first *int, after *ent.Cursor) (*ent.TrainingConnection, error) {
	q := s.Client.Training.Query().Where(training.SpaceID(sp.ID))
	if !s.allowed(ctx, v, sp, "trainings:assign") {
		q = q.Where(training.TrainerID(v.AccountID))
	}
	order := &ent.TrainingOrder{Field: ent.TrainingOrderFieldStartsAt, Direction: entgql.OrderDirectionAsc}
	if past {
		q = q.Where(training.StartsAtLTE(s.now()))
		order.Direction = entgql.OrderDirectionDesc
	} else {
		q = q.Where(training.StartsAtGT(s.now()))
	}
	conn, err := q.Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithTrainingOrder(order))
	if err != nil {
		return nil, err
	}
	ts := make([]*ent.Training, len(conn.Edges))
	for i, e := range conn.Edges {
		ts[i] = e.Node
	}
	return conn, s.loadRegistrations(ctx, ts)
}

// loadRegistrations sets the confirmed registrations (with their accounts) of a page of
// trainings the viewer may manage, in one query for the whole page.
func (s *Service) loadRegistrations(ctx context.Context, ts []*ent.Training) error {
	byTraining := make(map[int]*ent.Training, len(ts))
	ids := make([]int, len(ts))
	for i, t := range ts {
		t.Edges.Registrations = []*ent.TrainingRegistration{} // loaded, even when none
		byTraining[t.ID] = t
		ids[i] = t.ID
	}
	if len(ids) == 0 {
		return nil
	}
	regs, err := s.Client.TrainingRegistration.Query().Where(trainingregistration.TrainingIDIn(ids...),
		trainingregistration.Confirmed(true)).WithAccount().Order(ent.Asc(trainingregistration.FieldID)).All(ctx)
	if err != nil {
		return err
	}
	for _, r := range regs {
		t := byTraining[r.TrainingID]
		t.Edges.Registrations = append(t.Edges.Registrations, r)
	}
	return nil
}

// MaxRegistrations bounds a page of an account's own registrations.
const MaxRegistrations = 100

// RegistrationsOf lists an account's confirmed training registrations with their trainings,
// the latest training first, and how many there are. Only the account itself and staff see them.
func (s *Service) RegistrationsOf(ctx context.Context, sp *ent.Space, v *viewer.Viewer, accountID, first int) ([]*ent.TrainingRegistration, int, error) {
	if first < 0 || first > MaxRegistrations {
		return nil, 0, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxRegistrations}}
	}
	if v == nil || (v.AccountID != accountID && !s.allowed(ctx, v, sp, "trainings:assign")) {
		return nil, 0, &apperr.Error{Code: apperr.Forbidden}
	}
	q := s.Client.TrainingRegistration.Query().Where(trainingregistration.AccountID(accountID),
		trainingregistration.Confirmed(true), trainingregistration.HasTrainingWith(training.SpaceID(sp.ID)))
	n, err := q.Clone().Count(ctx)
	if err != nil {
		return nil, 0, err
	}
	regs, err := q.WithTraining().Order(trainingregistration.ByTrainingField(training.FieldStartsAt, sql.OrderDesc()),
		trainingregistration.ByID(sql.OrderDesc())).Limit(first).All(ctx)
	return regs, n, err
}
