package mail

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"net/url"
	"slices"
	"strings"
	"sync"
	texttemplate "text/template"

	"guichet/locales"
)

//go:embed templates/*.tmpl
var templateFiles embed.FS

// Data keys with a meaning of their own.
const (
	// DataSpaceName is the space's display name, shown in every message; callers provide it.
	DataSpaceName = "space_name"
	// DataLinkPath is where Enqueue keeps the path of a message's link; callers never set it.
	DataLinkPath = "link_path"
)

// spec says what a template needs: a link with a token, Data keys, and which key, if any,
// holds the address replies should go to.
type spec struct {
	link     bool
	required []string
	replyTo  string
	// fromName names the Data key holding the sender's display name, when the message is
	// sent in someone's name (an invitation in a program's name).
	fromName string
}

var specs = map[string]spec{
	"activation":             {link: true},
	"already_registered":     {},
	"approval_pending":       {},
	"account_approved":       {},
	"account_rejected":       {},
	"password_reset":         {link: true},
	"password_changed":       {},
	"email_change_confirm":   {link: true},
	"email_change_requested": {required: []string{"new_email"}},
	"email_change_taken":     {},
	"email_changed":          {required: []string{"new_email"}},
	"support_request":        {required: []string{"name", "email", "subject", "message"}, replyTo: "email"},
	"support_confirmation":   {required: []string{"subject"}},
	"training_registered":    {required: []string{"training_title", "training_date"}},
	"training_confirm":       {link: true, required: []string{"training_title", "training_date"}},
	// A registration asked again, and one asked without a password for an address with no account.
	"training_already_registered": {required: []string{"training_title", "training_date"}},
	"training_needs_account":      {required: []string{"training_title", "training_date"}},
	"facilitator_welcome":         {},
	"belt_raised":                 {required: []string{"belt"}},
	"legacy_activated":            {link: true, required: []string{"belt"}},
	"program_approved":            {required: []string{"program_title", "organization_name"}},
	"program_rejected":            {required: []string{"program_title", "organization_name"}},
	"onboarding_registered":       {required: []string{"program_title", "session_date"}},
	"platform_invitation": {link: true, fromName: "program_title",
		required: []string{"program_title", "organization_name", "requester_name"}},
	"entity_manager_approved":   {required: []string{"entity_name"}},
	"depositor_to_approve":      {required: []string{"entity_name", "applicant_name", "applicant_email"}},
	"entity_manager_designated": {required: []string{"entity_name"}},
	"entity_manager_replaced":   {required: []string{"entity_name", "manager_name"}},
	// The facilitators' space's opportunities (package community, applications.go).
	"workshop_application_received": {required: []string{"workshop_title", "workshop_date", "applicant_name"}},
	"workshop_application_accepted": {required: []string{"workshop_title", "workshop_date", "organiser_name"}},
	"workshop_application_declined": {required: []string{"workshop_title", "workshop_date", "organiser_name"}},
	"workshop_cancelled":            {required: []string{"workshop_title", "workshop_date", "organiser_name"}},
	// The mentoring space's organisations, approved or rejected by staff (mentoring, organizations.go).
	"organization_approved": {required: []string{"organization_name"}},
	"organization_rejected": {required: []string{"organization_name", "reason"}},
}

// Templates lists the names of the message templates, sorted.
func Templates() []string {
	names := make([]string, 0, len(specs))
	for name := range specs {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// HasLink reports whether template name is sent with a link carrying a token.
func HasLink(name string) bool { return specs[name].link }

type compiled struct {
	text *texttemplate.Template // "subject" and "text"
	html *htmltemplate.Template // "html"
}

// compiledTemplates holds, per template and locale, the message file parsed together with its
// locale's layout (the footer both parts share). They are parsed at the first message, not at
// start: parsing them was 4 MB of allocations and 8 ms of every start, mail sent or not
// (TestEveryTemplateCompiles parses them all).
var compiledTemplates = sync.OnceValue(mustCompile)

func templateKey(name string, l locales.Locale) string { return name + "." + l.Tag() }

func mustCompile() map[string]compiled {
	out := map[string]compiled{}
	for name := range specs {
		for _, l := range locales.All {
			files := []string{"templates/layout." + l.Tag() + ".tmpl", "templates/" + templateKey(name, l) + ".tmpl"}
			text := texttemplate.Must(texttemplate.New(name).Option("missingkey=error").ParseFS(templateFiles, files...))
			html := htmltemplate.Must(htmltemplate.New(name).Option("missingkey=error").ParseFS(templateFiles, files...))
			out[templateKey(name, l)] = compiled{text: text, html: html}
		}
	}
	return out
}

// View is what a template sees.
type View struct {
	// Data is the message's Data, without the link's path.
	Data map[string]string
	// Link is the full address of the message's link, token included; empty without a link.
	Link string
	// PublicURL is the public address of the server, without a trailing slash.
	PublicURL string
	// SpaceName is Data["space_name"], or "Guichet" when the caller gave none.
	SpaceName string
	// ToName is the recipient's name; may be empty.
	ToName string
	// Subject is the rendered subject (for the HTML title).
	Subject string
	// Lang is the BCP 47 tag of the message's locale ("fr", "en").
	Lang string
}

// Page is PublicURL followed by the path in Data[key], or PublicURL alone when there is none:
// links that need no token (the sign-in page).
func (v View) Page(key string) string {
	p := v.Data[key]
	if p == "" {
		return v.PublicURL + "/"
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return v.PublicURL + p
}

// Rendered is a message ready to be sent.
type Rendered struct {
	Subject, Text, HTML string
	// ReplyTo is the address replies should go to, when the template names one.
	ReplyTo string
	// FromName is the sender's display name when the message is sent in someone's name.
	FromName string
}

// Render writes message m in its locale. Links start with publicURL and carry m.Link.Token as
// the token query parameter. An unknown template, a missing Data key, or a link given to a
// template that has none (or missing from one that needs it) is an error.
func Render(m Message, publicURL string) (Rendered, error) {
	sp, ok := specs[m.Template]
	if !ok {
		return Rendered{}, fmt.Errorf("mail: unknown template %q", m.Template)
	}
	if !m.Locale.Valid() {
		return Rendered{}, fmt.Errorf("mail: template %s: invalid locale %q", m.Template, m.Locale)
	}
	for _, k := range sp.required {
		if strings.TrimSpace(m.Data[k]) == "" {
			return Rendered{}, fmt.Errorf("mail: template %s needs data %q", m.Template, k)
		}
	}
	v := View{
		Data:      map[string]string{},
		PublicURL: strings.TrimRight(publicURL, "/"),
		SpaceName: m.Data[DataSpaceName],
		ToName:    m.ToName,
		Lang:      m.Locale.Tag(),
	}
	if v.SpaceName == "" {
		v.SpaceName = "Guichet"
	}
	for k, val := range m.Data {
		if k != DataLinkPath {
			v.Data[k] = val
		}
	}
	switch {
	case sp.link && m.Link == nil:
		return Rendered{}, fmt.Errorf("mail: template %s needs a link", m.Template)
	case !sp.link && m.Link != nil:
		return Rendered{}, fmt.Errorf("mail: template %s has no link", m.Template)
	case m.Link != nil:
		link, err := linkURL(v.PublicURL, m.Link.Path, m.Link.Token)
		if err != nil {
			return Rendered{}, fmt.Errorf("mail: template %s: %w", m.Template, err)
		}
		v.Link = link
	}

	c := compiledTemplates()[templateKey(m.Template, m.Locale)]
	var subject, text, html bytes.Buffer
	if err := c.text.ExecuteTemplate(&subject, "subject", v); err != nil {
		return Rendered{}, fmt.Errorf("mail: rendering %s subject: %w", m.Template, err)
	}
	// A subject is one line whatever the data holds: no header can be smuggled in.
	v.Subject = strings.Join(strings.Fields(subject.String()), " ")
	if err := c.text.ExecuteTemplate(&text, "text", v); err != nil {
		return Rendered{}, fmt.Errorf("mail: rendering %s text: %w", m.Template, err)
	}
	if err := c.html.ExecuteTemplate(&html, "html", v); err != nil {
		return Rendered{}, fmt.Errorf("mail: rendering %s HTML: %w", m.Template, err)
	}
	r := Rendered{
		Subject: v.Subject,
		Text:    strings.TrimSpace(text.String()) + "\n",
		HTML:    strings.TrimSpace(html.String()) + "\n",
	}
	if sp.replyTo != "" {
		r.ReplyTo = strings.TrimSpace(m.Data[sp.replyTo])
	}
	if sp.fromName != "" {
		r.FromName = strings.Join(strings.Fields(m.Data[sp.fromName]), " ")
	}
	return r, nil
}

// linkURL is publicURL + path + "?token=" + token.
func linkURL(publicURL, path, token string) (string, error) {
	if token == "" {
		return "", fmt.Errorf("link without a token")
	}
	if !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
		return "", fmt.Errorf("link path %q must start with one /", path)
	}
	if strings.ContainsAny(path, "#\r\n ") {
		return "", fmt.Errorf("link path %q holds a character a path cannot", path)
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return publicURL + path + sep + "token=" + url.QueryEscape(token), nil
}
