package help

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aymanbagabas/go-udiff"

	"guichet/apperr"
	"guichet/background"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/categorytranslation"
	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guiderevision"
	"guichet/ent/guideslug"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/markdown"
	"guichet/role"
	"guichet/slug"
)

// Editor is the person editing, as the editing operations record them.
type Editor struct {
	AccountID int
	Name      string
	Client    string
}

// Editing runs the editors' operations on guides. Each is one transaction; the search
// index, the audit log and the webhooks follow in that same transaction, and readers'
// cached answers are dropped once it commits.
type Editing struct {
	Client *ent.Client
	Now    func() time.Time
	// AfterChange runs inside the transaction of every publishing change (audit, webhooks).
	AfterChange func(ctx context.Context, tx *ent.Tx, c Change) error
	// Changed is called after a commit that changed what readers see.
	Changed func()
	// Index brings the search index in step with a guide inside the transaction; IndexFaq
	// with a FAQ entry.
	Index         func(ctx context.Context, tx *ent.Tx, guideID int) error
	IndexFaq      func(ctx context.Context, tx *ent.Tx, faqID int) error
	IndexResource func(ctx context.Context, tx *ent.Tx, resourceID int) error

	scheduler background.Loop
}

// Change is one editing action, for the audit log and the webhooks.
type Change struct {
	SpaceID    int
	Action     string // guide.created, guide.draft_saved, guide.published, faq.published, …
	GuideID    int
	FaqID      int
	ResourceID int
	CategoryID int
	Locale     locales.Locale // "" for the whole item
	Editor     Editor
	Number     int // the revision made, when one was
}

// Limits of a guide's text.
const (
	MaxTitleLength   = 200
	MaxSummaryLength = 1000
	MaxBodyLength    = 200_000
)

func (e *Editing) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// allow lets the editing service read drafts and write content: the caller checked the
// editor's permission before (the schema's @can), and every query below names the space.
func allow(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

func (e *Editing) inTx(ctx context.Context, f func(ctx context.Context, tx *ent.Tx) error) error {
	ctx = allow(ctx)
	tx, err := e.Client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := f(ctx, tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if e.Changed != nil {
		e.Changed()
	}
	return nil
}

func (e *Editing) after(ctx context.Context, tx *ent.Tx, c Change) error {
	if e.Index != nil && c.GuideID != 0 {
		if err := e.Index(ctx, tx, c.GuideID); err != nil {
			return err
		}
	}
	return e.afterChange(ctx, tx, c)
}

// TranslationInput is the text of one translation as an editor writes it.
type TranslationInput struct {
	Locale  locales.Locale
	Slug    *string
	Title   string
	Summary string
	Body    string
	// ExpectedVersion, when given, refuses the save with CONFLICT if someone saved the
	// draft since the editor loaded it.
	ExpectedVersion *int
}

func checkText(in TranslationInput, prefix string) []apperr.Violation {
	var vs []apperr.Violation
	for _, f := range []struct {
		field, value string
		max          int
		required     bool
	}{
		{"title", in.Title, MaxTitleLength, true},
		{"summary", in.Summary, MaxSummaryLength, false},
		{"body", in.Body, MaxBodyLength, false},
	} {
		v := strings.TrimSpace(f.value)
		switch {
		case f.required && v == "":
			vs = append(vs, apperr.Violation{Field: prefix + f.field, Code: "REQUIRED"})
		case utf8.RuneCountInString(f.value) > f.max:
			vs = append(vs, apperr.Violation{Field: prefix + f.field, Code: "TOO_LONG", Data: map[string]any{"Max": f.max}})
		}
	}
	if in.Slug != nil && *in.Slug != "" && !slug.Valid(*in.Slug) {
		vs = append(vs, apperr.Violation{Field: prefix + "slug", Code: "SLUG_INVALID"})
	}
	return append(vs, checkMarkdown(prefix+"body", in.Body, vs)...)
}

// checkMarkdown refuses Markdown the renderer would refuse, when field has no violation yet,
// so that a draft that is saved can always be previewed and published.
func checkMarkdown(field, src string, vs []apperr.Violation) []apperr.Violation {
	for _, v := range vs {
		if v.Field == field {
			return nil
		}
	}
	if le, ok := markdown.Validate(src).(*markdown.LimitError); ok {
		return []apperr.Violation{le.Violation(field)}
	}
	return nil
}

// renderLimited maps Markdown over the limits (saved before they existed) to BAD_USER_INPUT of
// field, so that publishing says what to fix.
func renderLimited(field, src string) (html, plain string, err error) {
	html, plain, err = markdown.Render(src)
	if le, ok := err.(*markdown.LimitError); ok {
		return "", "", apperr.Invalid(le.Violation(field))
	}
	return html, plain, err
}

// renderDraft is the HTML of a draft to show its editor: Markdown over the limits shows as
// written, as preformatted text.
func renderDraft(src string) (string, error) {
	html, _, err := markdown.Render(src)
	if _, ok := err.(*markdown.LimitError); ok {
		return markdown.Fallback(src), nil
	}
	return html, err
}

// checkTranslations validates the translations of a new item: at least one, each language
// once, each text by its own rules (fields prefixed translations.N.).
func checkTranslations[T any](ts []T, localeOf func(T) locales.Locale, check func(T, string) []apperr.Violation) []apperr.Violation {
	var vs []apperr.Violation
	if len(ts) == 0 {
		vs = append(vs, apperr.Violation{Field: "translations", Code: "REQUIRED"})
	}
	seen := map[locales.Locale]bool{}
	for i, t := range ts {
		prefix := fmt.Sprintf("translations.%d.", i)
		if l := localeOf(t); !l.Valid() || seen[l] {
			vs = append(vs, apperr.Violation{Field: prefix + "locale", Code: "LOCALE_TWICE"})
		} else {
			seen[l] = true
		}
		vs = append(vs, check(t, prefix)...)
	}
	return vs
}

// slugFor is the slug a translation asks for: the one given, else one made from the title.
func slugFor(in TranslationInput) string {
	if in.Slug != nil && *in.Slug != "" {
		return *in.Slug
	}
	return slug.Make(in.Title)
}

// claimSlug makes slug answer for the guide in the space and locale; another guide holding
// it is a CONFLICT that names that guide.
func claimSlug(ctx context.Context, tx *ent.Tx, spaceID, guideID int, l locales.Locale, s, field string) error {
	if s == "" {
		return apperr.Invalid(apperr.Violation{Field: field, Code: "SLUG_INVALID"})
	}
	owner, err := tx.GuideSlug.Query().Where(guideslug.SpaceID(spaceID), guideslug.Slug(s), guideslug.LocaleEQ(l)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		err = tx.GuideSlug.Create().SetSpaceID(spaceID).SetLocale(l).SetSlug(s).SetGuideID(guideID).Exec(ctx)
		if ent.IsConstraintError(err) {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "SLUG_TAKEN", Data: map[string]any{"Slug": s}}
		}
		return err
	case err != nil:
		return err
	case owner.GuideID != guideID:
		return &apperr.Error{Code: apperr.Conflict, MessageID: "SLUG_TAKEN", Data: map[string]any{"Slug": s},
			ID: fmt.Sprint(owner.GuideID)}
	}
	return nil
}

// CreateGuideInput is a new guide: its translations (drafts), audience, category, position.
type CreateGuideInput struct {
	Translations []TranslationInput
	Audience     *role.Audience
	Category     *string // a category slug, in either locale
	Position     *int
}

// CreateGuide makes a guide whose translations are drafts: nothing is published.
func (e *Editing) CreateGuide(ctx context.Context, sp *ent.Space, in CreateGuideInput, ed Editor) (*ent.Guide, error) {
	vs := checkTranslations(in.Translations, func(t TranslationInput) locales.Locale { return t.Locale }, checkText)
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	audience := role.Public
	if in.Audience != nil {
		audience = *in.Audience
	}
	var out *ent.Guide
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		c := tx.Guide.Create().SetSpaceID(sp.ID).SetKey("g-" + randomKey()).SetAudience(audience)
		if in.Position != nil {
			c.SetPosition(*in.Position)
		}
		if in.Category != nil {
			catID, err := categoryBySlug(ctx, tx, sp.ID, *in.Category)
			if err != nil {
				return err
			}
			c.SetCategoryID(catID)
		}
		g, err := c.Save(ctx)
		if err != nil {
			return err
		}
		for i, t := range in.Translations {
			s := slugFor(t)
			if err := claimSlug(ctx, tx, sp.ID, g.ID, t.Locale, s, fmt.Sprintf("translations.%d.slug", i)); err != nil {
				return err
			}
			if err := tx.GuideTranslation.Create().SetGuideID(g.ID).SetLocale(t.Locale).SetSlug(s).
				SetDraftTitle(strings.TrimSpace(t.Title)).SetDraftSummary(strings.TrimSpace(t.Summary)).SetDraftBody(t.Body).
				SetDraftVersion(1).SetDraftUpdatedAt(e.now()).SetDraftUpdatedBy(ed.Name).Exec(ctx); err != nil {
				return err
			}
		}
		out = g
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.created", GuideID: g.ID, Editor: ed})
	})
	return out, err
}

func categoryBySlug(ctx context.Context, tx *ent.Tx, spaceID int, s string) (int, error) {
	id, err := tx.Category.Query().Where(category.SpaceID(spaceID), category.DeletedAtIsNil(),
		category.HasTranslationsWith(categorytranslation.Slug(s))).FirstID(ctx)
	if ent.IsNotFound(err) {
		return 0, apperr.Invalid(apperr.Violation{Field: "category", Code: "CATEGORY_UNKNOWN", Data: map[string]any{"Slug": s}})
	}
	return id, err
}

// guideIn loads a guide of the space, deleted or not; NOT_FOUND otherwise.
func guideIn(ctx context.Context, tx *ent.Tx, spaceID, id int) (*ent.Guide, error) {
	g, err := tx.Guide.Query().Where(guide.ID(id), guide.SpaceID(spaceID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return g, err
}

func translation(ctx context.Context, tx *ent.Tx, guideID int, l locales.Locale) (*ent.GuideTranslation, error) {
	t, err := tx.GuideTranslation.Query().Where(guidetranslation.GuideID(guideID), guidetranslation.LocaleEQ(l)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return t, err
}

// SaveDraft saves the draft of one translation (creating the translation if the guide had
// none in that locale). The published revision and the other language are untouched.
func (e *Editing) SaveDraft(ctx context.Context, sp *ent.Space, guideID int, in TranslationInput, ed Editor) error {
	if vs := checkText(in, ""); len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := guideIn(ctx, tx, sp.ID, guideID); err != nil {
			return err
		}
		t, err := translation(ctx, tx, guideID, in.Locale)
		if err != nil {
			return err
		}
		now := e.now()
		if t == nil {
			s := slugFor(in)
			if err := claimSlug(ctx, tx, sp.ID, guideID, in.Locale, s, "slug"); err != nil {
				return err
			}
			err = tx.GuideTranslation.Create().SetGuideID(guideID).SetLocale(in.Locale).SetSlug(s).
				SetDraftTitle(strings.TrimSpace(in.Title)).SetDraftSummary(strings.TrimSpace(in.Summary)).SetDraftBody(in.Body).
				SetDraftVersion(1).SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name).Exec(ctx)
		} else {
			u := tx.GuideTranslation.Update().Where(guidetranslation.ID(t.ID))
			if in.ExpectedVersion != nil {
				u.Where(guidetranslation.DraftVersion(*in.ExpectedVersion))
			}
			draftSlug := ""
			if in.Slug != nil && *in.Slug != "" && *in.Slug != t.Slug {
				if err := claimSlug(ctx, tx, sp.ID, guideID, in.Locale, *in.Slug, "slug"); err != nil {
					return err
				}
				draftSlug = *in.Slug
			}
			var n int
			n, err = u.SetDraftTitle(strings.TrimSpace(in.Title)).SetDraftSummary(strings.TrimSpace(in.Summary)).
				SetDraftBody(in.Body).SetDraftSlug(draftSlug).AddDraftVersion(1).
				SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name).Save(ctx)
			if err == nil && n == 0 {
				return &apperr.Error{Code: apperr.Conflict, MessageID: "DRAFT_CHANGED",
					Extensions: map[string]any{"version": t.DraftVersion}}
			}
		}
		if err != nil {
			return err
		}
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.draft_saved", GuideID: guideID, Locale: in.Locale, Editor: ed})
	})
}

// Publish publishes the drafts of one translation, or of all of them when l is nil: each
// becomes revision N+1 of its translation, numbered by the database (two concurrent publishes
// of one translation get N+1 and N+2, never the same number).
func (e *Editing) Publish(ctx context.Context, sp *ent.Space, guideID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.targets(ctx, tx, sp.ID, guideID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			n, err := e.publishTranslation(ctx, tx, t, ed)
			if err != nil {
				return err
			}
			if err := e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.published", GuideID: guideID, Locale: t.Locale, Editor: ed, Number: n}); err != nil {
				return err
			}
		}
		return nil
	})
}

// targets are the translations an operation on one locale, or on all (l nil), acts on.
func (e *Editing) targets(ctx context.Context, tx *ent.Tx, spaceID, guideID int, l *locales.Locale) ([]*ent.GuideTranslation, error) {
	g, err := guideIn(ctx, tx, spaceID, guideID)
	if err != nil {
		return nil, err
	}
	if g.DeletedAt != nil {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ITEM_DELETED", Reason: "DELETED"}
	}
	q := tx.GuideTranslation.Query().Where(guidetranslation.GuideID(guideID))
	if l != nil {
		q.Where(guidetranslation.LocaleEQ(*l))
	}
	ts, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, &apperr.Error{Code: apperr.NotFound, MessageID: "TRANSLATION_MISSING"}
	}
	return ts, nil
}

func (e *Editing) publishTranslation(ctx context.Context, tx *ent.Tx, t *ent.GuideTranslation, ed Editor) (int, error) {
	html, plain, err := renderLimited("body", t.DraftBody)
	if err != nil {
		return 0, err
	}
	slugNow := t.Slug
	if t.DraftSlug != "" {
		slugNow = t.DraftSlug
	}
	now := e.now()
	// The draft's files become the published ones, in the same transaction as its text.
	files, err := tx.GuideTranslation.QueryDraftAttachments(t).IDs(ctx)
	if err != nil {
		return 0, err
	}
	// The number comes from the row itself, in the same statement that publishes it.
	if err := tx.GuideTranslation.UpdateOneID(t.ID).AddRevision(1).SetPublished(true).SetPublishedAt(now).
		SetPublishedBy(ed.Name).SetTitle(t.DraftTitle).SetSummary(t.DraftSummary).SetBody(t.DraftBody).
		SetHTML(html).SetPlain(plain).SetSlug(slugNow).SetDraftSlug("").ClearPublishAt().
		ClearAttachments().AddAttachmentIDs(files...).Exec(ctx); err != nil {
		return 0, err
	}
	fresh, err := tx.GuideTranslation.Get(ctx, t.ID)
	if err != nil {
		return 0, err
	}
	c := tx.GuideRevision.Create().SetTranslationID(t.ID).SetNumber(fresh.Revision).SetSlug(slugNow).
		SetTitle(t.DraftTitle).SetSummary(t.DraftSummary).SetBody(t.DraftBody).SetAuthor(ed.Name).SetCreatedAt(now)
	if ed.AccountID != 0 {
		c.SetAuthorID(ed.AccountID)
	}
	if err := c.Exec(ctx); err != nil {
		return 0, err
	}
	return fresh.Revision, tx.Guide.UpdateOneID(t.GuideID).SetUpdatedAt(now).Exec(ctx)
}

// Unpublish takes one translation, or all, off the public help center; drafts and
// revisions stay.
func (e *Editing) Unpublish(ctx context.Context, sp *ent.Space, guideID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.targets(ctx, tx, sp.ID, guideID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if err := tx.GuideTranslation.UpdateOneID(t.ID).SetPublished(false).Exec(ctx); err != nil {
				return err
			}
			if err := e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.unpublished", GuideID: guideID, Locale: t.Locale, Editor: ed}); err != nil {
				return err
			}
		}
		return nil
	})
}

// Draft is a translation as an editor sees it.
type Draft struct {
	Locale            locales.Locale
	Slug              string
	Title             string
	Summary           string
	Body              string
	HTML              string
	Status            string // DRAFT, PUBLISHED, CHANGED
	TranslationStatus string // MISSING, OUTDATED, UP_TO_DATE
	Version           int
	UpdatedAt         *time.Time
	UpdatedBy         string
	PublishAt         *time.Time
	Revision          int
	Attachments       []*ent.File // the draft's files, oldest first
	Preview           string      // the secret of the preview link it is read through, if any: its files are fetched with it
}

// Status of a translation's draft against its published revision.
func status(t *ent.GuideTranslation) string {
	if t == nil {
		return DraftStatus(false, false)
	}
	return DraftStatus(t.Published, guideChanged(t))
}

// guideChanged says whether a guide translation's draft differs from its published text, or
// from its published files when both lists of files are loaded (withFileIDs).
func guideChanged(t *ent.GuideTranslation) bool {
	return t.DraftTitle != t.Title || t.DraftSummary != t.Summary || t.DraftBody != t.Body || (t.DraftSlug != "" && t.DraftSlug != t.Slug) ||
		!sameFiles(t.Edges.DraftAttachments, t.Edges.Attachments)
}

// sameFiles says whether two lists of files hold the same files, in any order.
func sameFiles(a, b []*ent.File) bool {
	if len(a) != len(b) {
		return false
	}
	ids := make(map[int]bool, len(a))
	for _, f := range a {
		ids[f.ID] = true
	}
	for _, f := range b {
		if !ids[f.ID] {
			return false
		}
	}
	return true
}

// withFileIDs loads the ids of a guide translation's published and draft files, for
// guideChanged.
func withFileIDs(q *ent.GuideTranslationQuery) {
	q.WithAttachments(func(q *ent.FileQuery) { q.Select(file.FieldID) }).
		WithDraftAttachments(func(q *ent.FileQuery) { q.Select(file.FieldID) })
}

// DraftStatus is DRAFT for what readers do not see, CHANGED for a published translation
// with unpublished changes, PUBLISHED otherwise.
func DraftStatus(published, changed bool) string {
	switch {
	case !published:
		return "DRAFT"
	case changed:
		return "CHANGED"
	}
	return "PUBLISHED"
}

// TranslationStatus says whether a translation keeps up with the other language: MISSING
// when it has never been published, OUTDATED when the other language was published after it.
func TranslationStatus(t, other *ent.GuideTranslation) string {
	if t == nil {
		return PublishedStatus(0, nil, nil)
	}
	var otherAt *time.Time
	if other != nil {
		otherAt = other.PublishedAt
	}
	return PublishedStatus(t.Revision, t.PublishedAt, otherAt)
}

// PublishedStatus compares a translation's last publish with the other language's.
func PublishedStatus(revision int, at, otherAt *time.Time) string {
	switch {
	case revision == 0 || at == nil:
		return "MISSING"
	case otherAt != nil && otherAt.After(*at):
		return "OUTDATED"
	}
	return "UP_TO_DATE"
}

// GetDraft reads one translation's draft. A translation that does not exist yet reads as an
// empty draft: the other language is never copied into it.
func (e *Editing) GetDraft(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale) (*Draft, error) {
	ctx = allow(ctx)
	g, err := e.Client.Guide.Query().Where(guide.ID(guideID), guide.SpaceID(sp.ID)).
		WithTranslations(func(q *ent.GuideTranslationQuery) {
			q.WithAttachments(func(q *ent.FileQuery) { q.Select(file.FieldID) }).
				WithDraftAttachments(func(q *ent.FileQuery) { q.Order(ent.Asc(file.FieldID)) })
		}).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	var t, other *ent.GuideTranslation
	for _, x := range g.Edges.Translations {
		if x.Locale == l {
			t = x
		} else {
			other = x
		}
	}
	d := &Draft{Locale: l, Status: status(t), TranslationStatus: TranslationStatus(t, other)}
	if t == nil {
		return d, nil
	}
	html, err := renderDraft(t.DraftBody)
	if err != nil {
		return nil, err
	}
	d.Slug = t.Slug
	if t.DraftSlug != "" {
		d.Slug = t.DraftSlug
	}
	d.Title, d.Summary, d.Body, d.HTML = t.DraftTitle, t.DraftSummary, t.DraftBody, html
	d.Version, d.UpdatedAt, d.UpdatedBy, d.PublishAt, d.Revision = t.DraftVersion, t.DraftUpdatedAt, t.DraftUpdatedBy, t.PublishAt, t.Revision
	d.Attachments = t.Edges.DraftAttachments
	return d, nil
}

// Revisions lists a translation's revisions, newest first.
func (e *Editing) Revisions(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale) ([]*ent.GuideRevision, error) {
	ctx = allow(ctx)
	if n, err := e.Client.Guide.Query().Where(guide.ID(guideID), guide.SpaceID(sp.ID)).Count(ctx); err != nil || n == 0 {
		if err == nil {
			err = &apperr.Error{Code: apperr.NotFound}
		}
		return nil, err
	}
	return e.Client.GuideRevision.Query().
		Where(guiderevision.HasTranslationWith(guidetranslation.GuideID(guideID), guidetranslation.LocaleEQ(l))).
		Order(ent.Desc(guiderevision.FieldNumber)).All(ctx)
}

func (e *Editing) revision(ctx context.Context, guideID int, l locales.Locale, n int) (*ent.GuideRevision, error) {
	r, err := e.Client.GuideRevision.Query().
		Where(guiderevision.Number(n), guiderevision.HasTranslationWith(guidetranslation.GuideID(guideID), guidetranslation.LocaleEQ(l))).
		Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": n}}
	}
	return r, err
}

// Restore makes a revision's text the translation's new draft (publishing it is a new revision).
func (e *Editing) Restore(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale, n int, ed Editor) error {
	if _, err := e.Revisions(ctx, sp, guideID, l); err != nil {
		return err
	}
	r, err := e.revision(ctx, guideID, l, n)
	if err != nil {
		return err
	}
	return e.SaveDraft(ctx, sp, guideID, TranslationInput{Locale: l, Slug: &r.Slug, Title: r.Title, Summary: r.Summary, Body: r.Body}, ed)
}

// Compare is a unified text diff of two revisions of a translation (title, summary, body).
func (e *Editing) Compare(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale, from, to int) (string, error) {
	if _, err := e.Revisions(ctx, sp, guideID, l); err != nil {
		return "", err
	}
	a, err := e.revision(ctx, guideID, l, from)
	if err != nil {
		return "", err
	}
	b, err := e.revision(ctx, guideID, l, to)
	if err != nil {
		return "", err
	}
	text := func(r *ent.GuideRevision) string {
		return "# " + r.Title + "\n\n" + r.Summary + "\n\n" + strings.TrimRight(r.Body, "\n") + "\n"
	}
	return revisionDiff(from, to, text(a), text(b)), nil
}

// revisionDiff is the unified diff between the texts of two revisions.
func revisionDiff(from, to int, a, b string) string {
	return udiff.Unified(fmt.Sprintf("revision %d", from), fmt.Sprintf("revision %d", to), a, b)
}

// Delete marks a guide deleted: readers no longer see it; Undelete brings it back as it was.
func (e *Editing) Delete(ctx context.Context, sp *ent.Space, guideID int, ed Editor) error {
	return e.setDeleted(ctx, sp, guideID, ed, true)
}

// Undelete restores a deleted guide.
func (e *Editing) Undelete(ctx context.Context, sp *ent.Space, guideID int, ed Editor) error {
	return e.setDeleted(ctx, sp, guideID, ed, false)
}

func (e *Editing) setDeleted(ctx context.Context, sp *ent.Space, guideID int, ed Editor, deleted bool) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := guideIn(ctx, tx, sp.ID, guideID); err != nil {
			return err
		}
		u := tx.Guide.UpdateOneID(guideID)
		action := "guide.restored"
		if deleted {
			u.SetDeletedAt(e.now())
			action = "guide.deleted"
			// A deleted guide's drafts are no longer shown to anybody: its preview links end
			// with it, and a restore does not bring them back.
			if _, err := revokePreviews(ctx, tx, sp.ID, guideID, nil); err != nil {
				return err
			}
		} else {
			u.ClearDeletedAt()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: action, GuideID: guideID, Editor: ed})
	})
}

// Untranslated lists the guides of the space whose translation in l is missing or outdated
// while the other language is published.
func (e *Editing) Untranslated(ctx context.Context, sp *ent.Space, l locales.Locale) ([]Pending, error) {
	gs, err := e.Client.Guide.Query().Where(guide.SpaceID(sp.ID), guide.DeletedAtIsNil()).
		Order(ent.Asc(guide.FieldPosition), ent.Asc(guide.FieldID)).WithTranslations().All(allow(ctx))
	if err != nil {
		return nil, err
	}
	var out []Pending
	for _, g := range gs {
		var t, other *ent.GuideTranslation
		for _, x := range g.Edges.Translations {
			if x.Locale == l {
				t = x
			} else {
				other = x
			}
		}
		if other == nil || !other.Published {
			continue
		}
		if s := TranslationStatus(t, other); s != "UP_TO_DATE" {
			out = append(out, Pending{Guide: g, Status: s, Source: other})
		}
	}
	return out, nil
}

// Pending is a guide that needs translating, and the translation to work from.
type Pending struct {
	Guide  *ent.Guide
	Status string
	Source *ent.GuideTranslation
}

// View loads a guide for an editor's answer, whether or not readers may see it: its
// published translations served in locale l.
func (e *Editing) View(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale) (*ent.Guide, error) {
	g, err := withGuideEdges(e.Client.Guide.Query().Where(guide.ID(guideID), guide.SpaceID(sp.ID)),
		Include{Category: true, Attachments: true}).Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	return g.Serve(l), nil
}
