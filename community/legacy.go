package community

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"guichet/account"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/facilitation"
	"guichet/locales"
)

// Legacy accounts: facilitators trained before the September 2022 migration, imported from
// the former platform's CSV export. A migrated row becomes an ACTIVE facilitator who must set
// a new password before anything else (it has none here: requestPasswordReset gives one); a
// row never migrated becomes LEGACY_UNMIGRATED, which cannot sign in until support helps.

// LegacyColumns are the CSV's columns, in its header; belt may be left out (WHITE).
var LegacyColumns = []string{"email", "first_name", "last_name", "locale", "trained_on", "migrated", "belt"}

// LegacyReport says what an import did.
type LegacyReport struct {
	Migrated, Unmigrated, Existing int
}

func (r LegacyReport) String() string {
	return fmt.Sprintf("accounts: %d created (%d migrated, %d awaiting migration), %d already there",
		r.Migrated+r.Unmigrated, r.Migrated, r.Unmigrated, r.Existing)
}

// LineError is a bad row of the CSV, by its line.
type LineError struct {
	Line int
	Msg  string
}

// LegacyErrors are every bad row of a CSV; an import with one writes nothing.
type LegacyErrors []LineError

func (es LegacyErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return strings.Join(lines, "\n")
}

type legacyRow struct {
	line        int
	email, key  string
	first, last string
	locale      locales.Locale
	trainedOn   time.Time
	migrated    bool
	belt        string
}

// ImportLegacy reads the CSV and creates an account for each row whose address has none in
// the space, in one transaction. A row whose address has an account is left as it is (an
// import run twice changes nothing). Any bad row is reported by its line, and then nothing
// is written.
func (s *Service) ImportLegacy(ctx context.Context, sp *ent.Space, r io.Reader) (LegacyReport, error) {
	rows, err := s.readLegacy(sp, r)
	if err != nil {
		return LegacyReport{}, err
	}
	var rep LegacyReport
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		for _, row := range rows {
			exists, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(row.key)).Exist(ctx)
			if err != nil {
				return err
			}
			if exists {
				rep.Existing++
				continue
			}
			c := tx.Account.Create().SetSpaceID(sp.ID).SetEmail(row.email).SetEmailKey(row.key).
				SetFirstName(row.first).SetLastName(row.last).SetLocale(row.locale)
			if row.migrated {
				c.SetStatus(entaccount.StatusACTIVE).SetActivatedAt(row.trainedOn).SetPasswordResetRequired(true)
				rep.Migrated++
			} else {
				c.SetStatus(entaccount.StatusLEGACY_UNMIGRATED)
				rep.Unmigrated++
			}
			a, err := c.Save(ctx)
			if err != nil {
				return err
			}
			for _, role := range []string{"facilitator", facilitation.Role(row.belt)} {
				if err := account.Grant(ctx, tx, a.ID, role, sp.Slug); err != nil {
					return err
				}
			}
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: "account.imported", TargetID: a.ID,
				Email: row.email, Client: "cli", Details: map[string]string{"migrated": fmt.Sprint(row.migrated),
					"belt": row.belt, "trained_on": row.trainedOn.Format(time.DateOnly)}}); err != nil {
				return err
			}
		}
		return nil
	})
	return rep, err
}

func (s *Service) readLegacy(sp *ent.Space, r io.Reader) ([]legacyRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, LegacyErrors{{1, "the file is empty: the first line names the columns " + strings.Join(LegacyColumns, ",")}}
	}
	if err != nil {
		return nil, LegacyErrors{{1, err.Error()}}
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	var errs LegacyErrors
	for _, c := range LegacyColumns[:6] {
		if _, ok := col[c]; !ok {
			errs = append(errs, LineError{1, fmt.Sprintf("column %q is missing", c)})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	var rows []legacyRow
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, LineError{line, err.Error()})
			continue
		}
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row, msgs := s.legacyRow(sp, get)
		row.line = line
		if first, dup := seen[row.key]; dup && row.key != "" {
			msgs = append(msgs, fmt.Sprintf("%s is already on line %d", row.email, first))
		}
		seen[row.key] = line
		for _, m := range msgs {
			errs = append(errs, LineError{line, m})
		}
		rows = append(rows, row)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rows, nil
}

// legacyRow checks one row, and says each thing wrong with it.
func (s *Service) legacyRow(sp *ent.Space, get func(string) string) (legacyRow, []string) {
	var row legacyRow
	var msgs []string
	address, key, ok := account.NormalizeEmail(get("email"))
	if !ok {
		msgs = append(msgs, fmt.Sprintf("email %q is not an e-mail address", get("email")))
	}
	row.email, row.key = address, key
	row.first, row.last = get("first_name"), get("last_name")
	if row.first == "" || row.last == "" {
		msgs = append(msgs, "first_name and last_name are required")
	}
	row.locale = sp.DefaultLocale
	if l := get("locale"); l != "" {
		if loc, ok := locales.Parse(l); ok {
			row.locale = loc
		} else {
			msgs = append(msgs, fmt.Sprintf("locale %q: fr or en", l))
		}
	}
	t, err := time.Parse(time.DateOnly, get("trained_on"))
	switch {
	case err != nil:
		msgs = append(msgs, fmt.Sprintf("trained_on %q: a date such as 2021-06-30", get("trained_on")))
	case t.After(s.now()):
		msgs = append(msgs, fmt.Sprintf("trained_on %s is in the future", get("trained_on")))
	}
	row.trainedOn = t
	switch strings.ToLower(get("migrated")) {
	case "true", "yes", "1":
		row.migrated = true
	case "false", "no", "0":
	default:
		msgs = append(msgs, fmt.Sprintf("migrated %q: true or false", get("migrated")))
	}
	row.belt = strings.ToUpper(get("belt"))
	if row.belt == "" {
		row.belt = facilitation.White
	}
	if !slices.Contains(facilitation.Belts, row.belt) {
		msgs = append(msgs, fmt.Sprintf("belt %q: one of %s", get("belt"), strings.Join(facilitation.Belts, ", ")))
	}
	return row, msgs
}
