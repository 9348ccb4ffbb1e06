package account

import (
	"context"
	stdsql "database/sql"
	"slices"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/token"
	"guichet/locales"
)

// SignedIn is who a live session belongs to, as every signed-in request needs it: the
// account, and its roles in the space — space-wide, and held in an approved scope of it.
type SignedIn struct {
	SessionID, AccountID  int
	Locale                locales.Locale
	FirstName, LastName   string
	PasswordResetRequired bool
	Roles, Scoped         []string
}

// SignedInAs finds the live session of a bearer token in the space, with its account and
// roles, in one statement read anew on every request (so that a revoked session or role, an
// account no longer active, counts at the next request on every replica); nil when the token
// is unknown, revoked, expired, idle for too long, of another space, or its account is no
// longer active. Its plan does not depend on the planner's statistics: the token by its
// unique hash, the account by its key, its roles by one range of the (account_id, domain)
// index. A session's last use is written at most once a minute (touchEvery).
func (s *Service) SignedInAs(ctx context.Context, spaceID int, space, bearer string) (*SignedIn, error) {
	now := s.now()
	d := s.Client.Dialect()
	q := signedInQuery(d, space)
	args := slices.Clone(q.args)
	n := len(args)
	args[n-5], args[n-3], args[n-2] = hashToken(bearer), now, spaceID
	// A request already given up stops here. On SQLite the statement itself runs without the
	// request's cancellation: database/sql watches a cancellable context with a goroutine of
	// its own per statement, which costs more than this point read of a local file by unique
	// keys. PostgreSQL, over the network, keeps it.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	qctx := ctx
	if d != dialect.Postgres {
		qctx = context.WithoutCancel(ctx)
	}
	rows, err := s.Client.QueryContext(qctx, q.text, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var (
		out           *SignedIn
		needsApproval bool
		// One row's columns, scanned into the same place for every row (one allocation,
		// not one per column and row).
		row struct {
			si           SignedIn
			lastSeen     stdsql.NullTime
			locale       string
			role, domain stdsql.NullString
		}
	)
	lastSeen, role, domain := &row.lastSeen, &row.role, &row.domain
	dest := []any{&row.si.SessionID, lastSeen, &row.si.AccountID, &row.locale, &row.si.FirstName, &row.si.LastName,
		&row.si.PasswordResetRequired, role, domain}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if out == nil {
			si := row.si
			si.Locale = locales.Locale(row.locale)
			out = &si
		}
		switch {
		case !role.Valid:
		case domain.String == space:
			out.Roles = append(out.Roles, role.String)
		case !strings.HasPrefix(domain.String, space+"/"): // another space's, in SQLite's range
		case approvedScope(domain.String, space):
			needsApproval = true
		case !slices.Contains(out.Scoped, role.String):
			out.Scoped = append(out.Scoped, role.String)
		}
	}
	if err := rows.Err(); err != nil || out == nil {
		return nil, err
	}
	rows.Close()
	// A role in a program or an organisation counts once staff approved it: RolesInSpace
	// asks, for the few accounts that hold one (the test, in the statement above, cost every
	// signed-in request a third of its time).
	if needsApproval {
		if _, out.Scoped, err = s.RolesInSpace(ctx, out.AccountID, space); err != nil {
			return nil, err
		}
	}
	if lastSeen.Valid && now.Sub(lastSeen.Time) > SessionIdle {
		return nil, nil
	}
	if !lastSeen.Valid || now.Sub(lastSeen.Time) > touchEvery {
		if err := s.Client.Token.UpdateOneID(out.SessionID).SetLastSeenAt(now).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// tokenHashIndex is the unique index of the tokens' hashes (ent's name for it, in both
// dialects' migrations).
const tokenHashIndex = "tokens_hash_key"

// approvedScope reports whether a role's scope counts only once staff approved it (see
// scopeApproved): a program, or an organisation.
func approvedScope(domain, space string) bool {
	return strings.HasPrefix(domain, space+"/program:") || strings.HasPrefix(domain, space+"/organization:")
}

type sqlWithArgs struct {
	text string
	args []any
}

// signedInQueries are SignedInAs's statements by dialect and space: built once, so that a
// request sends the same text every time (and the driver reuses its prepared statement), and
// found without building a key (a request allocates nothing to find it).
var signedInQueries struct {
	sync.RWMutex
	byDialect map[string]map[string]sqlWithArgs
}

// signedInQuery is SignedInAs's statement. Its last five arguments are the token's hash, its
// kind, the time, the space and the account's status; the first, the third and the fourth
// are filled in per request. The roles are those of the space and its scopes, approved or not
// (SignedInAs asks RolesInSpace when one needs approval).
func signedInQuery(d, space string) sqlWithArgs {
	signedInQueries.RLock()
	q, ok := signedInQueries.byDialect[d][space]
	signedInQueries.RUnlock()
	if ok {
		return q
	}
	b := &sql.Builder{}
	b.SetDialect(d)
	col := func(table, c string) string { return b.Quote(table) + "." + b.Quote(c) }
	domain := col(accountrole.Table, accountrole.FieldDomain)
	b.WriteString("SELECT ")
	for i, c := range []string{col(token.Table, token.FieldID), col(token.Table, token.FieldLastSeenAt),
		col(entaccount.Table, entaccount.FieldID), col(entaccount.Table, entaccount.FieldLocale),
		col(entaccount.Table, entaccount.FieldFirstName), col(entaccount.Table, entaccount.FieldLastName),
		col(entaccount.Table, entaccount.FieldPasswordResetRequired), col(accountrole.Table, accountrole.FieldRole), domain} {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c)
	}
	b.WriteString(" FROM ").Ident(token.Table)
	// SQLite plans from statistics taken when the tables were small (a new database: no
	// session yet), and would then read every session: the token is found by its hash's
	// index, and the session comes first (CROSS JOIN keeps the order written). PostgreSQL
	// weighs a table by its current size, and finds one row by a unique index.
	if d == dialect.Postgres {
		b.WriteString(" JOIN ")
	} else {
		b.WriteString(" INDEXED BY ").Ident(tokenHashIndex).WriteString(" CROSS JOIN ")
	}
	b.Ident(entaccount.Table).
		WriteString(" ON " + col(entaccount.Table, entaccount.FieldID) + " = " + col(token.Table, token.FieldAccountID)).
		WriteString(" LEFT JOIN ").Ident(accountrole.Table).
		WriteString(" ON " + col(accountrole.Table, accountrole.FieldAccountID) + " = " + col(token.Table, token.FieldAccountID) + " AND ")
	// As RolesInSpace: a range of the index in SQLite's binary collation, the prefix as such
	// in PostgreSQL's.
	if d == dialect.Postgres {
		b.WriteString("(" + domain + " = ").Arg(space).WriteString(" OR ")
		hasPrefix(b, domain, space+"/")
		b.WriteString(")")
	} else {
		b.WriteString(domain + " >= ").Arg(space).WriteString(" AND " + domain + " < ").Arg(space + "0")
	}
	b.WriteString(" WHERE " + col(token.Table, token.FieldHash) + " = ").Arg("").
		WriteString(" AND " + col(token.Table, token.FieldKind) + " = ").Arg(token.KindSESSION.String()).
		WriteString(" AND " + col(token.Table, token.FieldUsedAt) + " IS NULL").
		WriteString(" AND " + col(token.Table, token.FieldExpiresAt) + " > ").Arg(time.Time{}).
		WriteString(" AND " + col(entaccount.Table, entaccount.FieldSpaceID) + " = ").Arg(0).
		WriteString(" AND " + col(entaccount.Table, entaccount.FieldStatus) + " = ").Arg(entaccount.StatusACTIVE.String())
	text, args := b.Query()
	q = sqlWithArgs{text: text, args: args}
	signedInQueries.Lock()
	if signedInQueries.byDialect == nil {
		signedInQueries.byDialect = map[string]map[string]sqlWithArgs{}
	}
	if signedInQueries.byDialect[d] == nil {
		signedInQueries.byDialect[d] = map[string]sqlWithArgs{}
	}
	signedInQueries.byDialect[d][space] = q
	signedInQueries.Unlock()
	return q
}
