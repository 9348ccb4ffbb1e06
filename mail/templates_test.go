package mail

import (
	"html"
	"io/fs"
	"strings"
	"testing"

	"guichet/locales"
)

// samples holds, per template, a realistic message: what the account and help packages send.
func samples(token string) map[string]Message {
	space := map[string]string{DataSpaceName: "Communauté des facilitateurs"}
	with := func(kv ...string) map[string]string {
		d := map[string]string{}
		for k, v := range space {
			d[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			d[kv[i]] = kv[i+1]
		}
		return d
	}
	return map[string]Message{
		"activation":         {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with(), Link: &Link{Path: "/facilitators/activate", Token: token}},
		"already_registered": {To: "chloe.mercier@example.org", Data: with("sign_in_path", "/facilitators/login", "reset_path", "/facilitators/password")},
		"approval_pending":   {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with()},
		"account_approved":   {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("sign_in_path", "/facilitators/login")},
		"account_rejected": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier",
			Data: with("reason", "La délégation de mandat date de plus de 3 mois.", "support_email", "support@example.org")},
		"password_reset":         {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with(), Link: &Link{Path: "/facilitators/reset-password", Token: token}},
		"email_change_confirm":   {To: "chloe.m@example.net", ToName: "Chloé Mercier", Data: with(), Link: &Link{Path: "/facilitators/confirm-email", Token: token}},
		"email_change_requested": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("new_email", "chloe.m@example.net")},
		"email_change_taken":     {To: "chloe.m@example.net", ToName: "Chloé Martin", Data: with()},
		"email_changed":          {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("new_email", "chloe.m@example.net")},
		"password_changed":       {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("support_email", "support@example.org")},
		"support_request": {To: "support@example.org", ToName: "Support",
			Data: with("name", "Jean-Luc Dupré", "email", "jl.dupre@example.net", "subject", "Impossible d'ajouter un atelier",
				"message", "Bonjour,\nle bouton « Créer une session » reste grisé.\n<b>Merci</b> & bonne journée")},
		"support_confirmation": {To: "jl.dupre@example.net", ToName: "Jean-Luc Dupré",
			Data: with("subject", "Impossible d'ajouter un atelier")},
		"training_registered": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier",
			Data: with("training_title", "Formation à l'animation <Lyon>", "training_date", "le mardi 12 janvier 2027 à 9 h 30")},
		"training_confirm": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Link: &Link{Path: "/trainings/confirm", Token: token},
			Data: with("training_title", "Formation à l'animation", "training_date", "le mardi 12 janvier 2027 à 9 h 30")},
		"training_already_registered": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier",
			Data: with("training_title", "Formation à l'animation", "training_date", "le mardi 12 janvier 2027 à 9 h 30")},
		"training_needs_account": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier",
			Data: with("training_title", "Formation à l'animation", "training_date", "le mardi 12 janvier 2027 à 9 h 30")},
		"facilitator_welcome": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with()},
		"belt_raised":         {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("belt", "orange")},
		"legacy_activated": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier", Data: with("belt", "orange"),
			Link: &Link{Path: "/facilitators/reset-password", Token: token}},
		"program_approved": {To: "alex.tremblay@example.org", ToName: "Alex Tremblay",
			Data: with("program_title", "Génies en herbe", "organization_name", "Science Jeunesse")},
		"program_rejected": {To: "alex.tremblay@example.org", ToName: "Alex Tremblay",
			Data: with("program_title", "Génies en herbe", "organization_name", "Science Jeunesse", "reason", "Le niveau de réponse manque.")},
		"onboarding_registered": {To: "alex.tremblay@example.org", ToName: "Alex Tremblay",
			Data: with("program_title", "Génies en herbe", "session_date", "le vendredi 19 mars 2021 à 15 h 20")},
		"platform_invitation": {To: "jane.doe@example.org", ToName: "Jane Doe", Link: &Link{Path: "/accept-invitation", Token: token},
			Data: with("program_title", "Génies en herbe", "organization_name", "Organisme ABC", "requester_name", "Sam Gagnon")},
		"entity_manager_approved": {To: "claire.moreau@example.org", ToName: "Claire Moreau",
			Data: with("entity_name", "Formations Moreau & Fils", "sign_in_path", "/certification/login")},
		"depositor_to_approve": {To: "claire.moreau@example.org", ToName: "Claire Moreau",
			Data: with("entity_name", "Formations Moreau & Fils", "applicant_name", "Louis Garnier", "applicant_email", "louis.garnier@example.org")},
		"entity_manager_designated": {To: "louis.garnier@example.org", ToName: "Louis Garnier",
			Data: with("entity_name", "Atelier Olga & Fils", "sign_in_path", "/certification/login")},
		"entity_manager_replaced": {To: "claire.moreau@example.org", ToName: "Claire Moreau",
			Data: with("entity_name", "Atelier Olga & Fils", "manager_name", "Louis Garnier")},
		"workshop_application_received": {To: "chloe.mercier@example.org", ToName: "Chloé Mercier",
			Data: with("workshop_title", "Atelier public <Nantes>", "workshop_date", "le mardi 12 janvier 2027 à 9 h 30",
				"applicant_name", "Jean-Luc Dupré", "message", "Bonjour,\nje suis disponible & motivé.")},
		"workshop_application_accepted": {To: "jl.dupre@example.net", ToName: "Jean-Luc Dupré",
			Data: with("workshop_title", "Atelier public", "workshop_date", "le mardi 12 janvier 2027 à 9 h 30", "organiser_name", "Chloé Mercier")},
		"workshop_application_declined": {To: "jl.dupre@example.net", ToName: "Jean-Luc Dupré",
			Data: with("workshop_title", "Atelier public", "workshop_date", "le mardi 12 janvier 2027 à 9 h 30", "organiser_name", "Chloé Mercier")},
		"workshop_cancelled": {To: "jl.dupre@example.net", ToName: "Jean-Luc Dupré",
			Data: with("workshop_title", "Atelier public <Nantes>", "workshop_date", "le mardi 12 janvier 2027 à 9 h 30", "organiser_name", "Chloé Mercier")},
		"organization_approved": {To: "sam.gagnon@example.org", ToName: "Sam Gagnon", Data: with("organization_name", "Organisme ABC")},
		"organization_rejected": {To: "sam.gagnon@example.org", ToName: "Sam Gagnon",
			Data: with("organization_name", "Organisme <ABC>", "reason", "Aucun site web ni adresse & rien à vérifier.")},
	}
}

// Every template renders in both languages with realistic data; a template with a link shows
// it, token included, in both parts.
func TestRenderEveryTemplate(t *testing.T) {
	token := newToken()
	all := samples(token)
	for _, name := range Templates() {
		m, ok := all[name]
		if !ok {
			t.Fatalf("no sample for template %s", name)
		}
		m.Template = name
		subjects := map[locales.Locale]string{}
		for _, l := range locales.All {
			t.Run(name+"/"+l.Tag(), func(t *testing.T) {
				m.Locale = l
				r, err := Render(m, "https://guichet.example.org/")
				if err != nil {
					t.Fatal(err)
				}
				subjects[l] = r.Subject
				if r.Subject == "" || strings.ContainsAny(r.Subject, "\r\n") {
					t.Errorf("subject %q", r.Subject)
				}
				for part, s := range map[string]string{"text": r.Text, "html": r.HTML} {
					if strings.Contains(s, "<no value>") || strings.Contains(s, "ZgotmplZ") {
						t.Errorf("%s part has a hole:\n%s", part, s)
					}
					if !strings.Contains(s, "Communauté des facilitateurs") && !strings.Contains(s, html.EscapeString("Communauté des facilitateurs")) {
						t.Errorf("%s part does not name the space", part)
					}
					if !strings.Contains(s, "https://guichet.example.org/") {
						t.Errorf("%s part does not give the public address", part)
					}
				}
				if !strings.Contains(r.HTML, `<html lang="`+l.Tag()+`">`) {
					t.Errorf("HTML part is not marked lang=%s", l.Tag())
				}
				if m.Link != nil {
					link := "https://guichet.example.org" + m.Link.Path + "?token=" + token
					if !strings.Contains(r.Text, link) {
						t.Errorf("text part lacks the link %s:\n%s", link, r.Text)
					}
					if !strings.Contains(r.HTML, `href="`+link+`"`) {
						t.Errorf("HTML part lacks the link %s:\n%s", link, r.HTML)
					}
				} else if strings.Contains(r.Text, "token=") || strings.Contains(r.HTML, "token=") {
					t.Errorf("a message without a link shows a token")
				}
			})
		}
		if subjects[locales.FR] == subjects[locales.EN] {
			t.Errorf("%s: the FR and EN subjects are the same: %q", name, subjects[locales.FR])
		}
	}
}

func TestRenderContent(t *testing.T) {
	all := samples(newToken())
	render := func(name string, l locales.Locale, edit func(*Message)) Rendered {
		t.Helper()
		m := all[name]
		m.Template, m.Locale = name, l
		m.Data = copyMap(m.Data)
		if edit != nil {
			edit(&m)
		}
		r, err := Render(m, "https://guichet.example.org")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	t.Run("the requester's words are escaped in HTML, kept in text", func(t *testing.T) {
		r := render("support_request", locales.FR, nil)
		if strings.Contains(r.HTML, "<b>Merci</b>") || !strings.Contains(r.HTML, "&lt;b&gt;Merci&lt;/b&gt; &amp; bonne journée") {
			t.Errorf("HTML part does not escape the message:\n%s", r.HTML)
		}
		if !strings.Contains(r.Text, "<b>Merci</b> & bonne journée") {
			t.Errorf("text part altered the message:\n%s", r.Text)
		}
		if r.ReplyTo != "jl.dupre@example.net" {
			t.Errorf("ReplyTo = %q, want the requester", r.ReplyTo)
		}
		for _, want := range []string{"Jean-Luc Dupré", "jl.dupre@example.net", "Impossible d'ajouter un atelier"} {
			if !strings.Contains(r.Text, want) {
				t.Errorf("text part lacks %q", want)
			}
		}
	})
	t.Run("a subject stays on one line", func(t *testing.T) {
		r := render("support_confirmation", locales.EN, func(m *Message) {
			m.Data["subject"] = "Help\r\nBcc: victim@example.com"
		})
		if strings.ContainsAny(r.Subject, "\r\n") {
			t.Errorf("subject %q spans lines", r.Subject)
		}
	})
	t.Run("the rejection reason is optional", func(t *testing.T) {
		with := render("account_rejected", locales.FR, nil)
		without := render("account_rejected", locales.FR, func(m *Message) { delete(m.Data, "reason") })
		if !strings.Contains(with.Text, "Motif indiqué : La délégation de mandat date de plus de 3 mois.") {
			t.Errorf("reason missing:\n%s", with.Text)
		}
		if strings.Contains(without.Text, "Motif") || strings.Contains(without.HTML, "Motif") {
			t.Errorf("a reason heading without a reason:\n%s", without.Text)
		}
	})
	t.Run("validity of the links", func(t *testing.T) {
		for name, want := range map[string][]string{
			"activation":     {"24 heures", "24 hours"},
			"password_reset": {"1 heure", "1 hour"},
		} {
			if r := render(name, locales.FR, nil); !strings.Contains(r.Text, want[0]) {
				t.Errorf("%s FR does not say %q", name, want[0])
			}
			if r := render(name, locales.EN, nil); !strings.Contains(r.Text, want[1]) {
				t.Errorf("%s EN does not say %q", name, want[1])
			}
		}
	})
	t.Run("an invitation is sent in the program's name", func(t *testing.T) {
		if r := render("platform_invitation", locales.EN, nil); r.FromName != "Génies en herbe" {
			t.Errorf("FromName = %q", r.FromName)
		}
		if r := render("program_approved", locales.EN, nil); r.FromName != "" {
			t.Errorf("FromName = %q for a message in nobody's name", r.FromName)
		}
	})
	t.Run("without a space name", func(t *testing.T) {
		r := render("approval_pending", locales.EN, func(m *Message) { delete(m.Data, DataSpaceName) })
		if !strings.Contains(r.Subject, "Guichet") {
			t.Errorf("subject %q", r.Subject)
		}
	})
}

func TestRenderRefuses(t *testing.T) {
	all := samples("tok")
	for _, tc := range []struct {
		name string
		m    Message
	}{
		{"unknown template", Message{Template: "welcome", Locale: locales.FR}},
		{"invalid locale", Message{Template: "approval_pending", Locale: "DE"}},
		{"link missing", Message{Template: "activation", Locale: locales.FR, Data: all["activation"].Data}},
		{"link where none belongs", Message{Template: "already_registered", Locale: locales.FR, Link: &Link{Path: "/x", Token: "tok"}}},
		{"link without token", Message{Template: "password_reset", Locale: locales.FR, Link: &Link{Path: "/reset"}}},
		{"link to another host", Message{Template: "password_reset", Locale: locales.FR, Link: &Link{Path: "//evil.example/reset", Token: "tok"}}},
		{"relative link", Message{Template: "password_reset", Locale: locales.FR, Link: &Link{Path: "reset", Token: "tok"}}},
		{"missing data", Message{Template: "support_request", Locale: locales.EN, Data: map[string]string{"name": "A", "email": "a@example.org", "subject": "S"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Render(tc.m, "https://guichet.example.org"); err == nil {
				t.Error("Render accepted it")
			} else if strings.Contains(err.Error(), "tok") && tc.m.Link != nil && tc.m.Link.Token != "" {
				t.Errorf("error quotes the token: %v", err)
			}
		})
	}
}

// Each file under templates/ is a known template in a known locale (or a locale's layout),
// and each template exists in every locale.
func TestTemplateFiles(t *testing.T) {
	files, err := fs.Glob(templateFiles, "templates/*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range files {
		base := strings.TrimSuffix(strings.TrimPrefix(f, "templates/"), ".tmpl")
		name, lang, ok := strings.Cut(base, ".")
		if _, valid := locales.Parse(lang); !ok || !valid {
			t.Errorf("%s: want NAME.fr.tmpl or NAME.en.tmpl", f)
			continue
		}
		if name != "layout" && !hasSpec(name) {
			t.Errorf("%s: no template %q in specs", f, name)
		}
		seen[base] = true
	}
	for _, name := range append(Templates(), "layout") {
		for _, l := range locales.All {
			if !seen[name+"."+l.Tag()] {
				t.Errorf("missing templates/%s.%s.tmpl", name, l.Tag())
			}
		}
	}
}

func hasSpec(name string) bool { _, ok := specs[name]; return ok }

func copyMap(m map[string]string) map[string]string {
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
