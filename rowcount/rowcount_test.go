package rowcount_test

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/account"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/auditevent"
	"guichet/ent/entity"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/ent/token"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/rowcount"
	"guichet/store"
	"guichet/store/storetest"
)

// key is one count the database keeps: what, in a space, in a scope, under a value.
type key struct {
	space   int64
	counted string
	scope   int64
	value   string
}

// kept is what row_counts holds, its slots summed, keys at zero left out.
func kept(t *testing.T, db *store.DB) map[key]int64 {
	t.Helper()
	out := map[key]int64{}
	rows, err := db.SQL.QueryContext(context.Background(),
		`SELECT space_id, counted, scope_id, value, CAST(SUM(n) AS BIGINT) FROM row_counts GROUP BY space_id, counted, scope_id, value`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k key
		var n int64
		if err := rows.Scan(&k.space, &k.counted, &k.scope, &k.value, &n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			out[k] = n
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// counted is what the rows themselves say, read one by one and counted here: every key a row
// is under (its value and, unless the count has none, Every, in the space and in its other
// scope if any), by its weight (1, or what a sum adds up).
func counted(t *testing.T, db *store.DB) map[key]int64 {
	t.Helper()
	out := map[key]int64{}
	tables := []struct {
		counted, query string
		noEvery        bool
	}{
		{rowcount.Accounts, `SELECT space_id, 0, status, entity_id, 1 FROM accounts`, false},
		{rowcount.AuditEvents, `SELECT space_id, 0, action, NULL, 1 FROM audit_events`, false},
		{rowcount.BeltRequests, `SELECT space_id, 0, status || '/' || belt, NULL, 1 FROM belt_requests`, false},
		{rowcount.Programs, `SELECT space_id, 0, '', organization_id, 1 FROM programs`, false},
		{rowcount.WebhookDeliveries, `SELECT 0, webhook_id, '', NULL, 1 FROM webhook_deliveries`, false},
		{rowcount.AccountRoles, `SELECT s.id, 0, r.role, NULL, 1 FROM account_roles AS r JOIN spaces AS s ON s.slug = r.domain`, true},
		{rowcount.Directory, `SELECT a.space_id, 0, '', NULL, 1 FROM accounts AS a JOIN spaces AS s ON s.id = a.space_id
			WHERE a.directory_listed AND a.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM account_roles AS r
				WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')`, false},
		{rowcount.DirectoryBelts, `SELECT a.space_id, 0, b.role, NULL, 1 FROM accounts AS a JOIN spaces AS s ON s.id = a.space_id
			JOIN account_roles AS b ON b.account_id = a.id AND b.domain = s.slug AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
			WHERE a.directory_listed AND a.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM account_roles AS r
				WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')`, true},
		{rowcount.DirectoryCities, `SELECT a.space_id, 0, a.directory_city_key, NULL, 1 FROM accounts AS a JOIN spaces AS s ON s.id = a.space_id
			WHERE a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> '' AND EXISTS (SELECT 1 FROM account_roles AS r
				WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')`, true},
		{rowcount.Workshops, `SELECT space_id, 0, status, NULL, 1 FROM workshops`, false},
		{rowcount.WorkshopParticipants, `SELECT space_id, 0, status, NULL, COALESCE(participants, 0) FROM workshops`, true},
		{rowcount.LocalGroups, `SELECT space_id, 0, '', NULL, 1 FROM local_groups`, false},
		{rowcount.Guides, readableRows("guides", "guide_translations", "guide_id"), false},
		{rowcount.Faqs, readableRows("faqs", "faq_translations", "faq_id"), false},
		{rowcount.Resources, readableRows("resources", "resource_translations", "resource_id"), false},
		{rowcount.News, readableRows("news", "news_translations", "news_id"), false},
		{rowcount.LocalGroupMembers, `SELECT g.space_id, m.group_id, '', NULL, 1 FROM local_group_members AS m
			JOIN local_groups AS g ON g.id = m.group_id`, false},
		{rowcount.WorkshopsRun, `SELECT w.space_id, f.account_id, '', NULL, 1 FROM workshop_facilitators AS f
			JOIN workshops AS w ON w.id = f.workshop_id WHERE w.status = 'REPORTED'`, false},
	}
	for _, tb := range tables {
		rows, err := db.SQL.QueryContext(context.Background(), tb.query)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var sp, scope, weight int64
			var value string
			var other *int64
			if err := rows.Scan(&sp, &scope, &value, &other, &weight); err != nil {
				t.Fatal(err)
			}
			scopes := []int64{scope}
			if other != nil {
				scopes = append(scopes, *other)
			}
			for _, s := range scopes {
				if !tb.noEvery {
					out[key{sp, tb.counted, s, rowcount.Every}] += weight
				}
				if value != rowcount.Every {
					out[key{sp, tb.counted, s, value}] += weight
				}
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	maps.DeleteFunc(out, func(_ key, n int64) bool { return n == 0 })
	return out
}

// readableRows are the help center's items a reader may read (not deleted, with a published
// translation), in the space and in their category, under their audience.
func readableRows(table, translations, fk string) string {
	return fmt.Sprintf(`SELECT c.space_id, 0, c.audience, c.category_id, 1 FROM %s AS c
		WHERE c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM %s AS t WHERE t.%s = c.id AND t.published)`, table, translations, fk)
}

// sameCounts fails unless every count the database keeps is what the rows say.
func sameCounts(t *testing.T, db *store.DB) {
	t.Helper()
	got, want := kept(t, db), counted(t, db)
	if maps.Equal(got, want) {
		return
	}
	keys := slices.Collect(maps.Keys(want))
	for k := range got {
		if _, ok := want[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	for _, k := range keys {
		if got[k] != want[k] {
			t.Errorf("%+v: kept %d, counted %d", k, got[k], want[k])
		}
	}
}

func exec(t *testing.T, db *store.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.SQL.ExecContext(context.Background(), db.Rebind(q), args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// world is a space with what the counted tables refer to: an entity, an organisation, a
// webhook, and the account service.
type world struct {
	db       *store.DB
	accounts *account.Service
	sp       *ent.Space
	staff    *ent.Account
	entities [2]*ent.Entity
	org      int
	webhook  int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t, t.TempDir())
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	pol, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	w := &world{db: db, accounts: &account.Service{Client: db.Client, Policy: pol,
		Hasher: password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}}}
	w.sp = db.Client.Space.Create().SetSlug("counted").SetNameFr("C").SetNameEn("C").SetDefaultLocale(locales.FR).
		SetApproval(space.ApprovalStaff).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(ctx)
	for i := range w.entities {
		w.entities[i] = db.Client.Entity.Create().SetSpaceID(w.sp.ID).SetKind(entity.KindCOMPANY).SetName(fmt.Sprint("E", i)).SaveX(ctx)
	}
	if w.staff, err = w.accounts.Create(ctx, w.sp, account.CreateInput{Email: "staff@example.org", Password: "Tournesol-42",
		FirstName: "S", LastName: "T", Roles: []string{"staff"}}); err != nil {
		t.Fatal(err)
	}
	w.org = db.Client.Organization.Create().SetSpaceID(w.sp.ID).SetName("O").SetCreatedBy(w.staff.ID).SaveX(ctx).ID
	w.webhook = db.Client.Webhook.Create().SetSpaceID(w.sp.ID).SetURL("https://example.org/hook").
		SetEvents([]string{"guide.published"}).SetSecretSealed([]byte("x")).SaveX(ctx).ID
	return w
}

// pending adds an account waiting for approval, of the entity if one is given.
func (w *world) pending(t *testing.T, email string, e *ent.Entity) int {
	t.Helper()
	c := w.db.Client.Account.Create().SetSpaceID(w.sp.ID).SetEmail(email).SetEmailKey(email).SetLocale(locales.FR).
		SetStatus(entaccount.StatusPENDING_APPROVAL)
	if e != nil {
		c.SetEntityID(e.ID)
	}
	return c.SaveX(context.Background()).ID
}

// The database's counts follow every kind of write to the counted tables, through the
// services or in plain SQL, and a rolled-back transaction leaves them as they were.
func TestRowCountsFollowEveryWrite(t *testing.T) {
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	var approveMe, rejectMe, deleteMe int
	steps := []struct {
		name  string
		write func(t *testing.T)
	}{
		{"accounts created by the service", func(t *testing.T) {
			if _, err := w.accounts.Create(ctx, sp, account.CreateInput{Email: "ana@example.org", Password: "Tournesol-42",
				FirstName: "A", LastName: "N", Roles: []string{"participant"}}); err != nil {
				t.Fatal(err)
			}
		}},
		{"accounts inserted, with and without an entity", func(t *testing.T) {
			approveMe = w.pending(t, "approve@example.org", w.entities[0])
			rejectMe = w.pending(t, "reject@example.org", w.entities[0])
			deleteMe = w.pending(t, "delete@example.org", nil)
			w.pending(t, "other@example.org", w.entities[1])
		}},
		{"accounts inserted in bulk", func(t *testing.T) {
			storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "bulk", string(entaccount.StatusPENDING_APPROVAL), "participant", 50)
			storetest.GrowAuditEvents(t, db, sp.ID, 2000)
		}},
		{"activated by the service", func(t *testing.T) {
			secret, hash := mail.NewSecret()
			a := db.Client.Account.Create().SetSpaceID(sp.ID).SetEmail("new@example.org").SetEmailKey("new@example.org").
				SetLocale(locales.FR).SetEntityID(w.entities[1].ID).SaveX(ctx)
			db.Client.Token.Create().SetAccountID(a.ID).SetKind(token.KindACTIVATION).SetHash(hash).
				SetExpiresAt(time.Now().Add(time.Hour)).SaveX(ctx)
			if got, err := w.accounts.Activate(ctx, sp, secret); err != nil || got.Status != entaccount.StatusPENDING_APPROVAL {
				t.Fatalf("Activate: %v, %v", got, err)
			}
		}},
		{"approved by the service", func(t *testing.T) {
			if _, err := w.accounts.Approve(ctx, sp, w.staff.ID, approveMe, "client"); err != nil {
				t.Fatal(err)
			}
		}},
		{"rejected by the service", func(t *testing.T) {
			reason := "no"
			if _, err := w.accounts.Reject(ctx, sp, w.staff.ID, rejectMe, &reason, "client"); err != nil {
				t.Fatal(err)
			}
		}},
		{"a role granted and revoked by the service", func(t *testing.T) {
			if _, err := w.accounts.GrantRole(ctx, sp, w.staff.ID, approveMe, "editor", nil, "client"); err != nil {
				t.Fatal(err)
			}
			if _, err := w.accounts.RevokeRole(ctx, sp, w.staff.ID, approveMe, "editor", nil, "client"); err != nil {
				t.Fatal(err)
			}
		}},
		{"statuses changed in plain SQL", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET status = 'SUSPENDED' WHERE email_key LIKE 'bulk-1%'`)
			exec(t, db, `UPDATE accounts SET status = status WHERE email_key LIKE 'bulk-2%'`)
		}},
		{"an account moved to another entity, into one, out of one", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET entity_id = ? WHERE id = ?`, w.entities[1].ID, approveMe)
			exec(t, db, `UPDATE accounts SET entity_id = ? WHERE email_key = 'bulk-3@example.org'`, w.entities[0].ID)
			exec(t, db, `UPDATE accounts SET entity_id = NULL WHERE id = ?`, rejectMe)
		}},
		{"status and entity changed at once", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET entity_id = ?, status = 'ACTIVE' WHERE email_key = 'bulk-4@example.org'`, w.entities[1].ID)
		}},
		{"an account deleted", func(t *testing.T) {
			exec(t, db, `DELETE FROM accounts WHERE id = ?`, deleteMe)
		}},
		{"an entity deleted: its members leave it (ON DELETE SET NULL)", func(t *testing.T) {
			e := db.Client.Entity.Create().SetSpaceID(sp.ID).SetKind(entity.KindOTHER).SetName("gone").SaveX(ctx)
			exec(t, db, `UPDATE accounts SET entity_id = ? WHERE email_key LIKE 'bulk-5%'`, e.ID)
			sameCounts(t, db)
			exec(t, db, `DELETE FROM entities WHERE id = ?`, e.ID)
		}},
		{"audit events deleted and changed", func(t *testing.T) {
			exec(t, db, `DELETE FROM audit_events WHERE action = 'login.failed' AND id IN (SELECT id FROM audit_events WHERE action = 'login.failed' ORDER BY id LIMIT 7)`)
			exec(t, db, `UPDATE audit_events SET action = 'logout' WHERE id IN (SELECT id FROM audit_events WHERE action = 'login.succeeded' ORDER BY id LIMIT 3)`)
		}},
		{"belt requests opened, granted, deleted", func(t *testing.T) {
			for i, belt := range []string{"yellow", "orange", "green"} {
				exec(t, db, `INSERT INTO belt_requests (space_id, candidate_id, belt, status, co_optation_count, required, created_at)
					VALUES (?, ?, ?, 'OPEN', 0, 2, CURRENT_TIMESTAMP)`, sp.ID, []int{approveMe, rejectMe, w.staff.ID}[i], belt)
			}
			exec(t, db, `UPDATE belt_requests SET status = 'GRANTED' WHERE belt = 'orange'`)
			exec(t, db, `DELETE FROM belt_requests WHERE belt = 'green'`)
		}},
		{"programs created and deleted", func(t *testing.T) {
			for _, title := range []string{"P1", "P2", "P3"} {
				db.Client.Program.Create().SetSpaceID(sp.ID).SetOrganizationID(w.org).SetTitleFr(title).SetResponseLevel(1).
					SetContactEmail("p@example.org").SetCreatedBy(w.staff.ID).SaveX(ctx)
			}
			exec(t, db, `DELETE FROM programs WHERE title_fr = 'P3'`)
		}},
		{"webhook deliveries queued, delivered, deleted", func(t *testing.T) {
			for range 3 {
				db.Client.WebhookDelivery.Create().SetWebhookID(w.webhook).SetEvent("guide.published").SetPayload("{}").SaveX(ctx)
			}
			exec(t, db, `UPDATE webhook_deliveries SET status = 'DELIVERED'`)
			exec(t, db, `DELETE FROM webhook_deliveries WHERE id = (SELECT min(id) FROM webhook_deliveries)`)
		}},
		{"facilitator and belt roles granted and revoked by the service, a scoped one beside", func(t *testing.T) {
			for _, id := range []int{approveMe, w.staff.ID} {
				if _, err := w.accounts.GrantRole(ctx, sp, w.staff.ID, id, "facilitator", nil, "client"); err != nil {
					t.Fatal(err)
				}
			}
			// A belt is given, then raised, as community's setBelt does: the lower one goes.
			for _, belt := range []string{"yellow", "green"} {
				tx, err := db.Client.Tx(ctx)
				if err != nil {
					t.Fatal(err)
				}
				tx.AccountRole.Delete().Where(accountrole.AccountID(approveMe), accountrole.Domain(sp.Slug),
					accountrole.RoleIn(facilitation.Roles()...)).ExecX(ctx)
				if err := account.Grant(ctx, tx, approveMe, belt, sp.Slug); err != nil {
					t.Fatal(err)
				}
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := w.accounts.RevokeRole(ctx, sp, w.staff.ID, approveMe, "editor", nil, "client"); err != nil {
				t.Fatal(err)
			}
			exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id) VALUES ('facilitator', ?, CURRENT_TIMESTAMP, ?)`,
				sp.Slug+"/org:1", approveMe)
		}},
		{"facilitators listed in the directory, suspended, unlisted, their roles changed in plain SQL", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET directory_listed = true WHERE id IN (?, ?)`, approveMe, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET status = 'SUSPENDED' WHERE id = ?`, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET status = 'ACTIVE', directory_listed = false WHERE id = ?`, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET directory_listed = true WHERE id = ?`, w.staff.ID)
			exec(t, db, `UPDATE account_roles SET role = 'blue' WHERE role = 'green' AND account_id = ?`, approveMe)
			exec(t, db, `UPDATE account_roles SET role = 'trainer' WHERE role = 'facilitator' AND account_id = ?`, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE account_roles SET role = 'facilitator' WHERE role = 'trainer' AND account_id = ?`, w.staff.ID)
		}},
		{"listed facilitators moved from a city to another, out of any, suspended", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET directory_city_key = ' nantes' WHERE id IN (?, ?)`, approveMe, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET directory_city_key = ' lyon' WHERE id = ?`, approveMe)
			exec(t, db, `UPDATE accounts SET directory_city_key = '' WHERE id = ?`, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET directory_city_key = ' nantes', status = 'SUSPENDED' WHERE id = ?`, w.staff.ID)
			sameCounts(t, db)
			exec(t, db, `UPDATE accounts SET status = 'ACTIVE' WHERE id = ?`, w.staff.ID)
			exec(t, db, `UPDATE account_roles SET role = 'trainer' WHERE role = 'facilitator' AND account_id = ?`, approveMe)
			sameCounts(t, db)
			exec(t, db, `UPDATE account_roles SET role = 'facilitator' WHERE role = 'trainer' AND account_id = ?`, approveMe)
		}},
		{"a listed facilitator deleted with its roles", func(t *testing.T) {
			a := db.Client.Account.Create().SetSpaceID(sp.ID).SetEmail("gone@example.org").SetEmailKey("gone@example.org").
				SetLocale(locales.FR).SetStatus(entaccount.StatusACTIVE).SetDirectoryListed(true).SetDirectoryCityKey(" lyon").SaveX(ctx)
			db.Client.AccountRole.Create().SetAccountID(a.ID).SetRole("facilitator").SetDomain(sp.Slug).SaveX(ctx)
			db.Client.AccountRole.Create().SetAccountID(a.ID).SetRole("orange").SetDomain(sp.Slug).SaveX(ctx)
			sameCounts(t, db)
			exec(t, db, `DELETE FROM account_roles WHERE account_id = ?`, a.ID)
			exec(t, db, `DELETE FROM accounts WHERE id = ?`, a.ID)
		}},
		{"workshops scheduled, reported, recounted, cancelled, deleted", func(t *testing.T) {
			at := time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)
			for range 5 {
				db.Client.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(approveMe).SetStartsAt(at).
					SetFormat(facilitation.Online).SetLanguage(locales.FR).SetCapacity(20).SetKind(workshop.KindPUBLIC).SaveX(ctx)
			}
			db.Client.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(approveMe).SetStartsAt(at).
				SetFormat(facilitation.Online).SetLanguage(locales.FR).SetCapacity(20).SetKind(workshop.KindPUBLIC).
				SetStatus(workshop.StatusREPORTED).SetParticipants(4).SaveX(ctx)
			sameCounts(t, db)
			ids := db.Client.Workshop.Query().Where(workshop.StatusEQ(workshop.StatusSCHEDULED)).Order(ent.Asc(workshop.FieldID)).IDsX(ctx)
			for i, id := range ids[:3] {
				db.Client.Workshop.Update().Where(workshop.ID(id), workshop.StatusEQ(workshop.StatusSCHEDULED)).
					SetStatus(workshop.StatusREPORTED).SetParticipants(7 + i).SetReportedAt(at).ExecX(ctx)
			}
			sameCounts(t, db)
			exec(t, db, `UPDATE workshops SET participants = 12 WHERE id = ?`, ids[0])
			exec(t, db, `UPDATE workshops SET participants = NULL WHERE id = ?`, ids[1])
			exec(t, db, `UPDATE workshops SET participants = participants WHERE id = ?`, ids[2])
			sameCounts(t, db)
			db.Client.Workshop.UpdateOneID(ids[3]).SetStatus(workshop.StatusCANCELLED).ExecX(ctx)
			exec(t, db, `DELETE FROM workshops WHERE id = ?`, ids[2])
		}},
		{"workshops facilitated, reported, handed over, cancelled, left", func(t *testing.T) {
			at := time.Date(2025, 2, 1, 10, 0, 0, 0, time.UTC)
			var ws []int
			for i := range 3 {
				c := db.Client.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(approveMe).SetStartsAt(at).
					SetFormat(facilitation.Online).SetLanguage(locales.FR).SetCapacity(20).SetKind(workshop.KindPUBLIC)
				if i == 0 {
					c.SetStatus(workshop.StatusREPORTED).SetParticipants(5)
				}
				ws = append(ws, c.SaveX(ctx).ID)
			}
			for _, id := range ws {
				db.Client.WorkshopFacilitator.Create().SetWorkshopID(id).SetAccountID(approveMe).SetOrganizer(true).ExecX(ctx)
				db.Client.WorkshopFacilitator.Create().SetWorkshopID(id).SetAccountID(rejectMe).ExecX(ctx)
			}
			sameCounts(t, db)
			// Reported with its facilitators; reported in plain SQL; a status written again.
			db.Client.Workshop.UpdateOneID(ws[1]).SetStatus(workshop.StatusREPORTED).SetParticipants(3).ExecX(ctx)
			exec(t, db, `UPDATE workshops SET status = 'REPORTED' WHERE id = ?`, ws[2])
			exec(t, db, `UPDATE workshops SET status = status, participants = 8 WHERE id = ?`, ws[2])
			sameCounts(t, db)
			// A co-facilitation handed to someone else, moved to another workshop, then left.
			exec(t, db, `UPDATE workshop_facilitators SET account_id = ? WHERE workshop_id = ? AND account_id = ?`, w.staff.ID, ws[0], rejectMe)
			exec(t, db, `UPDATE workshop_facilitators SET workshop_id = ? WHERE workshop_id = ? AND account_id = ?`, ws[0], ws[2], rejectMe)
			sameCounts(t, db)
			exec(t, db, `DELETE FROM workshop_facilitators WHERE workshop_id = ? AND account_id = ?`, ws[0], w.staff.ID)
			// No longer reported: its facilitators count it out; then they leave it.
			db.Client.Workshop.UpdateOneID(ws[2]).SetStatus(workshop.StatusCANCELLED).ExecX(ctx)
			sameCounts(t, db)
			exec(t, db, `DELETE FROM workshop_facilitators WHERE workshop_id = ?`, ws[2])
		}},
		{"local groups made, joined, left, deleted", func(t *testing.T) {
			var groups []int
			for i := range 3 {
				groups = append(groups, db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr(fmt.Sprint("G", i)).SaveX(ctx).ID)
			}
			for _, g := range groups {
				for _, a := range []int{approveMe, rejectMe, w.staff.ID} {
					db.Client.LocalGroupMember.Create().SetGroupID(g).SetAccountID(a).ExecX(ctx)
				}
			}
			sameCounts(t, db)
			exec(t, db, `DELETE FROM local_group_members WHERE group_id = ? AND account_id = ?`, groups[0], approveMe)
			exec(t, db, `UPDATE local_group_members SET coordinator = true WHERE group_id = ?`, groups[1])
			sameCounts(t, db)
			exec(t, db, `DELETE FROM local_group_members WHERE group_id = ?`, groups[2])
			exec(t, db, `DELETE FROM local_groups WHERE id = ?`, groups[2])
		}},
		{"guides, FAQs, resources and news published, unpublished, moved, hidden, deleted", func(t *testing.T) {
			var cats [2]int
			for i := range cats {
				cats[i] = db.Client.Category.Create().SetSpaceID(sp.ID).SetKey(fmt.Sprint("cat-", i)).SaveX(ctx).ID
			}
			storetest.GrowGuides(t, db, sp.ID, "g", 6, 10)
			storetest.GrowNews(t, db, sp.ID, "n", 3, 10)
			sameCounts(t, db)
			exec(t, db, `UPDATE guides SET category_id = ? WHERE key IN ('g-1', 'g-2', 'g-5')`, cats[0])
			exec(t, db, `UPDATE guides SET audience = 'FACILITATOR' WHERE key = 'g-2'`)
			exec(t, db, `UPDATE guides SET deleted_at = CURRENT_TIMESTAMP WHERE key = 'g-3'`)
			exec(t, db, `UPDATE guides SET audience = audience, category_id = category_id WHERE key = 'g-6'`)
			sameCounts(t, db)
			// A second translation, written unpublished then published; the first then unpublished.
			exec(t, db, `INSERT INTO guide_translations (locale, created_at, updated_at, slug, guide_id, title, published, revision)
				SELECT 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, key || '-en', id, key, false, 0 FROM guides WHERE key IN ('g-1', 'g-4')`)
			sameCounts(t, db)
			exec(t, db, `UPDATE guide_translations SET published = true WHERE locale = 'en'`)
			exec(t, db, `UPDATE guide_translations SET published = false WHERE locale = 'fr' AND guide_id IN (SELECT id FROM guides WHERE key IN ('g-1', 'g-5'))`)
			sameCounts(t, db)
			exec(t, db, `INSERT INTO guide_translations (locale, created_at, updated_at, slug, guide_id, title, published, revision)
				SELECT 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, key || '-en', id, key, true, 1 FROM guides WHERE key = 'g-6'`)
			exec(t, db, `DELETE FROM guide_translations WHERE guide_id = (SELECT id FROM guides WHERE key = 'g-4')`)
			exec(t, db, `DELETE FROM guides WHERE key = 'g-4'`)
			exec(t, db, `UPDATE guides SET deleted_at = NULL, category_id = ? WHERE key = 'g-3'`, cats[1])
			sameCounts(t, db)
			exec(t, db, `INSERT INTO faqs (key, audience, position, created_at, updated_at, space_id, category_id)
				VALUES ('f-1', 'PUBLIC', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?), ('f-2', 'STAFF', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, NULL)`,
				sp.ID, cats[1], sp.ID)
			exec(t, db, `INSERT INTO faq_translations (locale, created_at, updated_at, faq_id, question, published)
				SELECT 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, id, key, true FROM faqs`)
			exec(t, db, `INSERT INTO resources (key, audience, position, created_at, updated_at, space_id, category_id)
				VALUES ('r-1', 'PUBLIC', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?)`, sp.ID, cats[0])
			exec(t, db, `INSERT INTO resource_translations (locale, created_at, updated_at, resource_id, title, published)
				SELECT 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, id, key, true FROM resources`)
			exec(t, db, `UPDATE news_translations SET published = false WHERE news_id = (SELECT id FROM news WHERE key = 'n-2')`)
			exec(t, db, `UPDATE news SET audience = 'SIGNED_IN', category_id = ? WHERE key = 'n-3'`, cats[1])
			sameCounts(t, db)
			// A category deleted: its items leave it (ON DELETE SET NULL).
			exec(t, db, `DELETE FROM categories WHERE id = ?`, cats[0])
		}},
		{"a transaction rolled back", func(t *testing.T) {
			before := kept(t, db)
			tx, err := db.Client.Tx(ctx)
			if err != nil {
				t.Fatal(err)
			}
			tx.Account.Create().SetSpaceID(sp.ID).SetEmail("ghost@example.org").SetEmailKey("ghost@example.org").
				SetLocale(locales.FR).SetStatus(entaccount.StatusPENDING_APPROVAL).SetEntityID(w.entities[0].ID).SaveX(ctx)
			tx.Account.Update().Where(entaccount.EmailKeyHasPrefix("bulk-6")).SetStatus(entaccount.StatusREJECTED).SaveX(ctx)
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: "ghost.event"}); err != nil {
				t.Fatal(err)
			}
			tx.AuditEvent.Delete().Where(auditevent.Action("login.failed")).ExecX(ctx)
			tx.AccountRole.Create().SetAccountID(rejectMe).SetRole("facilitator").SetDomain(sp.Slug).SaveX(ctx)
			tx.Account.Update().Where(entaccount.ID(approveMe)).SetDirectoryListed(false).ExecX(ctx)
			tx.Workshop.Update().Where(workshop.StatusEQ(workshop.StatusREPORTED)).SetParticipants(99).ExecX(ctx)
			tx.Workshop.Delete().Where(workshop.StatusEQ(workshop.StatusCANCELLED)).ExecX(ctx)
			if err := tx.Rollback(); err != nil {
				t.Fatal(err)
			}
			if after := kept(t, db); !maps.Equal(before, after) {
				t.Errorf("a rolled-back transaction changed the counts:\nbefore %v\nafter  %v", before, after)
			}
		}},
		{"a service operation that fails writes nothing", func(t *testing.T) {
			before := kept(t, db)
			_, err := w.accounts.Approve(ctx, sp, w.staff.ID, approveMe, "client") // ACTIVE already: CONFLICT
			if err == nil {
				t.Fatal("approving an active account succeeded")
			}
			if after := kept(t, db); !maps.Equal(before, after) {
				t.Errorf("a failed approval changed the counts:\nbefore %v\nafter  %v", before, after)
			}
		}},
	}
	sameCounts(t, db)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.write(t)
			sameCounts(t, db)
		})
	}

	// What the lists read is their COUNT(*).
	pending, err := db.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	members, err := db.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EntityID(w.entities[1].ID)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	managed, err := db.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL),
		entaccount.EntityIDIn(w.entities[0].ID, w.entities[1].ID)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	events, err := db.Client.AuditEvent.Query().Where(auditevent.SpaceID(sp.ID)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	failed, err := db.Client.AuditEvent.Query().Where(auditevent.SpaceID(sp.ID), auditevent.Action("login.failed")).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	facilitators, err := db.Client.AccountRole.Query().Where(accountrole.Domain(sp.Slug), accountrole.Role("facilitator")).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	blue, err := db.Client.AccountRole.Query().Where(accountrole.Domain(sp.Slug), accountrole.Role("blue")).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reported, err := db.Client.Workshop.Query().Where(workshop.SpaceID(sp.ID), workshop.StatusEQ(workshop.StatusREPORTED)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reached := 0
	for _, r := range reported {
		if r.Participants != nil {
			reached += *r.Participants
		}
	}
	listed, err := db.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.DirectoryListed(true),
		entaccount.StatusEQ(entaccount.StatusACTIVE), entaccount.HasRolesWith(accountrole.Role("facilitator"), accountrole.Domain(sp.Slug))).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if facilitators != 2 || blue != 1 || len(reported) != 5 || reached != 24 || listed != 2 {
		t.Fatalf("the steps left %d facilitators, %d blue belts, %d reported workshops for %d participants, %d listed",
			facilitators, blue, len(reported), reached, listed)
	}
	e0, e1 := w.entities[0].ID, w.entities[1].ID
	for _, c := range []struct {
		name   string
		what   string
		scopes []int
		values []string
		want   int
	}{
		{"pending accounts", rowcount.Accounts, []int{rowcount.Space}, []string{"PENDING_APPROVAL"}, pending},
		{"members of an entity", rowcount.Accounts, []int{e1}, []string{rowcount.Every}, members},
		{"pending accounts of two entities", rowcount.Accounts, []int{e0, e1, e1}, []string{"PENDING_APPROVAL"}, managed},
		{"the audit log", rowcount.AuditEvents, []int{rowcount.Space}, []string{rowcount.Every}, events},
		{"failed logins", rowcount.AuditEvents, []int{rowcount.Space}, []string{"login.failed"}, failed},
		{"an action never recorded", rowcount.AuditEvents, []int{rowcount.Space}, []string{"never.seen"}, 0},
		{"facilitators", rowcount.AccountRoles, []int{rowcount.Space}, []string{"facilitator"}, facilitators},
		{"blue belts", rowcount.AccountRoles, []int{rowcount.Space}, []string{"blue"}, blue},
		{"reported workshops", rowcount.Workshops, []int{rowcount.Space}, []string{"REPORTED"}, len(reported)},
		{"participants reached", rowcount.WorkshopParticipants, []int{rowcount.Space}, []string{"REPORTED"}, reached},
		{"the directory", rowcount.Directory, []int{rowcount.Space}, []string{rowcount.Every}, listed},
		{"the workshops a facilitator ran", rowcount.WorkshopsRun, []int{approveMe}, []string{rowcount.Every}, 2},
		{"the workshops two facilitators ran", rowcount.WorkshopsRun, []int{approveMe, rejectMe}, []string{rowcount.Every}, 4},
		{"no scope", rowcount.Accounts, nil, []string{rowcount.Every}, 0},
		{"another space", rowcount.Accounts, []int{rowcount.Space}, []string{rowcount.Every}, 0},
	} {
		spaceID := sp.ID
		if c.name == "another space" {
			spaceID = sp.ID + 1
		}
		got, err := rowcount.Sum(ctx, db.Client, spaceID, c.what, c.scopes, c.values...)
		if err != nil || got != c.want {
			t.Errorf("%s: Sum = %d, %v; COUNT(*) = %d", c.name, got, err, c.want)
		}
	}
}

// appliedBefore applies the migrations that come before the row counts, as a database made by
// an earlier release has them.
func appliedBefore(t *testing.T, db *store.DB, name string) {
	t.Helper()
	ms, err := store.Migrations(db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	exec(t, db, `CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(64) NOT NULL PRIMARY KEY,
		name VARCHAR(255) NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`)
	for _, m := range ms {
		if m.Name == name {
			return
		}
		for _, stmt := range m.Stmts {
			if _, err := db.SQL.ExecContext(context.Background(), stmt); err != nil {
				t.Fatalf("%s: %v", m.Name, err)
			}
		}
		exec(t, db, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.Version, m.Name)
	}
	t.Fatalf("no migration %s", name)
}

// rowsOfAnEarlierRelease fills a database migrated by an earlier release.
func rowsOfAnEarlierRelease(t *testing.T, db *store.DB) {
	t.Helper()
	exec(t, db, `INSERT INTO spaces (id, created_at, updated_at, slug, name_fr, name_en, default_locale, approval, password_policy, support_email)
		VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'counted', 'C', 'C', 'fr', 'staff', '{}', '')`)
	exec(t, db, `INSERT INTO entities (id, created_at, updated_at, space_id, kind, name) VALUES (5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'COMPANY', 'E')`)
	storetest.GrowAccounts(t, db, 1, "counted", "old", string(entaccount.StatusPENDING_APPROVAL), "participant", 30)
	storetest.GrowAccounts(t, db, 1, "counted", "on", string(entaccount.StatusACTIVE), "participant", 20)
	exec(t, db, `UPDATE accounts SET entity_id = 5 WHERE email_key LIKE 'old-1%' OR email_key LIKE 'on-2%'`)
	storetest.GrowAuditEvents(t, db, 1, 1500)
	exec(t, db, `INSERT INTO belt_requests (space_id, candidate_id, belt, status, co_optation_count, required, created_at)
		SELECT 1, id, 'yellow', 'OPEN', 0, 2, CURRENT_TIMESTAMP FROM accounts WHERE email_key LIKE 'on-1%'`)
	exec(t, db, `INSERT INTO organizations (id, space_id, name, created_by, created_at) SELECT 7, 1, 'O', min(id), CURRENT_TIMESTAMP FROM accounts`)
	exec(t, db, `INSERT INTO programs (space_id, organization_id, title_fr, title_en, response_level, contact_email, contact_name, status, rejection_reason, created_by, created_at)
		SELECT 1, 7, 'P', '', 1, 'p@example.org', '', 'PENDING', '', id, CURRENT_TIMESTAMP FROM accounts WHERE email_key LIKE 'on-1%'`)
	exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id)
		SELECT 'facilitator', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key LIKE 'on-%'
		UNION ALL SELECT 'yellow', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key LIKE 'on-1%'
		UNION ALL SELECT 'facilitator', 'counted/program:7', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key LIKE 'old-%'`)
	exec(t, db, `UPDATE accounts SET directory_listed = true WHERE email_key LIKE 'on-1%' OR email_key LIKE 'old-%'`)
	storetest.GrowGuides(t, db, 1, "old", 5, 10)
	exec(t, db, `UPDATE guides SET audience = 'STAFF' WHERE key = 'old-2'`)
	exec(t, db, `INSERT INTO workshops (space_id, organizer_id, title, starts_at, format, language, capacity, kind, status, seeking_facilitators, participants, created_at)
		SELECT 1, id, '', CURRENT_TIMESTAMP, 'ONLINE', 'fr', 20, 'PUBLIC', CASE WHEN email_key LIKE 'on-1%' THEN 'REPORTED' ELSE 'SCHEDULED' END, false,
			CASE WHEN email_key LIKE 'on-1%' THEN 6 END, CURRENT_TIMESTAMP FROM accounts WHERE email_key LIKE 'on-%'`)
	exec(t, db, `INSERT INTO workshop_facilitators (organizer, workshop_id, account_id) SELECT true, id, organizer_id FROM workshops`)
}

// Migrating a database that has rows counts them: the counts start right, and the triggers
// keep them from then on.
func TestRowCountsMigrationCountsTheRowsThere(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(storetest.EmptyURL(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	appliedBefore(t, db, "row_counts")
	rowsOfAnEarlierRelease(t, db)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if len(kept(t, db)) < 10 {
		t.Fatalf("the migration counted %v", kept(t, db))
	}
	sameCounts(t, db)
	storetest.GrowAccounts(t, db, 1, "counted", "later", string(entaccount.StatusPENDING_APPROVAL), "participant", 5)
	exec(t, db, `UPDATE accounts SET directory_listed = false WHERE email_key LIKE 'on-1%'`)
	exec(t, db, `UPDATE workshops SET participants = 9 WHERE status = 'REPORTED'`)
	sameCounts(t, db)
}

// A SQLite database made before versioned migrations (ent's automatic migration, which makes
// no trigger) gets the counts and their triggers when it is adopted.
func TestRowCountsOfAnUnversionedDatabase(t *testing.T) {
	if storetest.Postgres() {
		return // only SQLite databases were ever unversioned
	}
	ctx := context.Background()
	db := earlierDatabase(t, true, "")
	rowsOfAnEarlierRelease(t, db)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if len(kept(t, db)) < 10 {
		t.Fatalf("the adoption counted %v", kept(t, db))
	}
	sameCounts(t, db)
	exec(t, db, `UPDATE accounts SET status = 'ACTIVE' WHERE email_key LIKE 'old-2%'`)
	exec(t, db, `UPDATE accounts SET directory_listed = true WHERE email_key LIKE 'on-2%'`)
	exec(t, db, `UPDATE workshops SET status = 'REPORTED', participants = 3 WHERE status = 'SCHEDULED'`)
	sameCounts(t, db)
}

// A count reads keys of row_counts' primary key, whatever the size of the list: one statement,
// which neither scans a table nor touches the counted rows.
func TestSumReadsKeysNotRows(t *testing.T) {
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := context.Background()
	created, err := db.Client.AuditEvent.Query().Count(ctx) // the staff member's creation
	if err != nil {
		t.Fatal(err)
	}
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "queue", string(entaccount.StatusPENDING_APPROVAL), "participant", 3000)
	storetest.GrowAuditEvents(t, db, sp.ID, 3000)
	exec(t, db, `UPDATE accounts SET entity_id = ? WHERE email_key LIKE 'queue-1%'`, w.entities[0].ID)
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	client, rec := storetest.Recording(db)
	e0, e1 := w.entities[0].ID, w.entities[1].ID
	for _, c := range []struct {
		name   string
		what   string
		scopes []int
		values []string
		want   int
	}{
		{"pending accounts", rowcount.Accounts, []int{rowcount.Space}, []string{"PENDING_APPROVAL"}, 3000},
		{"pending accounts of two entities", rowcount.Accounts, []int{e0, e1}, []string{"PENDING_APPROVAL"}, 1111},
		{"members", rowcount.Accounts, []int{e0}, []string{rowcount.Every}, 1111},
		{"the audit log", rowcount.AuditEvents, []int{rowcount.Space}, []string{rowcount.Every}, 3000 + created},
		{"one action", rowcount.AuditEvents, []int{rowcount.Space}, []string{"login.failed"}, 297},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := rowcount.Sum(ctx, client, sp.ID, c.what, c.scopes, c.values...)
			if err != nil || got != c.want {
				t.Fatalf("Sum = %d, %v; want %d", got, err, c.want)
			}
			sent := rec.Take()
			if len(sent) != 1 {
				t.Fatalf("%d statements", len(sent))
			}
			if p := storetest.Plan(t, db, sent[0]); !strings.Contains(p, "row_counts") || badPlan.MatchString(p) {
				t.Errorf("%s\nis planned as\n%s", sent[0].Query, p)
			}
		})
	}
}

// badPlan is a scan of a table, or a read of a counted table (SQLite's SEARCH, PostgreSQL's
// "… on table"; PostgreSQL shows the arguments too, 'accounts' among them).
var badPlan = regexp.MustCompile(`\bSCAN\b|Seq Scan|SEARCH (accounts|audit_events)\b| on (accounts|audit_events)\b`)

// earlierDatabase is an empty database as a release before the migration named name left it:
// made by ent's automatic migration (unversioned: a SQLite database of before the versioned
// migrations), or by the versioned migrations before name.
func earlierDatabase(t *testing.T, unversioned bool, name string) *store.DB {
	t.Helper()
	db, err := store.Open(storetest.EmptyURL(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if unversioned {
		if err := db.Client.Schema.Create(context.Background()); err != nil {
			t.Fatal(err)
		}
		return db
	}
	appliedBefore(t, db, name)
	return db
}

// adopted runs test on a database migrated from before the migration named name: by the
// versioned migrations, and on SQLite by the adoption of an unversioned database.
func adopted(t *testing.T, name string, test func(t *testing.T, db *store.DB)) {
	for _, unversioned := range []bool{false, true} {
		t.Run(map[bool]string{false: "versioned", true: "unversioned"}[unversioned], func(t *testing.T) {
			if unversioned && storetest.Postgres() {
				return // only SQLite databases were ever unversioned
			}
			test(t, earlierDatabase(t, unversioned, name))
		})
	}
}
