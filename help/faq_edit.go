package help

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqrevision"
	"guichet/ent/faqtranslation"
	"guichet/locales"
	"guichet/role"
)

// FAQs follow the guides' model: a draft and a published revision per translation, each
// publish revision N+1, one language never touching the other.

// Limits of a FAQ's text.
const (
	MaxQuestionLength = 300
	MaxAnswerLength   = 50_000
)

// FaqTextInput is one translation of a FAQ as an editor writes it.
type FaqTextInput struct {
	Locale          locales.Locale
	Question        string
	Answer          string
	ExpectedVersion *int
}

func checkFaqText(in FaqTextInput, prefix string) []apperr.Violation {
	var vs []apperr.Violation
	switch q := strings.TrimSpace(in.Question); {
	case q == "":
		vs = append(vs, apperr.Violation{Field: prefix + "question", Code: "REQUIRED"})
	case utf8.RuneCountInString(q) > MaxQuestionLength:
		vs = append(vs, apperr.Violation{Field: prefix + "question", Code: "TOO_LONG", Data: map[string]any{"Max": MaxQuestionLength}})
	}
	if utf8.RuneCountInString(in.Answer) > MaxAnswerLength {
		vs = append(vs, apperr.Violation{Field: prefix + "answer", Code: "TOO_LONG", Data: map[string]any{"Max": MaxAnswerLength}})
	}
	return append(vs, checkMarkdown(prefix+"answer", in.Answer, vs)...)
}

// CreateFaqInput is a new FAQ entry: its translations (drafts), audience, category, position.
type CreateFaqInput struct {
	Translations []FaqTextInput
	Audience     *role.Audience
	Category     *string
	Position     *int
}

func (e *Editing) afterFaq(ctx context.Context, tx *ent.Tx, c Change, faqID int) error {
	if e.IndexFaq != nil {
		if err := e.IndexFaq(ctx, tx, faqID); err != nil {
			return err
		}
	}
	return e.afterChange(ctx, tx, c)
}

// CreateFaq makes a FAQ entry whose translations are drafts.
func (e *Editing) CreateFaq(ctx context.Context, sp *ent.Space, in CreateFaqInput, ed Editor) (*ent.Faq, error) {
	vs := checkTranslations(in.Translations, func(t FaqTextInput) locales.Locale { return t.Locale }, checkFaqText)
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	var out *ent.Faq
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		c := tx.Faq.Create().SetSpaceID(sp.ID).SetKey("f-" + randomKey())
		if in.Audience != nil {
			c.SetAudience(*in.Audience)
		}
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
		f, err := c.Save(ctx)
		if err != nil {
			return err
		}
		for _, t := range in.Translations {
			if err := tx.FaqTranslation.Create().SetFaqID(f.ID).SetLocale(t.Locale).
				SetDraftQuestion(strings.TrimSpace(t.Question)).SetDraftAnswer(t.Answer).
				SetDraftVersion(1).SetDraftUpdatedAt(e.now()).SetDraftUpdatedBy(ed.Name).Exec(ctx); err != nil {
				return err
			}
		}
		out = f
		return e.afterFaq(ctx, tx, Change{SpaceID: sp.ID, Action: "faq.created", FaqID: f.ID, Editor: ed}, f.ID)
	})
	return out, err
}

func faqIn(ctx context.Context, tx *ent.Tx, spaceID, id int) (*ent.Faq, error) {
	f, err := tx.Faq.Query().Where(faq.ID(id), faq.SpaceID(spaceID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return f, err
}

// SaveFaqDraft saves one translation's draft (creating the translation if missing).
func (e *Editing) SaveFaqDraft(ctx context.Context, sp *ent.Space, faqID int, in FaqTextInput, ed Editor) error {
	if vs := checkFaqText(in, ""); len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := faqIn(ctx, tx, sp.ID, faqID); err != nil {
			return err
		}
		t, err := tx.FaqTranslation.Query().Where(faqtranslation.FaqID(faqID), faqtranslation.LocaleEQ(in.Locale)).Only(ctx)
		now := e.now()
		switch {
		case ent.IsNotFound(err):
			err = tx.FaqTranslation.Create().SetFaqID(faqID).SetLocale(in.Locale).
				SetDraftQuestion(strings.TrimSpace(in.Question)).SetDraftAnswer(in.Answer).
				SetDraftVersion(1).SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name).Exec(ctx)
		case err == nil:
			u := tx.FaqTranslation.Update().Where(faqtranslation.ID(t.ID))
			if in.ExpectedVersion != nil {
				u.Where(faqtranslation.DraftVersion(*in.ExpectedVersion))
			}
			var n int
			n, err = u.SetDraftQuestion(strings.TrimSpace(in.Question)).SetDraftAnswer(in.Answer).AddDraftVersion(1).
				SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name).Save(ctx)
			if err == nil && n == 0 {
				return &apperr.Error{Code: apperr.Conflict, MessageID: "DRAFT_CHANGED", Extensions: map[string]any{"version": t.DraftVersion}}
			}
		}
		if err != nil {
			return err
		}
		return e.afterFaq(ctx, tx, Change{SpaceID: sp.ID, Action: "faq.draft_saved", FaqID: faqID, Locale: in.Locale, Editor: ed}, faqID)
	})
}

func (e *Editing) faqTargets(ctx context.Context, tx *ent.Tx, spaceID, faqID int, l *locales.Locale) ([]*ent.FaqTranslation, error) {
	f, err := faqIn(ctx, tx, spaceID, faqID)
	if err != nil {
		return nil, err
	}
	if f.DeletedAt != nil {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ITEM_DELETED", Reason: "DELETED"}
	}
	q := tx.FaqTranslation.Query().Where(faqtranslation.FaqID(faqID))
	if l != nil {
		q.Where(faqtranslation.LocaleEQ(*l))
	}
	ts, err := q.All(ctx)
	if err == nil && len(ts) == 0 {
		err = &apperr.Error{Code: apperr.NotFound, MessageID: "TRANSLATION_MISSING"}
	}
	return ts, err
}

// PublishFaq publishes one translation's draft, or each translation's, as revision N+1.
func (e *Editing) PublishFaq(ctx context.Context, sp *ent.Space, faqID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.faqTargets(ctx, tx, sp.ID, faqID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			html, plain, err := renderLimited("answer", t.DraftAnswer)
			if err != nil {
				return err
			}
			now := e.now()
			if err := tx.FaqTranslation.UpdateOneID(t.ID).AddRevision(1).SetPublished(true).SetPublishedAt(now).
				SetPublishedBy(ed.Name).SetQuestion(t.DraftQuestion).SetAnswer(t.DraftAnswer).SetHTML(html).SetPlain(plain).
				Exec(ctx); err != nil {
				return err
			}
			fresh, err := tx.FaqTranslation.Get(ctx, t.ID)
			if err != nil {
				return err
			}
			c := tx.FaqRevision.Create().SetTranslationID(t.ID).SetNumber(fresh.Revision).SetQuestion(t.DraftQuestion).
				SetAnswer(t.DraftAnswer).SetAuthor(ed.Name).SetCreatedAt(now)
			if ed.AccountID != 0 {
				c.SetAuthorID(ed.AccountID)
			}
			if err := c.Exec(ctx); err != nil {
				return err
			}
			if err := e.afterFaq(ctx, tx, Change{SpaceID: sp.ID, Action: "faq.published", FaqID: faqID, Locale: t.Locale, Editor: ed, Number: fresh.Revision}, faqID); err != nil {
				return err
			}
		}
		return nil
	})
}

// UnpublishFaq takes one translation, or all, off the help center.
func (e *Editing) UnpublishFaq(ctx context.Context, sp *ent.Space, faqID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.faqTargets(ctx, tx, sp.ID, faqID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if err := tx.FaqTranslation.UpdateOneID(t.ID).SetPublished(false).Exec(ctx); err != nil {
				return err
			}
			if err := e.afterFaq(ctx, tx, Change{SpaceID: sp.ID, Action: "faq.unpublished", FaqID: faqID, Locale: t.Locale, Editor: ed}, faqID); err != nil {
				return err
			}
		}
		return nil
	})
}

// FaqDraft is a FAQ translation as an editor sees it.
type FaqDraft struct {
	Locale            locales.Locale
	Question, Answer  string
	HTML              string
	Status            string
	TranslationStatus string
	Version, Revision int
	UpdatedAt         *time.Time
	UpdatedBy         string
}

// GetFaqDraft reads one translation's draft (empty when the translation does not exist).
func (e *Editing) GetFaqDraft(ctx context.Context, sp *ent.Space, faqID int, l locales.Locale) (*FaqDraft, error) {
	f, err := e.Client.Faq.Query().Where(faq.ID(faqID), faq.SpaceID(sp.ID)).WithTranslations().Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	var t, other *ent.FaqTranslation
	for _, x := range f.Edges.Translations {
		if x.Locale == l {
			t = x
		} else {
			other = x
		}
	}
	d := &FaqDraft{Locale: l, Status: "DRAFT", TranslationStatus: "MISSING"}
	if t == nil {
		return d, nil
	}
	html, err := renderDraft(t.DraftAnswer)
	if err != nil {
		return nil, err
	}
	d.Question, d.Answer, d.HTML, d.Version, d.Revision = t.DraftQuestion, t.DraftAnswer, html, t.DraftVersion, t.Revision
	d.UpdatedAt, d.UpdatedBy = t.DraftUpdatedAt, t.DraftUpdatedBy
	d.Status = DraftStatus(t.Published, faqChanged(t))
	var otherAt *time.Time
	if other != nil {
		otherAt = other.PublishedAt
	}
	d.TranslationStatus = PublishedStatus(t.Revision, t.PublishedAt, otherAt)
	return d, nil
}

// FaqRevisions lists a translation's revisions, newest first.
func (e *Editing) FaqRevisions(ctx context.Context, sp *ent.Space, faqID int, l locales.Locale) ([]*ent.FaqRevision, error) {
	ctx = allow(ctx)
	if n, err := e.Client.Faq.Query().Where(faq.ID(faqID), faq.SpaceID(sp.ID)).Count(ctx); err != nil || n == 0 {
		if err == nil {
			err = &apperr.Error{Code: apperr.NotFound}
		}
		return nil, err
	}
	return e.Client.FaqRevision.Query().
		Where(faqrevision.HasTranslationWith(faqtranslation.FaqID(faqID), faqtranslation.LocaleEQ(l))).
		Order(ent.Desc(faqrevision.FieldNumber)).All(ctx)
}

// RestoreFaqRevision makes a revision's text the translation's new draft.
func (e *Editing) RestoreFaqRevision(ctx context.Context, sp *ent.Space, faqID int, l locales.Locale, n int, ed Editor) error {
	revs, err := e.FaqRevisions(ctx, sp, faqID, l)
	if err != nil {
		return err
	}
	for _, r := range revs {
		if r.Number == n {
			return e.SaveFaqDraft(ctx, sp, faqID, FaqTextInput{Locale: l, Question: r.Question, Answer: r.Answer}, ed)
		}
	}
	return &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": n}}
}

// DeleteFaq hides a FAQ entry (restorable); undelete with RestoreFaq.
func (e *Editing) DeleteFaq(ctx context.Context, sp *ent.Space, faqID int, deleted bool, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := faqIn(ctx, tx, sp.ID, faqID); err != nil {
			return err
		}
		u := tx.Faq.UpdateOneID(faqID)
		action := "faq.restored"
		if deleted {
			u.SetDeletedAt(e.now())
			action = "faq.deleted"
		} else {
			u.ClearDeletedAt()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return e.afterFaq(ctx, tx, Change{SpaceID: sp.ID, Action: action, FaqID: faqID, Editor: ed}, faqID)
	})
}

// FaqView loads a FAQ entry for an editor's answer, whether or not readers may see it.
func (e *Editing) FaqView(ctx context.Context, sp *ent.Space, faqID int, l locales.Locale) (*ent.Faq, error) {
	f, err := e.Client.Faq.Query().Where(faq.ID(faqID), faq.SpaceID(sp.ID)).
		WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
		WithCategory(withCategoryTr).Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	return f.Serve(l), nil
}

// CompareFaq is a unified text diff of two revisions of a FAQ translation.
func (e *Editing) CompareFaq(ctx context.Context, sp *ent.Space, faqID int, l locales.Locale, from, to int) (string, error) {
	revs, err := e.FaqRevisions(ctx, sp, faqID, l)
	if err != nil {
		return "", err
	}
	a, b, err := pickRevisions(revs, func(r *ent.FaqRevision) int { return r.Number }, from, to)
	if err != nil {
		return "", err
	}
	text := func(r *ent.FaqRevision) string {
		return "# " + r.Question + "\n\n" + strings.TrimRight(r.Answer, "\n") + "\n"
	}
	return revisionDiff(from, to, text(a), text(b)), nil
}

// pickRevisions finds revisions from and to among revs; NOT_FOUND names a missing one.
func pickRevisions[R any](revs []R, number func(R) int, from, to int) (a, b R, err error) {
	found := 0
	for _, r := range revs {
		if number(r) == from {
			a, found = r, found|1
		}
		if number(r) == to {
			b, found = r, found|2
		}
	}
	switch {
	case found&1 == 0:
		err = &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": from}}
	case found&2 == 0:
		err = &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": to}}
	}
	return a, b, err
}

// faqChanged says whether a FAQ translation's draft differs from its published text.
func faqChanged(t *ent.FaqTranslation) bool {
	return t.DraftQuestion != t.Question || t.DraftAnswer != t.Answer
}
