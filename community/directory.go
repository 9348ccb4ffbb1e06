package community

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/predicate"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/slug"
	"guichet/viewer"
)

// The community's directory lists the facilitators who chose to appear in it, each showing
// what they chose to share.

// SetListed puts the viewer in the directory, or takes them out.
func (s *Service) SetListed(ctx context.Context, sp *ent.Space, v *viewer.Viewer, listed bool) error {
	return s.Client.Account.Update().Where(entaccount.ID(v.AccountID), entaccount.SpaceID(sp.ID)).
		SetDirectoryListed(listed).Exec(ctx)
}

// Limits of what a facilitator shares.
const (
	MaxBio = 600
	// MaxSearchWords bounds the words of a directory search: each is one more condition per row.
	MaxSearchWords = 8
)

// DirectoryProfile is what a facilitator shares in the directory.
type DirectoryProfile struct {
	Listed       bool
	City         *string
	Languages    []locales.Locale
	BioFr, BioEn *string
	ShowEmail    bool
}

// DirectoryProfileInput changes a profile; a field left nil is kept.
type DirectoryProfileInput struct {
	Listed       *bool
	City         *string
	Languages    []locales.Locale
	BioFr, BioEn *string
	ShowEmail    *bool
}

// ProfileOf is the directory profile an account holds.
func ProfileOf(a *ent.Account) *DirectoryProfile {
	return &DirectoryProfile{Listed: a.DirectoryListed, City: nilIfEmpty(a.DirectoryCity), Languages: languagesOf(a),
		BioFr: nilIfEmpty(a.DirectoryBioFr), BioEn: nilIfEmpty(a.DirectoryBioEn), ShowEmail: a.DirectoryShowEmail}
}

func languagesOf(a *ent.Account) []locales.Locale {
	out := []locales.Locale{}
	for _, l := range strings.Split(a.DirectoryLanguages, ",") {
		if loc := locales.Locale(l); l != "" && loc.Valid() {
			out = append(out, loc)
		}
	}
	return out
}

// UpdateDirectoryProfile changes what the viewer shares in the directory, in one UPDATE: the
// city trimmed (at most MaxCity characters), each presentation at most MaxBio characters, the
// languages offered by the server. Every broken rule is reported, naming its field.
func (s *Service) UpdateDirectoryProfile(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in DirectoryProfileInput) (*DirectoryProfile, error) {
	var vs []apperr.Violation
	u := s.Client.Account.UpdateOneID(v.AccountID).Where(entaccount.SpaceID(sp.ID))
	if in.Listed != nil {
		u.SetDirectoryListed(*in.Listed)
	}
	if in.ShowEmail != nil {
		u.SetDirectoryShowEmail(*in.ShowEmail)
	}
	if in.City != nil {
		city := strings.TrimSpace(*in.City)
		if utf8.RuneCountInString(city) > MaxCity {
			vs = append(vs, apperr.Violation{Field: "city", Code: "TOO_LONG", Data: map[string]any{"Max": MaxCity}})
		}
		u.SetDirectoryCity(city).SetDirectoryCityKey(slug.Key(city))
	}
	for _, b := range []struct {
		field string
		value *string
		set   func(string) *ent.AccountUpdateOne
	}{{"bioFr", in.BioFr, u.SetDirectoryBioFr}, {"bioEn", in.BioEn, u.SetDirectoryBioEn}} {
		if b.value == nil {
			continue
		}
		bio := strings.TrimSpace(*b.value)
		if utf8.RuneCountInString(bio) > MaxBio {
			vs = append(vs, apperr.Violation{Field: b.field, Code: "TOO_LONG", Data: map[string]any{"Max": MaxBio}})
		}
		b.set(bio)
	}
	if in.Languages != nil {
		var ls []string
		for _, l := range in.Languages {
			if !l.Valid() {
				vs = append(vs, apperr.Violation{Field: "languages", Code: "LOCALE_INVALID"})
				break
			}
			if !slices.Contains(ls, string(l)) {
				ls = append(ls, string(l))
			}
		}
		u.SetDirectoryLanguages(strings.Join(ls, ","))
	}
	if err := invalid(vs); err != nil {
		return nil, err
	}
	a, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	return ProfileOf(a), nil
}

// Directory is one page of the directory.
type Directory struct {
	TotalCount   int
	Facilitators []*Facilitator
	Entries      []*DirectoryEntry
}

// DirectoryEntry is a facilitator of the directory as their peers see them: what they chose
// to share, the presentation in the reader's language (else the other), the e-mail address
// only when they chose to show it.
type DirectoryEntry struct {
	ID           int
	DisplayName  string
	Belt         *string
	City         *string
	Languages    []locales.Locale
	Bio          *string
	ContactEmail *string
	WorkshopsRun int
}

// DirectoryQuery asks for a page of the directory; nil fields ask for nothing.
type DirectoryQuery struct {
	First, Offset *int
	// Search are words of names: each must begin a word of the first or last name (accents
	// and case ignored).
	Search *string
	// City matches the city each facilitator wrote, case and accents ignored.
	City *string
	// Belt is exactly that belt (the facilitator's one belt, accounts.belt_rank).
	Belt *string
	// Reader is the locale presentations are read in.
	Reader locales.Locale
}

// MaxDirectoryPage bounds a page of the directory.
const MaxDirectoryPage = 100

// MaxDirectoryOffset bounds the offset of a page of the directory: the page steps over every
// facilitator before it, so a page past it would cost what the whole directory costs.
const MaxDirectoryOffset = 10_000

// DirectoryPage lists the listed facilitators of the space by name, offset first (at most
// MaxDirectoryOffset, else BAD_USER_INPUT naming offset); its total is the count the
// database keeps (rowcount.Directory).
func (s *Service) DirectoryPage(ctx context.Context, sp *ent.Space, first int, offset *int) (*Directory, error) {
	return s.Directory(ctx, sp, DirectoryQuery{First: &first, Offset: offset})
}

// Directory is a page of the directory, by name, narrowed by q's filters. Without filters its
// total is the count the database keeps (rowcount.Directory), with a belt or a city alone that
// of the belt or the city (rowcount.DirectoryBelts, DirectoryCities); with other filters, the
// count of the matches, read on the same conditions: a city's entries (in the index of a
// city's names), else the accounts of the names' list. Every condition is on the accounts' own
// columns (the names' key, the city's, the facilitator's flag and belt that the database keeps:
// directory_sql.go), so a page reads listed facilitators in order and stops at its length.
func (s *Service) Directory(ctx context.Context, sp *ent.Space, q DirectoryQuery) (*Directory, error) {
	from, err := paging.Offset(q.Offset, MaxDirectoryOffset)
	if err != nil {
		return nil, err
	}
	first, _, err := paging.Decode(q.First, nil, 20, MaxDirectoryPage)
	if err != nil {
		return nil, err
	}
	f := directoryFilter{space: sp.ID, domain: sp.Slug}
	if q.Search != nil {
		if f.words = slug.Words(*q.Search); len(f.words) > MaxSearchWords {
			return nil, apperr.Invalid(apperr.Violation{Field: "search", Code: "TOO_MANY_WORDS", Data: map[string]any{"Max": MaxSearchWords}})
		}
	}
	if q.City != nil {
		f.city = slug.Key(*q.City)
	}
	if q.Belt != nil {
		if !slices.Contains(facilitation.Belts, *q.Belt) {
			return nil, apperr.Invalid(apperr.Violation{Field: "belt", Code: "BELT_UNKNOWN"})
		}
		f.belt, f.rank = facilitation.Role(*q.Belt), facilitation.Rank(*q.Belt)
	}
	words, city, belt := f.words, f.city, f.belt
	out := &Directory{Facilitators: []*Facilitator{}, Entries: []*DirectoryEntry{}}
	if first > 0 {
		if out.Entries, err = s.directoryPage(ctx, f, from, first, q.Reader); err != nil {
			return nil, err
		}
		for _, e := range out.Entries {
			out.Facilitators = append(out.Facilitators, &Facilitator{ID: e.ID, DisplayName: e.DisplayName, Belt: e.Belt, WorkshopsRun: e.WorkshopsRun})
		}
		// A search's page that is not full ends its list (it reads the count's conditions): the
		// matches are those before it and on it, and no count is read. A count the database
		// keeps is read whatever the page.
		kept := len(words) == 0 && (city == "" || belt == "")
		if n := len(out.Entries); !kept && n < first && (n > 0 || from == 0) {
			out.TotalCount = from + n
			return out, nil
		}
	}
	var total int
	switch {
	case len(words) == 0 && city == "" && belt == "":
		total, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Directory, []int{rowcount.Space}, rowcount.Every)
	case len(words) == 0 && city == "":
		// A belt alone: the count the database keeps of it, not its holders read one by one.
		total, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.DirectoryBelts, []int{rowcount.Space}, belt)
	case len(words) == 0 && belt == "":
		// A city alone: the count the database keeps of it.
		total, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.DirectoryCities, []int{rowcount.Space}, city)
	default:
		total, err = s.countMatches(ctx, f)
	}
	if err != nil {
		return nil, err
	}
	out.TotalCount = total
	return out, nil
}

// countMatches counts the matches of f (countStatement).
func (s *Service) countMatches(ctx context.Context, f directoryFilter) (int, error) {
	q, args := f.countStatement(s.Client.Dialect())
	rows, err := s.Client.QueryContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}

// spaceNotIndexed is space_id = id, which SQLite is told not to look up in an index (+space_id):
// accounts are then read by their IDs (a list of them, or a count's lists) rather than every
// account of the space in an index of space_id, which SQLite without statistics prefers.
func spaceNotIndexed(id int) predicate.Account {
	return predicate.Account(func(s *sql.Selector) {
		if s.Dialect() != dialect.SQLite {
			s.Where(sql.EQ(s.C(entaccount.FieldSpaceID), id))
			return
		}
		s.Where(sql.P(func(b *sql.Builder) { b.WriteString("+").Ident(s.C(entaccount.FieldSpaceID)).WriteOp(sql.OpEQ).Arg(id) }))
	})
}

// bioFor is the presentation in the reader's locale, else the other one, nil for none.
func bioFor(a *ent.Account, reader locales.Locale) *string {
	mine, other := a.DirectoryBioFr, a.DirectoryBioEn
	if reader == locales.EN {
		mine, other = other, mine
	}
	if mine != "" {
		return &mine
	}
	return nilIfEmpty(other)
}
