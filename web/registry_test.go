package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io/fs"
	"maps"
	"net/http"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/blob"
	entaccount "guichet/ent/account"
	"guichet/locales"
	"guichet/registry"
)

const cert = "certification"

func registryOp(t *testing.T, env *apitest.Env, name string, vars map[string]any, h http.Header) *apitest.Response {
	t.Helper()
	return env.Op(t, "registry.graphql", name, cert, vars, h)
}

// siretCheck answers as a form is filled in, for anybody: spaces removed, 14 digits, Luhn, and
// La Poste's digit-sum rule.
func TestRegistrySiretCheck(t *testing.T) {
	env := apitest.New(t)
	tests := []struct {
		in, normalized, siren, nic string
		valid                      bool
		reason                     any
	}{
		{"732 829 320 00074", "73282932000074", "732829320", "00074", true, nil},
		{"356 000 000 49837", "35600000049837", "356000000", "49837", true, nil},
		{"73282932000075", "73282932000075", "732829320", "00075", false, "CHECKSUM"},
		{"732 829 320", "732829320", "", "", false, "NOT_14_DIGITS"},
	}
	for _, tt := range tests {
		r := registryOp(t, env, "SiretCheck", map[string]any{"siret": tt.in}, nil).MustOK(t)
		if r.Get("siretCheck.valid") != tt.valid || r.Str("siretCheck.normalized") != tt.normalized ||
			r.Str("siretCheck.siren") != tt.siren || r.Str("siretCheck.nic") != tt.nic || r.Get("siretCheck.reason") != tt.reason {
			t.Errorf("siretCheck(%q): %s", tt.in, r.Body)
		}
	}
}

// Documents as people join them.
var (
	pdfDoc = []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	pngDoc = func() []byte {
		var b bytes.Buffer
		png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4)))
		return b.Bytes()
	}()
	jpegDoc = func() []byte {
		var b bytes.Buffer
		jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4)), nil)
		return b.Bytes()
	}()
)

func proof(name, contentType string, content []byte) apitest.File {
	return apitest.File{Path: "input.legalExistenceProof", Name: name, ContentType: contentType, Content: content}
}

func mandate(name, contentType string, content []byte) apitest.File {
	return apitest.File{Path: "input.mandateDelegation", Name: name, ContentType: contentType, Content: content}
}

// omit removes a field from a registration.
type omit struct{}

// depositorInput is a valid registration of a company by a person named on its Kbis, changed
// by over (omit{} removes a field).
func depositorInput(email string, over map[string]any) map[string]any {
	in := map[string]any{"entityKind": "COMPANY", "hasSiret": true, "siret": "732 829 320 00074", "entityName": "Moreau Conseil",
		"nameOnLegalDocument": true, "email": email, "password": goodPassword, "firstName": "Claire", "lastName": "Moreau"}
	for k, v := range over {
		if _, ok := v.(omit); ok {
			delete(in, k)
		} else {
			in[k] = v
		}
	}
	return in
}

func registerDepositor(t *testing.T, env *apitest.Env, in map[string]any, files ...apitest.File) *apitest.Response {
	t.Helper()
	return env.OpFiles(t, "registry.graphql", "RegisterDepositor", cert, map[string]any{"input": in}, files, nil)
}

// violations are a refusal's field:code pairs, sorted.
func violations(r *apitest.Response) []string {
	var out []string
	for _, e := range r.Errors {
		vs, _ := e.Extensions["violations"].([]any)
		for _, v := range vs {
			m, _ := v.(map[string]any)
			out = append(out, fmt.Sprint(m["field"], ":", m["code"]))
		}
	}
	sort.Strings(out)
	return out
}

// today is the server's day in Paris, where the registry's dates are.
func today(env *apitest.Env) registry.Date { return registry.DateOf(env.Clock.Now().In(locales.Paris)) }

func daysBefore(d registry.Date, n int) string {
	return registry.DateOf(d.Time().AddDate(0, 0, -n)).String()
}

// stored counts what a registration leaves: entities, accounts, documents and blobs.
func stored(t *testing.T, env *apitest.Env) string {
	t.Helper()
	ctx := context.Background()
	c := env.DB.Client
	blobs := 0
	if d, ok := env.Blobs.(blob.Dir); ok {
		filepath.WalkDir(d.Root, func(_ string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				blobs++
			}
			return nil
		})
	}
	return fmt.Sprintf("%d entities, %d accounts, %d documents, %d blobs", c.Entity.Query().CountX(ctx),
		c.Account.Query().CountX(ctx), c.Document.Query().CountX(ctx), blobs)
}

// Each rule of the registration alone is its own violation, localized; all of them together are
// reported at once; and a refused registration stores nothing: no entity, account or file.
func TestRegistryRegistrationRules(t *testing.T) {
	env := apitest.New(t)
	before := stored(t, env)
	day := today(env)
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	mandateFile := mandate("delegation.jpg", "image/jpeg", jpegDoc)
	noSiret := map[string]any{"hasSiret": false, "siret": omit{}, "entityName": "Association des Amis du Livre",
		"address": map[string]any{"line1": "3 rue des Lilas", "postalCode": "69003", "city": "Lyon"}}
	with := func(base map[string]any, over map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range base {
			out[k] = v
		}
		for k, v := range over {
			out[k] = v
		}
		return out
	}
	tests := []struct {
		name  string
		over  map[string]any
		files []apitest.File
		want  string
	}{
		{"no kind", map[string]any{"entityKind": omit{}}, nil, "entityKind:REQUIRED"},
		{"a university is not a ministry", map[string]any{"entityKind": "MINISTRY", "entityName": "Université Claude Bernard Lyon 1"}, nil,
			"entityKind:SCHOOL_NOT_MINISTRY"},
		{"SIRET or not", map[string]any{"hasSiret": omit{}}, nil, "hasSiret:REQUIRED"},
		{"no SIRET given", map[string]any{"siret": omit{}}, nil, "siret:REQUIRED"},
		{"13 digits", map[string]any{"siret": "7328293200007"}, nil, "siret:SIRET_NOT_14_DIGITS"},
		{"a wrong check digit", map[string]any{"siret": "732 829 320 00075"}, nil, "siret:SIRET_CHECKSUM"},
		{"no SIRET and no name", with(noSiret, map[string]any{"entityName": omit{}}), nil, "entityName:REQUIRED"},
		{"a SIRET and no name: the legal name is required too", map[string]any{"entityName": omit{}}, nil, "entityName:REQUIRED"},
		{"a French postal code of 4 digits", with(noSiret, map[string]any{"address": map[string]any{"line1": "3 rue des Lilas", "postalCode": "6900", "city": "Lyon"}}), nil,
			"address.postalCode:POSTAL_CODE_INVALID"},
		{"a Belgian postal code of 5 digits", with(noSiret, map[string]any{"address": map[string]any{"line1": "Rue Neuve 1", "postalCode": "10000", "city": "Bruxelles", "country": "Belgique"}}), nil,
			"address.postalCode:POSTAL_CODE_INVALID"},
		{"no SIRET and no address", with(noSiret, map[string]any{"address": omit{}}), nil, "address:REQUIRED"},
		{"no SIRET and no city", with(noSiret, map[string]any{"address": map[string]any{"line1": "3 rue des Lilas", "postalCode": "69003"}}), nil,
			"address.city:REQUIRED"},
		{"no proof", nil, []apitest.File{}, "legalExistenceProof:REQUIRED"},
		{"a PNG that says it is a PDF", nil, []apitest.File{proof("kbis.pdf", "application/pdf", pngDoc)}, "legalExistenceProof:FILE_TYPE_MISMATCH"},
		{"a text that says it is a PDF", nil, []apitest.File{proof("kbis.pdf", "application/pdf", []byte("Kbis: trust me"))},
			"legalExistenceProof:FILE_TYPE_MISMATCH"},
		{"a text file", nil, []apitest.File{proof("kbis.txt", "text/plain", []byte("Kbis: trust me"))}, "legalExistenceProof:FILE_TYPE_UNSUPPORTED"},
		{"an empty file", nil, []apitest.File{proof("kbis.pdf", "application/pdf", nil)}, "legalExistenceProof:FILE_EMPTY"},
		{"named on the proof or not", map[string]any{"nameOnLegalDocument": omit{}}, nil, "nameOnLegalDocument:REQUIRED"},
		{"not named on the proof, no mandate", map[string]any{"nameOnLegalDocument": false, "mandateSignedOn": day.String()}, nil,
			"mandateDelegation:MANDATE_REQUIRED"},
		{"a public establishment, no mandate", map[string]any{"entityKind": "PUBLIC_ESTABLISHMENT", "mandateSignedOn": day.String()}, nil,
			"mandateDelegation:MANDATE_REQUIRED"},
		{"a mandate without its date", nil, []apitest.File{kbis, mandateFile}, "mandateSignedOn:REQUIRED"},
		{"a mandate 3 months and a day old", map[string]any{"mandateSignedOn": daysBefore(day.MonthsBefore(3), 1)},
			[]apitest.File{kbis, mandateFile}, "mandateSignedOn:MANDATE_TOO_OLD"},
		{"a mandate signed tomorrow", map[string]any{"mandateSignedOn": daysBefore(day, -1)}, []apitest.File{kbis, mandateFile},
			"mandateSignedOn:MANDATE_IN_FUTURE"},
		{"a mandate that is a text", map[string]any{"mandateSignedOn": day.String()},
			[]apitest.File{kbis, mandate("delegation.pdf", "application/octet-stream", []byte("je soussigné"))}, "mandateDelegation:FILE_TYPE_UNSUPPORTED"},
		{"a bad address", map[string]any{"email": "claire@"}, nil, "email:EMAIL_INVALID"},
		{"no first name", map[string]any{"firstName": " "}, nil, "firstName:REQUIRED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := tt.files
			if files == nil {
				files = []apitest.File{kbis}
			}
			r := registerDepositor(t, env, depositorInput("claire@example.org", tt.over), files...)
			if code(r) != "BAD_USER_INPUT" || strings.Join(violations(r), " ") != tt.want {
				t.Fatalf("want only %s: %s", tt.want, r.Body)
			}
			if m := fmt.Sprint(r.Errors[0].Extensions["violations"]); strings.Contains(m, "message:"+strings.Split(tt.want, ":")[1]+"]") {
				t.Fatalf("a message is missing: %s", m)
			}
		})
	}
	// A public establishment is told why it needs a mandate, in its language.
	r := env.UploadFiles(t, cert, apitest.Request{Query: apitest.Contract(t, "registry.graphql"), OperationName: "RegisterDepositor",
		Variables: map[string]any{"input": depositorInput("claire@example.org", map[string]any{"entityKind": "PUBLIC_ESTABLISHMENT",
			"mandateSignedOn": day.String()})}, Header: lang("en")}, []apitest.File{kbis})
	if !strings.Contains(r.Body2(), "Public establishments always join a mandate delegation") {
		t.Fatalf("the public establishment's message: %s", r.Body)
	}
	// A postal code is told its country's form, in the reader's language.
	for l, want := range map[string]string{"en": "does not have the form of this country’s (for example 75007)",
		"fr": "n’a pas la forme de ceux de ce pays (par exemple 75007)"} {
		r := env.UploadFiles(t, cert, apitest.Request{Query: apitest.Contract(t, "registry.graphql"), OperationName: "RegisterDepositor",
			Variables: map[string]any{"input": depositorInput("claire@example.org", with(noSiret, map[string]any{"address": map[string]any{
				"line1": "3 rue des Lilas", "postalCode": "6900", "city": "Lyon", "country": "France"}}))}, Header: lang(l)}, []apitest.File{kbis})
		if !strings.Contains(r.Body2(), want) {
			t.Fatalf("the postal code's message in %s: %s", l, r.Body)
		}
	}
	// A weak password alone is the password policy's refusal.
	if r := registerDepositor(t, env, depositorInput("claire@example.org", map[string]any{"password": "court"}), kbis); code(r) != "PASSWORD_POLICY" {
		t.Fatalf("a weak password: %s", r.Body)
	}
	// Everything wrong at once: every rule reported, each once.
	all := registerDepositor(t, env, map[string]any{"hasSiret": true, "siret": "1234", "nameOnLegalDocument": false,
		"mandateSignedOn": daysBefore(day.MonthsBefore(3), 1), "email": "nope", "password": "court", "firstName": "", "lastName": "M"},
		mandate("m.pdf", "application/pdf", pngDoc))
	want := []string{"email:EMAIL_INVALID", "entityKind:REQUIRED", "firstName:REQUIRED", "legalExistenceProof:REQUIRED",
		"mandateDelegation:FILE_TYPE_MISMATCH", "mandateSignedOn:MANDATE_TOO_OLD", "siret:SIRET_NOT_14_DIGITS"}
	got := violations(all)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("all at once: %s is missing from %v", w, got)
		}
	}
	if !slices.ContainsFunc(got, func(v string) bool { return strings.HasPrefix(v, "password:") }) || code(all) != "BAD_USER_INPUT" {
		t.Errorf("all at once: %s", all.Body)
	}
	// A document over the size limit.
	env.Server.Registry.MaxDocumentBytes = 1 << 10
	big := append(append([]byte{}, pdfDoc...), bytes.Repeat([]byte(" "), 2<<10)...)
	if r := registerDepositor(t, env, depositorInput("claire@example.org", nil), proof("kbis.pdf", "application/pdf", big)); strings.Join(violations(r), " ") != "legalExistenceProof:FILE_TOO_LARGE" {
		t.Fatalf("a document too large: %s", r.Body)
	}
	env.Server.Registry.MaxDocumentBytes = 0
	if after := stored(t, env); after != before {
		t.Fatalf("refused registrations stored something: before %s, after %s", before, after)
	}
	if n := len(env.Emails(t)); n != 0 {
		t.Fatalf("%d e-mails after refused registrations", n)
	}

	// The boundaries are accepted: a mandate exactly 3 months old, and one signed today.
	registerDepositor(t, env, depositorInput("a@example.org", map[string]any{"nameOnLegalDocument": false,
		"mandateSignedOn": day.MonthsBefore(3).String()}), kbis, mandateFile).MustOK(t)
	registerDepositor(t, env, depositorInput("b@example.org", map[string]any{"entityKind": "PUBLIC_ESTABLISHMENT",
		"siret": "35600000049837", "mandateSignedOn": day.String()}), proof("decret.png", "image/png", pngDoc), mandateFile).MustOK(t)
	registerDepositor(t, env, depositorInput("c@example.org", noSiret), kbis).MustOK(t)
	ctx := context.Background()
	if n := env.DB.Client.Document.Query().CountX(ctx); n != 5 {
		t.Fatalf("%d documents stored, want 5", n)
	}
}

// A registration creates the entity, or joins the one with its SIRET; entities without a SIRET
// are each new. The first account is the entity's manager-to-be. Registering again with the
// same address stores nothing and e-mails a new activation link.
func TestRegistryRegistrationCreatesOrJoins(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	registerDepositor(t, env, depositorInput("first@example.org", map[string]any{"entityName": "Formations Moreau"}), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("second@example.org", map[string]any{"siret": "73282932000074"}), kbis).MustOK(t)
	noSiret := map[string]any{"hasSiret": false, "siret": omit{}, "entityName": "Association des Amis du Livre",
		"address": map[string]any{"line1": "3 rue des Lilas", "postalCode": "69003", "city": "Lyon"}}
	registerDepositor(t, env, depositorInput("third@example.org", noSiret), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("fourth@example.org", noSiret), kbis).MustOK(t)
	c := env.DB.Client
	first := c.Account.Query().Where(entaccount.Email("first@example.org")).OnlyX(ctx)
	second := c.Account.Query().Where(entaccount.Email("second@example.org")).OnlyX(ctx)
	third := c.Account.Query().Where(entaccount.Email("third@example.org")).OnlyX(ctx)
	fourth := c.Account.Query().Where(entaccount.Email("fourth@example.org")).OnlyX(ctx)
	if first.EntityID == nil || second.EntityID == nil || *first.EntityID != *second.EntityID {
		t.Fatalf("one SIRET, one entity: %v %v", first.EntityID, second.EntityID)
	}
	e := c.Entity.GetX(ctx, *first.EntityID)
	if e.Siret == nil || *e.Siret != "73282932000074" || e.Name != "Formations Moreau" || e.Kind != "COMPANY" ||
		e.ManagerID == nil || *e.ManagerID != first.ID {
		t.Fatalf("the entity: %+v", e)
	}
	if *third.EntityID == *fourth.EntityID {
		t.Fatal("entities without a SIRET are matched by nobody")
	}
	for _, a := range []*struct {
		email string
		id    int
	}{{"third", *third.EntityID}, {"fourth", *fourth.EntityID}} {
		if e := c.Entity.GetX(ctx, a.id); e.ManagerID == nil || e.Siret != nil || e.City != "Lyon" {
			t.Fatalf("%s's entity: %+v", a.email, e)
		}
	}
	links := map[string]bool{}
	for _, m := range env.Emails(t) {
		links[m.To] = m.Token("/activate") != ""
	}
	for _, email := range []string{"first@example.org", "second@example.org", "third@example.org", "fourth@example.org"} {
		if !slices.ContainsFunc(slices.Collect(maps.Keys(links)), func(to string) bool { return strings.Contains(to, email) && links[to] }) {
			t.Fatalf("no activation link for %s: %v", email, links)
		}
	}
	// The same address again, for another entity: the same answer, nothing stored, a new link.
	before := stored(t, env)
	registerDepositor(t, env, depositorInput("first@example.org", map[string]any{"siret": "44306184100047"}), kbis).MustOK(t)
	if after := stored(t, env); after != before {
		t.Fatalf("registering again stored something: %s, then %s", before, after)
	}
	if env.EmailTo(t, "first@example.org").Token("/activate") == "" {
		t.Fatal("registering again with an address not yet activated sends a new activation link")
	}
}

// The mandate delegation template is a public resource in both languages, each its own PDF.
func TestRegistryMandateTemplateInBothLanguages(t *testing.T) {
	env := apitest.New(t)
	titles := map[string]string{"FR": "Modèle de délégation de mandat", "EN": "Mandate delegation template"}
	for l, title := range titles {
		r := env.Op(t, "help.graphql", "Resources", cert, map[string]any{"locale": l, "first": 20}, nil).MustOK(t)
		found := false
		for i := range r.Len("resources.edges") {
			n := "resources.edges." + itoa(i) + ".node."
			if r.Str(n+"title") == title && r.Str(n+"locale") == l {
				found = true
				body, ct := download(t, env, r.Str(n+"url"))
				if ct != "application/pdf" || !strings.HasPrefix(body, "%PDF-") {
					t.Fatalf("%s template: %s", l, ct)
				}
			}
		}
		if !found {
			t.Fatalf("no %q in %s: %s", title, l, r.Body)
		}
	}
}
