package web_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/guide"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/graph"
	"guichet/policy"
	"guichet/role"
)

// operations holds one request for every Query and Mutation field; a field without one
// fails the matrix, so no operation escapes it.
var operations = map[string]string{
	"space":                       `{ space { slug } }`,
	"categories":                  `{ categories { slug } }`,
	"guide":                       `{ guide(slug: "saisir-le-numero-siret") { slug } }`,
	"guides":                      `{ guides { totalCount } }`,
	"faqs":                        `{ faqs { totalCount } }`,
	"resources":                   `{ resources { totalCount } }`,
	"search":                      `{ search(query: "siret") { totalCount } }`,
	"node":                        `{ node(id: "1") { id } }`,
	"nodes":                       `{ nodes(ids: ["1"]) { id } }`,
	"passwordPolicy":              `{ passwordPolicy { minLength } }`,
	"me":                          `{ me { id } }`,
	"can":                         `{ can(permission: "audit:read") }`,
	"permissions":                 `{ permissions }`,
	"pendingAccounts":             `{ pendingAccounts { totalCount } }`,
	"auditLog":                    `{ auditLog { totalCount } }`,
	"register":                    `mutation { register(input: {email: "m@example.org", password: "x", firstName: "M", lastName: "X"}) { ok } }`,
	"activateAccount":             `mutation { activateAccount(token: "nope") { account { id } } }`,
	"resendActivation":            `mutation { resendActivation(email: "m@example.org") }`,
	"login":                       `mutation { login(email: "m@example.org", password: "x") { token } }`,
	"requestPasswordReset":        `mutation { requestPasswordReset(email: "m@example.org") }`,
	"resetPassword":               `mutation { resetPassword(token: "nope", newPassword: "x") { account { id } } }`,
	"changePassword":              `mutation { changePassword(currentPassword: "not-it", newPassword: "x") }`,
	"approveAccount":              `mutation { approveAccount(id: "999999") { account { id } } }`,
	"rejectAccount":               `mutation { rejectAccount(id: "999999") { account { id } } }`,
	"setEntityManager":            `mutation { setEntityManager(entityId: "999999", accountId: "999999") { entity { id } } }`,
	"contactSupport":              `mutation { contactSupport(input: {email: "m@example.org", name: "M", subject: "S", message: "M"}) { id } }`,
	"updateProfile":               `mutation { updateProfile(input: {}) { account { id } } }`,
	"requestEmailChange":          `mutation { requestEmailChange(newEmail: "not-an-address", password: "not-it") { ok } }`,
	"confirmEmailChange":          `mutation { confirmEmailChange(token: "nope") { account { id } } }`,
	"grantRole":                   `mutation { grantRole(accountId: "999999", role: "staff") { account { id } } }`,
	"revokeRole":                  `mutation { revokeRole(accountId: "999999", role: "staff") { account { id } } }`,
	"guideDraft":                  `{ guideDraft(id: "999999", locale: FR) { title } }`,
	"guideRevisions":              `{ guideRevisions(id: "999999", locale: FR) { number } }`,
	"compareGuideRevisions":       `{ compareGuideRevisions(id: "999999", locale: FR, from: 1, to: 2) }`,
	"untranslatedGuides":          `{ untranslatedGuides(locale: EN) { id } }`,
	"guidePreview":                `{ guidePreview(token: "nope") { title } }`,
	"createGuide":                 `mutation { createGuide(input: {translations: []}) { guide { id } } }`,
	"saveGuideDraft":              `mutation { saveGuideDraft(id: "999999", locale: FR, input: {title: "T"}) { guide { id } } }`,
	"publishGuide":                `mutation { publishGuide(id: "999999") { guide { id } } }`,
	"unpublishGuide":              `mutation { unpublishGuide(id: "999999") { guide { id } } }`,
	"restoreGuideRevision":        `mutation { restoreGuideRevision(id: "999999", locale: FR, number: 1) { guide { id } } }`,
	"scheduleGuidePublish":        `mutation { scheduleGuidePublish(id: "999999", locale: FR, at: null) { guide { id } } }`,
	"createGuidePreview":          `mutation { createGuidePreview(id: "999999", locale: FR) { token } }`,
	"revokeGuidePreview":          `mutation { revokeGuidePreview(id: "999999") }`,
	"deleteGuide":                 `mutation { deleteGuide(id: "999999") { guide { id } } }`,
	"restoreGuide":                `mutation { restoreGuide(id: "999999") { guide { id } } }`,
	"reorderGuides":               `mutation { reorderGuides(ids: ["999999"]) }`,
	"updatePageSettings":          `mutation { updatePageSettings(id: "999999", input: {}) { page { id } } }`,
	"webhooks":                    `{ webhooks { id } }`,
	"webhookEvents":               `{ webhookEvents }`,
	"createWebhook":               `mutation { createWebhook(url: "ftp://nope", events: []) { secret } }`,
	"deleteWebhook":               `mutation { deleteWebhook(id: "999999") }`,
	"attachGuideFile":             `mutation($f: Upload!) { attachGuideFile(id: "999999", locale: FR, file: $f) { id } }`, // sent as multipart
	"detachGuideFile":             `mutation { detachGuideFile(id: "999999", locale: FR, fileId: "1") { guide { id } } }`,
	"faqDraft":                    `{ faqDraft(id: "999999", locale: FR) { question } }`,
	"faqRevisions":                `{ faqRevisions(id: "999999", locale: FR) { number } }`,
	"createFaq":                   `mutation { createFaq(input: {translations: []}) { faq { id } } }`,
	"saveFaqDraft":                `mutation { saveFaqDraft(id: "999999", locale: FR, input: {question: "Q"}) { faq { id } } }`,
	"publishFaq":                  `mutation { publishFaq(id: "999999") { faq { id } } }`,
	"unpublishFaq":                `mutation { unpublishFaq(id: "999999") { faq { id } } }`,
	"restoreFaqRevision":          `mutation { restoreFaqRevision(id: "999999", locale: FR, number: 1) { faq { id } } }`,
	"deleteFaq":                   `mutation { deleteFaq(id: "999999") { faq { id } } }`,
	"restoreFaq":                  `mutation { restoreFaq(id: "999999") { faq { id } } }`,
	"needsTranslation":            `{ needsTranslation(locale: EN) { kind id } }`,
	"pages":                       `{ pages(filter: {kind: GUIDE}) { id } }`,
	"renderMarkdown":              `{ renderMarkdown(markdown: "*x*") }`,
	"spaces":                      `{ spaces { slug } }`,
	"accountSearch":               `{ accountSearch(search: "example") { id } }`,
	"grantableRoles":              `{ grantableRoles }`,
	"compareFaqRevisions":         `{ compareFaqRevisions(id: "999999", locale: FR, from: 1, to: 2) }`,
	"compareResourceRevisions":    `{ compareResourceRevisions(id: "999999", locale: FR, from: 1, to: 2) }`,
	"reorderFaqs":                 `mutation { reorderFaqs(ids: ["999999"]) }`,
	"resourceDraft":               `{ resourceDraft(id: "999999", locale: FR) { title } }`,
	"resourceRevisions":           `{ resourceRevisions(id: "999999", locale: FR) { number } }`,
	"createResource":              `mutation { createResource(input: {translations: []}) { resource { id } } }`,
	"saveResourceDraft":           `mutation { saveResourceDraft(id: "999999", locale: FR, input: {title: "T"}) { resource { id } } }`,
	"uploadResourceFile":          `mutation($f: Upload!) { uploadResourceFile(id: "999999", locale: FR, file: $f) { resource { id } } }`, // sent as multipart
	"publishResource":             `mutation { publishResource(id: "999999") { resource { id } } }`,
	"unpublishResource":           `mutation { unpublishResource(id: "999999") { resource { id } } }`,
	"restoreResourceRevision":     `mutation { restoreResourceRevision(id: "999999", locale: FR, number: 1) { resource { id } } }`,
	"deleteResource":              `mutation { deleteResource(id: "999999") { resource { id } } }`,
	"restoreResource":             `mutation { restoreResource(id: "999999") { resource { id } } }`,
	"reorderResources":            `mutation { reorderResources(ids: ["999999"]) }`,
	"createCategory":              `mutation { createCategory(input: {translations: []}) { category { id } } }`,
	"updateCategory":              `mutation { updateCategory(id: "999999", locale: FR, input: {title: "T"}) { category { id } } }`,
	"deleteCategory":              `mutation { deleteCategory(id: "999999") { category { id } } }`,
	"restoreCategory":             `mutation { restoreCategory(id: "999999") { category { id } } }`,
	"reorderCategories":           `mutation { reorderCategories(ids: ["999999"]) }`,
	"trainings":                   `{ trainings(first: 1) { totalCount } }`,
	"training":                    `{ training(id: "999999") { id } }`,
	"myTrainings":                 `{ myTrainings(first: 1) { totalCount } }`,
	"localGroups":                 `{ localGroups(first: 1) { totalCount } }`,
	"localGroup":                  `{ localGroup(id: "999999") { id } }`,
	"createLocalGroup":            `mutation { createLocalGroup(input: {}) { group { id } } }`,
	"updateLocalGroup":            `mutation { updateLocalGroup(id: "999999", input: {}) { group { id } } }`,
	"setLocalGroupCoordinator":    `mutation { setLocalGroupCoordinator(groupId: "999999", accountId: "999999", coordinator: true) { group { id } } }`,
	"joinLocalGroup":              `mutation { joinLocalGroup(id: "999999") { group { id } } }`,
	"leaveLocalGroup":             `mutation { leaveLocalGroup(id: "999999") { group { id } } }`,
	"beltValidationRequests":      `{ beltValidationRequests(first: 1) { totalCount } }`,
	"opportunities":               `{ opportunities(first: 1) { totalCount } }`,
	"communityIndicators":         `{ communityIndicators { facilitators } }`,
	"createTraining":              `mutation { createTraining(input: {title: "", startsAt: "2020-01-01T00:00:00Z", endsAt: "2020-01-01T00:00:00Z", format: ONLINE, language: FR, capacity: 0}) { training { id } } }`,
	"registerForTraining":         `mutation { registerForTraining(trainingId: "999999", input: {email: "x@example.org", firstName: "X", lastName: "Y", password: "x"}) { ok } }`,
	"confirmTrainingRegistration": `mutation { confirmTrainingRegistration(token: "nope") { ok } }`,
	"validateAttendance":          `mutation { validateAttendance(trainingId: "999999", accountIds: []) { registrations { attended } } }`,
	"createWorkshop":              `mutation { createWorkshop(input: {startsAt: "2020-01-01T00:00:00Z", format: ONLINE, language: FR, capacity: 0, kind: PUBLIC}) { workshop { id } } }`,
	"reportWorkshop":              `mutation { reportWorkshop(id: "999999", participants: 1) { workshop { id } } }`,
	"cancelWorkshop":              `mutation { cancelWorkshop(id: "999999") { workshop { id } } }`,
	"applyToWorkshop":             `mutation { applyToWorkshop(id: "999999") { application { id } } }`,
	"decideWorkshopApplication":   `mutation { decideWorkshopApplication(id: "999999", accept: true) { application { id } } }`,
	"withdrawWorkshopApplication": `mutation { withdrawWorkshopApplication(id: "999999") { application { id } } }`,
	"updateWorkshop":              `mutation { updateWorkshop(id: "999999", input: {}) { workshop { id } } }`,
	"requestBeltValidation":       `mutation { requestBeltValidation { request { id } } }`,
	"coOpt":                       `mutation { coOpt(requestId: "999999") { request { id } } }`,
	"facilitatorDirectory":        `{ facilitatorDirectory(first: 1) { totalCount } }`,
	"setDirectoryListing":         `mutation { setDirectoryListing(listed: false) }`,
	"activateLegacyAccount":       `mutation { activateLegacyAccount(id: "999999") { account { id } } }`,
	"supportRequests":             `{ supportRequests { id } }`,
	"accountHistory":              `{ accountHistory(id: "999999") { id } }`,
	"updateDirectoryProfile":      `mutation { updateDirectoryProfile(input: {}) { listed } }`,
	"programs":                    `{ programs(first: 1) { totalCount } }`,
	"organization":                `{ organization(id: "999999") { id } }`,
	"onboardingSessions":          `{ onboardingSessions(first: 1) { totalCount } }`,
	"createOrganization":          `mutation { createOrganization(input: {name: ""}) { organization { id } } }`,
	"createProgram":               `mutation { createProgram(input: {organizationId: "999999", responseLevel: 1, contactEmail: "c@example.org"}) { program { id } } }`,
	"addProgramAdmin":             `mutation { addProgramAdmin(programId: "999999", email: "c@example.org") { program { id } } }`,
	"approveProgram":              `mutation { approveProgram(id: "999999") { program { id } } }`,
	"rejectProgram":               `mutation { rejectProgram(id: "999999") { program { id } } }`,
	"createOnboardingSession":     `mutation { createOnboardingSession(input: {startsAt: "2020-01-01T00:00:00Z", language: FR, capacity: 0}) { session { id } } }`,
	"registerForOnboarding":       `mutation { registerForOnboarding(sessionId: "999999", programId: "999999") { ok } }`,
	"requestPlatformAccess":       `mutation { requestPlatformAccess(input: {programId: "999999", adminFirstName: "A", adminLastName: "B", adminPhone: "1", adminEmail: "a@example.org", acceptTerms: false}) { request { id } } }`,
	"cancelPlatformAccessRequest": `mutation { cancelPlatformAccessRequest(id: "999999") { request { id } } }`,
	"acceptInvitation":            `mutation { acceptInvitation(token: "nope", password: "x") { account { id } } }`,
	"organizations":               `{ organizations(first: 1) { totalCount } }`,
	"approveOrganization":         `mutation { approveOrganization(id: "999999") { organization { id } } }`,
	"rejectOrganization":          `mutation { rejectOrganization(id: "999999", reason: "x") { organization { id } } }`,
	"registerDepositor":           `mutation { registerDepositor(input: {email: "m@example.org", password: "x", firstName: "M", lastName: "X"}) { ok } }`,
	"siretCheck":                  `{ siretCheck(siret: "732 829 320 00074") { valid } }`,
	"ratePage":                    `mutation { ratePage(id: "999999", helpful: true) { ok } }`,
	"pageFeedback":                `{ pageFeedback { helpful } }`,
	"searchGaps":                  `{ searchGaps { count } }`,
	"entity":                      `{ entity(id: "999999") { id } }`,
	"logout":                      `mutation { logout }`, // last: it ends the session
}

// member is a signed-in account holding one role, in the space or in a scope.
type member struct {
	name, role, scope string
	token             string
}

func members(t *testing.T, env *apitest.Env, spaceSlug string) []*member {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(spaceSlug)).OnlyX(ctx)
	var out []*member
	for _, r := range graph.MatrixRoles {
		switch r {
		case "anonymous":
			out = append(out, &member{name: r})
		case "entity-manager", "depositor":
			out = append(out, &member{name: r + " A", role: r, scope: "entity:1"}, &member{name: r + " B", role: r, scope: "entity:2"})
		case "org-admin":
			out = append(out, &member{name: r + " A", role: r, scope: "organization:1"}, &member{name: r + " B", role: r, scope: "organization:2"})
		case "program-admin":
			out = append(out, &member{name: r + " A", role: r, scope: "program:1"}, &member{name: r + " B", role: r, scope: "program:2"})
		default:
			out = append(out, &member{name: r, role: r})
		}
	}
	for i, m := range out {
		if m.role == "" {
			continue
		}
		email := fmt.Sprintf("member%d@example.org", i)
		a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword, FirstName: "M", LastName: fmt.Sprint(i)})
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(role.Belts, m.role) {
			// Belts are not granted as roles (they come from workshops and co-optation);
			// they are held as a role of the space for the policy.
			if err := grantDirect(ctx, env, a.ID, m.role, sp.Slug); err != nil {
				t.Fatal(err)
			}
		} else {
			scope := m.scope
			if _, err := env.Accounts.GrantRole(ctx, sp, 0, a.ID, m.role, &scope, "test"); err != nil {
				t.Fatal(err)
			}
		}
		s, err := env.Accounts.Login(ctx, sp, email, goodPassword, fmt.Sprintf("10.0.0.%d", i))
		if err != nil {
			t.Fatal(err)
		}
		m.token = s.Token
	}
	return out
}

func grantDirect(ctx context.Context, env *apitest.Env, accountID int, name, domain string) error {
	tx, err := env.DB.Client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := account.Grant(ctx, tx, accountID, name, domain); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (m *member) header() http.Header {
	if m.token == "" {
		return nil
	}
	return bearer(m.token)
}

// denied reports whether the answer refuses the operation for lack of a session or a
// permission. login's own UNAUTHENTICATED (a wrong password) is its business, not a refusal.
func denied(op string, r *apitest.Response) bool {
	for _, e := range r.Errors {
		switch e.Code() {
		case "FORBIDDEN":
			return true
		case "UNAUTHENTICATED":
			if op != "login" {
				return true
			}
		}
	}
	return false
}

// Every role × every operation, through HTTP, against what the schema declares and the
// policy allows; plus the operations whose rule is spelled out here, independently.
func TestPermissionMatrix(t *testing.T) {
	env := apitest.New(t)
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	explicit := map[string][]string{ // who may, beyond doubt
		"approveAccount":          {"admin", "staff", "entity-manager"},
		"rejectAccount":           {"admin", "staff", "entity-manager"},
		"pendingAccounts":         {"admin", "staff", "entity-manager"},
		"auditLog":                {"admin", "staff"},
		"grantRole":               {"admin"},
		"revokeRole":              {"admin"},
		"publishGuide":            {"admin", "editor"},
		"revokeGuidePreview":      {"admin", "editor"},
		"guideDraft":              {"admin", "editor"},
		"pages":                   {"admin", "editor"},
		"renderMarkdown":          {"admin", "editor"},
		"accountSearch":           {"admin", "staff"},
		"activateLegacyAccount":   {"admin", "staff"},
		"supportRequests":         {"admin", "staff"},
		"accountHistory":          {"admin", "staff"},
		"createLocalGroup":        {"admin", "staff"},
		"updateLocalGroup":        {"admin", "staff"},
		"grantableRoles":          {"admin"},
		"approveProgram":          {"staff"},
		"approveOrganization":     {"staff"},
		"rejectOrganization":      {"staff"},
		"organizations":           {"staff"},
		"createOnboardingSession": {"staff"},
		"setEntityManager":        {"staff"},
		"pageFeedback":            {"admin", "editor"},
		"searchGaps":              {"admin", "editor"},
		"entity":                  {"staff"},
	}
	fields := graph.RootFields()
	for _, f := range fields {
		if _, ok := operations[f.Name]; !ok {
			t.Errorf("the matrix has no request for %s: add one to operations", f.Name)
		}
	}
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	for op, q := range operations {
		if _, errs := gqlparser.LoadQuery(schema, q); len(errs) > 0 {
			t.Fatalf("the matrix's request for %s is not valid: %v", op, errs)
		}
	}
	order := make([]string, 0, len(operations))
	for op := range operations {
		if op != "logout" {
			order = append(order, op)
		}
	}
	slices.Sort(order)
	order = append(order, "logout")
	for _, m := range members(t, env, "certification") {
		for _, op := range order {
			var def = fields[slices.IndexFunc(fields, func(f *ast.FieldDefinition) bool { return f.Name == op })]
			want := graph.Allows(p, def, m.roleForPolicy()) || m.scope != "" && graph.Scoped(def) && graph.Allows(p, def, m.role)
			if who, ok := explicit[op]; ok && want != slices.Contains(who, m.role) {
				t.Fatalf("%s: the policy says %v for %s, the spelled-out rule says otherwise", op, want, m.name)
			}
			var r *apitest.Response
			if op == "attachGuideFile" || op == "uploadResourceFile" {
				r = env.Upload(t, "certification", operations[op], nil, "f", "note.txt", "text/plain", []byte("une note"), m.header())
			} else {
				r = env.Do(t, apitest.Request{Space: "certification", Query: operations[op], Header: m.header()})
			}
			if got := !denied(op, r); got != want {
				t.Errorf("%s × %s: allowed=%v, want %v (%s)", m.name, op, got, want, r.Body)
			}
		}
	}
}

func (m *member) roleForPolicy() string {
	if m.role == "" {
		return "anonymous"
	}
	if m.scope != "" {
		// A scoped role gives nothing in the space as a whole: only what signing in gives.
		return "signed-in"
	}
	return m.role
}

// A role held in one scope counts there and nowhere else.
func TestScopedRolesStayInTheirScope(t *testing.T) {
	env := apitest.New(t)
	byName := map[string]*member{}
	for _, m := range members(t, env, "certification") {
		byName[m.name] = m
	}
	can := func(m *member, perm, scope string) bool {
		r := env.Do(t, apitest.Request{Space: "certification", Query: `query($p: String!, $s: String) { can(permission: $p, scope: $s) }`,
			Variables: map[string]any{"p": perm, "s": scope}, Header: m.header()}).MustOK(t)
		return r.Get("can") == true
	}
	tests := []struct {
		who, perm, scope string
		want             bool
	}{
		{"entity-manager A", "entity:manage", "entity:1", true},
		{"entity-manager A", "entity:manage", "entity:2", false},
		{"entity-manager B", "entity:manage", "entity:1", false},
		{"entity-manager A", "entity:read", "entity:1", true}, // a manager is a depositor too
		{"depositor A", "entity:read", "entity:1", true},
		{"depositor A", "entity:manage", "entity:1", false},
		{"depositor B", "entity:read", "entity:1", false},
		{"entity-manager A", "entity:manage", "", false}, // not in the space as a whole
		{"org-admin A", "program:manage", "organization:1", true},
		{"org-admin A", "organization:manage", "organization:2", false},
		{"program-admin A", "program:manage", "program:1", true},
		{"program-admin A", "program:manage", "program:2", false},
		{"program-admin B", "organization:manage", "program:2", false},
		{"admin", "roles:manage", "", true},
		{"staff", "roles:manage", "", false},
		{"anonymous", "entity:read", "entity:1", false},
	}
	for _, tt := range tests {
		if got := can(byName[tt.who], tt.perm, tt.scope); got != tt.want {
			t.Errorf("%s can %s in %q: %v, want %v", tt.who, tt.perm, tt.scope, got, tt.want)
		}
	}
	perms := env.Do(t, apitest.Request{Space: "certification", Query: `{ permissions(scope: "entity:1") }`, Header: byName["entity-manager A"].header()}).MustOK(t)
	if got := fmt.Sprint(perms.Get("permissions")); got != "[accounts:approve entity:manage entity:read]" {
		t.Errorf("entity-manager A's permissions in entity:1: %s", got)
	}
	if r := env.Do(t, apitest.Request{Query: `{ can(permission: "nonsense") }`, Header: lang("en")}); code(r) != "BAD_USER_INPUT" {
		t.Errorf("malformed permission: %s", r.Body)
	}
}

// A revoked role is refused on the very next request; grants and revocations are audited.
func TestRevokedRoleIsDeniedOnTheNextRequest(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("mentoring")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "admin@example.org", Password: goodPassword, FirstName: "A", LastName: "D", Roles: []string{"admin"}}); err != nil {
		t.Fatal(err)
	}
	target, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "soon-staff@example.org", Password: goodPassword, FirstName: "S", LastName: "T"})
	if err != nil {
		t.Fatal(err)
	}
	admin := login(t, env, "mentoring", "admin@example.org", goodPassword).MustOK(t).Str("login.token")
	user := login(t, env, "mentoring", "soon-staff@example.org", goodPassword).MustOK(t).Str("login.token")
	audit := func() string {
		return code(env.Do(t, apitest.Request{Space: "mentoring", Query: `{ auditLog { totalCount } }`, Header: bearer(user)}))
	}
	if c := audit(); c != "FORBIDDEN" {
		t.Fatalf("before the grant: %q", c)
	}
	grant := `mutation($id: ID!, $role: String!) { grantRole(accountId: $id, role: $role) { account { roles roleAssignments { role scope } } } }`
	g := env.Do(t, apitest.Request{Space: "mentoring", Query: grant, Variables: map[string]any{"id": itoa(target.ID), "role": "staff"}, Header: bearer(admin)}).MustOK(t)
	if g.Str("grantRole.account.roles.0") != "staff" {
		t.Fatalf("grant: %s", g.Body)
	}
	if c := audit(); c != "" {
		t.Fatalf("after the grant: %q", c)
	}
	revoke := `mutation($id: ID!) { revokeRole(accountId: $id, role: "staff") { account { roles } } }`
	env.Do(t, apitest.Request{Space: "mentoring", Query: revoke, Variables: map[string]any{"id": itoa(target.ID)}, Header: bearer(admin)}).MustOK(t)
	if c := audit(); c != "FORBIDDEN" {
		t.Fatalf("the very next request after the revocation: %q", c)
	}
	log := env.Do(t, apitest.Request{Space: "mentoring", Query: `{ auditLog(action: "role.revoked") { edges { node { actorID targetID details { key value } } } } }`, Header: bearer(admin)}).MustOK(t)
	if log.Str("auditLog.edges.0.node.targetID") != itoa(target.ID) || log.Str("auditLog.edges.0.node.actorID") == "" {
		t.Fatalf("revocation not audited: %s", log.Body)
	}
	// A bad role or scope is refused, localized.
	bad := env.Do(t, apitest.Request{Space: "mentoring", Query: grant, Variables: map[string]any{"id": itoa(target.ID), "role": "emperor"}, Header: with(bearer(admin), "Accept-Language", "en")})
	if code(bad) != "BAD_USER_INPUT" || !strings.Contains(fmt.Sprint(bad.Errors[0].Extensions["violations"]), "is not a role") {
		t.Fatalf("unknown role: %s", bad.Body)
	}
}

// A facilitator-only guide is invisible to anonymous viewers and participants in every
// listing, count, search and node(id), and visible to facilitators and every belt.
func TestFacilitatorOnlyGuide(t *testing.T) {
	env := apitest.New(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	g := env.DB.Client.Guide.Query().Where(guide.Key("peer-validation")).OnlyX(ctx)
	byName := map[string]*member{}
	for _, m := range members(t, env, "facilitators") {
		byName[m.name] = m
	}
	id := itoa(g.ID)
	sees := func(m *member) map[string]bool {
		h := m.header()
		out := map[string]bool{}
		list := env.Op(t, "help.graphql", "Guides", "facilitators", map[string]any{"first": 100}, h).MustOK(t)
		out["list"] = strings.Contains(string(list.Body), `"`+id+`"`)
		// Its category holds one public guide and this one.
		inCategory := env.Op(t, "help.graphql", "Guides", "facilitators", map[string]any{"category": "belts-and-peer-validation"}, h).MustOK(t)
		out["count"] = inCategory.Int("guides.totalCount") == 2
		hc := env.Op(t, "help.graphql", "HelpCenter", "facilitators", nil, h).MustOK(t)
		out["categories"] = strings.Contains(string(hc.Body), `"`+id+`"`)
		s := env.Op(t, "help.graphql", "Search", "facilitators", map[string]any{"query": "cooptation"}, h).MustOK(t)
		out["search"] = strings.Contains(string(s.Body), `"`+id+`"`)
		n := env.Op(t, "help.graphql", "Node", "facilitators", map[string]any{"id": id}, h).MustOK(t)
		out["node"] = n.Str("node.id") == id
		bySlug := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": "validation-par-les-pairs"}, h).MustOK(t)
		out["slug"] = bySlug.Str("guide.id") == id
		return out
	}
	for _, who := range []string{"anonymous", "participant", "entity-manager A", "staff"} {
		want := who == "staff" // staff read every audience
		for path, seen := range sees(byName[who]) {
			if seen != want {
				t.Errorf("%s sees the facilitator-only guide through %s: %v", who, path, seen)
			}
		}
	}
	for _, who := range []string{"facilitator", "white", "yellow", "orange", "green", "blue", "trainer"} {
		for path, seen := range sees(byName[who]) {
			if !seen {
				t.Errorf("%s does not see the facilitator-only guide through %s", who, path)
			}
		}
	}
}
