package community

import (
	"context"
	"strings"
	"sync"
	"time"

	"guichet/ent"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/paging"
	"guichet/store"
)

// A group's upcoming workshops are read with the columns their GraphQL fields ask for: the
// page asks for four of fourteen, and every text column read is a string made per row.

// workshopColumns are the optional columns of a group's workshop as the page reads them.
type workshopColumns uint8

const (
	workshopTitle workshopColumns = 1 << iota
	workshopFormat
	workshopLanguage
	workshopCity
	workshopCapacity
	workshopSeeking
	workshopParticipants
)

// workshopFields are the GraphQL fields of a workshop that read each optional column.
var workshopFields = []struct {
	field  string
	column string
	bit    workshopColumns
}{
	{"title", workshop.FieldTitle, workshopTitle},
	{"format", workshop.FieldFormat, workshopFormat},
	{"language", workshop.FieldLanguage, workshopLanguage},
	{"city", workshop.FieldCity, workshopCity},
	{"capacity", workshop.FieldCapacity, workshopCapacity},
	{"seekingFacilitators", workshop.FieldSeekingFacilitators, workshopSeeking},
	{"participants", workshop.FieldParticipants, workshopParticipants},
}

// askedWorkshopColumns is what the workshop fields being resolved need of the optional columns
// (any field of that name under them: a superset, never less).
func askedWorkshopColumns(ctx context.Context) workshopColumns {
	names := make([]string, len(workshopFields))
	for i, f := range workshopFields {
		names[i] = f.field
	}
	var c workshopColumns
	for i, asked := range paging.SelectedAnywhere(ctx, names...) {
		if asked {
			c |= workshopFields[i].bit
		}
	}
	return c
}

type groupWorkshopKey struct {
	dialect string
	columns workshopColumns
}

// groupWorkshopStatements are the statements of upcomingWorkshops by dialect and columns.
var groupWorkshopStatements sync.Map

// groupWorkshopStatement reads the upcoming public scheduled workshops of a city (compared as
// cityIs does), soonest first: the partial index workshop_group_page gives them in order and
// holds the columns always read (TestGroupWorkshopsReadTheirIndex). Always their ID, space,
// organiser (the resolvers of their facilitators and applications read them), start and number
// of co-facilitators; the columns of cols.
func groupWorkshopStatement(d string, cols workshopColumns) string {
	key := groupWorkshopKey{d, cols}
	if q, ok := groupWorkshopStatements.Load(key); ok {
		return q.(string)
	}
	read := []string{workshop.FieldID, workshop.FieldSpaceID, workshop.FieldOrganizerID, workshop.FieldStartsAt, workshop.FieldCoFacilitatorCount}
	for _, f := range workshopFields {
		if cols&f.bit != 0 {
			read = append(read, f.column)
		}
	}
	// The status and kind are written in the text, as in workshop_group_page's condition: a
	// planner only reads a partial index for a statement whose conditions imply the index's.
	q := store.Rebind(d, "SELECT w."+strings.Join(read, ", w.")+
		" FROM workshops AS w WHERE w.space_id = ? AND lower(w.city) = lower(?) AND w.starts_at > ?"+
		" AND w.status = '"+string(workshop.StatusSCHEDULED)+"' AND w.kind = '"+string(workshop.KindPUBLIC)+"'"+
		" ORDER BY w.starts_at, w.id LIMIT ?")
	groupWorkshopStatements.Store(key, q)
	return q
}

// readGroupWorkshops reads up to limit upcoming PUBLIC scheduled workshops of city, soonest
// first, with the columns asked (their kind and status are the statement's).
func (s *Service) readGroupWorkshops(ctx context.Context, sp *ent.Space, city string, after time.Time, limit int) ([]*ent.Workshop, error) {
	cols := askedWorkshopColumns(ctx)
	rows, err := s.Client.QueryContext(ctx, groupWorkshopStatement(s.Client.Dialect(), cols), sp.ID, city, after, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*ent.Workshop, 0, min(limit, 64))
	dest := make([]any, 0, 5+len(workshopFields))
	// Scanned into the same variables, row after row.
	var format, language string
	var id, space, organizer, co, capacity store.Int
	for rows.Next() {
		w := &ent.Workshop{Kind: workshop.KindPUBLIC, Status: workshop.StatusSCHEDULED}
		dest = append(dest[:0], &id, &space, &organizer, &w.StartsAt, &co)
		for _, f := range workshopFields {
			if cols&f.bit == 0 {
				continue
			}
			switch f.bit {
			case workshopTitle:
				dest = append(dest, &w.Title)
			case workshopFormat:
				dest = append(dest, &format)
			case workshopLanguage:
				dest = append(dest, &language)
			case workshopCity:
				dest = append(dest, &w.City)
			case workshopCapacity:
				dest = append(dest, &capacity)
			case workshopSeeking:
				dest = append(dest, &w.SeekingFacilitators)
			case workshopParticipants:
				dest = append(dest, &w.Participants)
			}
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		w.ID, w.SpaceID, w.OrganizerID, w.CoFacilitatorCount, w.Capacity = int(id), int(space), int(organizer), int(co), int(capacity)
		w.Format, w.Language = facilitation.Format(format), locales.Locale(language)
		out = append(out, w)
	}
	return out, rows.Err()
}
