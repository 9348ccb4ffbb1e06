package help

import (
	"context"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/ent/resource"
	"guichet/ent/resourcerevision"
	"guichet/ent/resourcetranslation"
	"guichet/locales"
	"guichet/role"
	"guichet/upload"
)

// Resources follow the guides' model: a draft and a published revision per translation.
// Each translation is a file or a link, never both: uploading a file clears the draft's
// link, and giving a link clears its file.

// Limits of a resource's text.
const (
	MaxDescriptionLength = 5000
	MaxURLLength         = 2000
)

// ResourceTextInput is one translation of a resource as an editor writes it. URL nil keeps
// the draft's link or file as it is; "" removes the link.
type ResourceTextInput struct {
	Locale          locales.Locale
	Title           string
	Description     string
	URL             *string
	ExpectedVersion *int
}

func checkResourceText(in ResourceTextInput, prefix string) []apperr.Violation {
	var vs []apperr.Violation
	switch t := strings.TrimSpace(in.Title); {
	case t == "":
		vs = append(vs, apperr.Violation{Field: prefix + "title", Code: "REQUIRED"})
	case utf8.RuneCountInString(t) > MaxTitleLength:
		vs = append(vs, apperr.Violation{Field: prefix + "title", Code: "TOO_LONG", Data: map[string]any{"Max": MaxTitleLength}})
	}
	if utf8.RuneCountInString(in.Description) > MaxDescriptionLength {
		vs = append(vs, apperr.Violation{Field: prefix + "description", Code: "TOO_LONG", Data: map[string]any{"Max": MaxDescriptionLength}})
	}
	vs = append(vs, checkMarkdown(prefix+"description", in.Description, vs)...)
	if in.URL != nil && *in.URL != "" && !validLink(*in.URL) {
		vs = append(vs, apperr.Violation{Field: prefix + "url", Code: "URL_INVALID"})
	}
	return vs
}

// validLink accepts an absolute http or https address with a host.
func validLink(s string) bool {
	if len(s) > MaxURLLength {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// CreateResourceInput is a new resource: its translations (drafts), audience, category and
// position. Files are uploaded afterwards, per translation.
type CreateResourceInput struct {
	Translations []ResourceTextInput
	Audience     *role.Audience
	Category     *string
	Position     *int
}

func (e *Editing) afterResource(ctx context.Context, tx *ent.Tx, c Change) error {
	if e.IndexResource != nil {
		if err := e.IndexResource(ctx, tx, c.ResourceID); err != nil {
			return err
		}
	}
	return e.afterChange(ctx, tx, c)
}

// CreateResource makes a resource whose translations are drafts.
func (e *Editing) CreateResource(ctx context.Context, sp *ent.Space, in CreateResourceInput, ed Editor) (*ent.Resource, error) {
	vs := checkTranslations(in.Translations, func(t ResourceTextInput) locales.Locale { return t.Locale }, checkResourceText)
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	var out *ent.Resource
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		c := tx.Resource.Create().SetSpaceID(sp.ID).SetKey("r-" + randomKey()).
			SetNillableAudience(in.Audience).SetNillablePosition(in.Position)
		if in.Category != nil {
			catID, err := categoryBySlug(ctx, tx, sp.ID, *in.Category)
			if err != nil {
				return err
			}
			c.SetCategoryID(catID)
		}
		r, err := c.Save(ctx)
		if err != nil {
			return err
		}
		for _, t := range in.Translations {
			if err := tx.ResourceTranslation.Create().SetResourceID(r.ID).SetLocale(t.Locale).
				SetDraftTitle(strings.TrimSpace(t.Title)).SetDraftDescription(t.Description).SetDraftURL(deref(t.URL)).
				SetDraftVersion(1).SetDraftUpdatedAt(e.now()).SetDraftUpdatedBy(ed.Name).Exec(ctx); err != nil {
				return err
			}
		}
		out = r
		return e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.created", ResourceID: r.ID, Editor: ed})
	})
	return out, err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func resourceIn(ctx context.Context, tx *ent.Tx, spaceID, id int) (*ent.Resource, error) {
	r, err := tx.Resource.Query().Where(resource.ID(id), resource.SpaceID(spaceID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return r, err
}

// draftConflict is the refusal of a save made from a stale draft version.
func draftConflict(current int) error {
	return &apperr.Error{Code: apperr.Conflict, MessageID: "DRAFT_CHANGED", Extensions: map[string]any{"version": current}}
}

// SaveResourceDraft saves one translation's draft (creating the translation if missing).
func (e *Editing) SaveResourceDraft(ctx context.Context, sp *ent.Space, resourceID int, in ResourceTextInput, ed Editor) error {
	if vs := checkResourceText(in, ""); len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := resourceIn(ctx, tx, sp.ID, resourceID); err != nil {
			return err
		}
		t, err := tx.ResourceTranslation.Query().
			Where(resourcetranslation.ResourceID(resourceID), resourcetranslation.LocaleEQ(in.Locale)).Only(ctx)
		now := e.now()
		switch {
		case ent.IsNotFound(err):
			err = tx.ResourceTranslation.Create().SetResourceID(resourceID).SetLocale(in.Locale).
				SetDraftTitle(strings.TrimSpace(in.Title)).SetDraftDescription(in.Description).SetDraftURL(deref(in.URL)).
				SetDraftVersion(1).SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name).Exec(ctx)
		case err == nil:
			u := tx.ResourceTranslation.Update().Where(resourcetranslation.ID(t.ID))
			if in.ExpectedVersion != nil {
				u.Where(resourcetranslation.DraftVersion(*in.ExpectedVersion))
			}
			u.SetDraftTitle(strings.TrimSpace(in.Title)).SetDraftDescription(in.Description).AddDraftVersion(1).
				SetDraftUpdatedAt(now).SetDraftUpdatedBy(ed.Name)
			if in.URL != nil {
				u.SetDraftURL(*in.URL)
				if *in.URL != "" {
					u.ClearDraftFileID()
				}
			}
			var n int
			n, err = u.Save(ctx)
			if err == nil && n == 0 {
				return draftConflict(t.DraftVersion)
			}
		}
		if err != nil {
			return err
		}
		return e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.draft_saved", ResourceID: resourceID, Locale: in.Locale, Editor: ed})
	})
}

// UploadResourceFile stores a file, checked by its content, as the file of one
// translation's draft (replacing its link); publishing makes it the one readers download.
func (e *Editing) UploadResourceFile(ctx context.Context, sp *ent.Space, store blob.Store, max int64, resourceID int, l locales.Locale, u Upload, ed Editor) (*ent.File, error) {
	info, name, err := storeUpload(ctx, store, u, max)
	if err != nil {
		return nil, err
	}
	var out *ent.File
	err = e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.resourceTargets(ctx, tx, sp.ID, resourceID, &l)
		if err != nil {
			return err
		}
		f, err := storedFile(ctx, tx, sp.ID, info, name)
		if err != nil {
			return err
		}
		if err := tx.ResourceTranslation.UpdateOneID(ts[0].ID).SetDraftFileID(f.ID).SetDraftURL("").AddDraftVersion(1).
			SetDraftUpdatedAt(e.now()).SetDraftUpdatedBy(ed.Name).Exec(ctx); err != nil {
			return err
		}
		out = f
		return e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.file_uploaded", ResourceID: resourceID, Locale: l, Editor: ed})
	})
	return out, err
}

// storedFile is the space's File row for stored bytes under a name, made when missing.
func storedFile(ctx context.Context, tx *ent.Tx, spaceID int, info upload.Info, name string) (*ent.File, error) {
	f, err := tx.File.Query().Where(file.SpaceID(spaceID), file.Sha256(info.SHA256), file.Filename(name)).Only(ctx)
	if ent.IsNotFound(err) {
		f, err = tx.File.Create().SetSpaceID(spaceID).SetSha256(info.SHA256).SetFilename(name).
			SetContentType(info.ContentType).SetSize(info.Size).SetNillableWidth(info.Width).SetNillableHeight(info.Height).
			Save(ctx)
	}
	return f, err
}

func (e *Editing) resourceTargets(ctx context.Context, tx *ent.Tx, spaceID, resourceID int, l *locales.Locale) ([]*ent.ResourceTranslation, error) {
	r, err := resourceIn(ctx, tx, spaceID, resourceID)
	if err != nil {
		return nil, err
	}
	if r.DeletedAt != nil {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ITEM_DELETED", Reason: "DELETED"}
	}
	q := tx.ResourceTranslation.Query().Where(resourcetranslation.ResourceID(resourceID))
	if l != nil {
		q.Where(resourcetranslation.LocaleEQ(*l))
	}
	ts, err := q.All(ctx)
	if err == nil && len(ts) == 0 {
		err = &apperr.Error{Code: apperr.NotFound, MessageID: "TRANSLATION_MISSING"}
	}
	return ts, err
}

// PublishResource publishes one translation's draft, or each translation's, as revision
// N+1. A draft with neither a file nor a link cannot be published.
func (e *Editing) PublishResource(ctx context.Context, sp *ent.Space, resourceID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.resourceTargets(ctx, tx, sp.ID, resourceID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if t.DraftFileID == nil && t.DraftURL == "" {
				return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "RESOURCE_EMPTY", Reason: "RESOURCE_EMPTY",
					Data: map[string]any{"Locale": string(t.Locale)}}
			}
			html, plain, err := renderLimited("description", t.DraftDescription)
			if err != nil {
				return err
			}
			now := e.now()
			u := tx.ResourceTranslation.UpdateOneID(t.ID).AddRevision(1).SetPublished(true).SetPublishedAt(now).
				SetPublishedBy(ed.Name).SetTitle(t.DraftTitle).SetDescription(t.DraftDescription).SetHTML(html).SetPlain(plain)
			if t.DraftFileID != nil {
				u.SetFileID(*t.DraftFileID).ClearURL()
			} else {
				u.SetURL(t.DraftURL).ClearFileID()
			}
			fresh, err := u.Save(ctx)
			if err != nil {
				return err
			}
			if err := tx.ResourceRevision.Create().SetTranslationID(t.ID).SetNumber(fresh.Revision).
				SetTitle(t.DraftTitle).SetDescription(t.DraftDescription).SetURL(t.DraftURL).SetNillableFileID(t.DraftFileID).
				SetAuthor(ed.Name).SetNillableAuthorID(ed.accountID()).SetCreatedAt(now).Exec(ctx); err != nil {
				return err
			}
			if err := e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.published", ResourceID: resourceID,
				Locale: t.Locale, Editor: ed, Number: fresh.Revision}); err != nil {
				return err
			}
		}
		return nil
	})
}

// accountID is the editor's account, nil for the importer or a worker.
func (ed Editor) accountID() *int {
	if ed.AccountID == 0 {
		return nil
	}
	return &ed.AccountID
}

// UnpublishResource takes one translation, or all, off the help center.
func (e *Editing) UnpublishResource(ctx context.Context, sp *ent.Space, resourceID int, l *locales.Locale, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.resourceTargets(ctx, tx, sp.ID, resourceID, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if err := tx.ResourceTranslation.UpdateOneID(t.ID).SetPublished(false).Exec(ctx); err != nil {
				return err
			}
			if err := e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.unpublished", ResourceID: resourceID,
				Locale: t.Locale, Editor: ed}); err != nil {
				return err
			}
		}
		return nil
	})
}

// ResourceDraft is a resource translation as an editor sees it.
type ResourceDraft struct {
	Locale                   locales.Locale
	Title, Description, HTML string
	URL                      string
	File                     *ent.File
	Status                   string
	TranslationStatus        string
	Version, Revision        int
	UpdatedAt                *time.Time
	UpdatedBy                string
}

// GetResourceDraft reads one translation's draft (empty when the translation does not exist).
func (e *Editing) GetResourceDraft(ctx context.Context, sp *ent.Space, resourceID int, l locales.Locale) (*ResourceDraft, error) {
	r, err := e.Client.Resource.Query().Where(resource.ID(resourceID), resource.SpaceID(sp.ID)).
		WithTranslations(func(q *ent.ResourceTranslationQuery) { q.WithDraftFile() }).Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	var t, other *ent.ResourceTranslation
	for _, x := range r.Edges.Translations {
		if x.Locale == l {
			t = x
		} else {
			other = x
		}
	}
	d := &ResourceDraft{Locale: l, Status: "DRAFT", TranslationStatus: "MISSING"}
	if t == nil {
		return d, nil
	}
	html, err := renderDraft(t.DraftDescription)
	if err != nil {
		return nil, err
	}
	d.Title, d.Description, d.HTML, d.URL, d.File = t.DraftTitle, t.DraftDescription, html, t.DraftURL, t.Edges.DraftFile
	d.Version, d.Revision, d.UpdatedAt, d.UpdatedBy = t.DraftVersion, t.Revision, t.DraftUpdatedAt, t.DraftUpdatedBy
	d.Status = DraftStatus(t.Published, resourceChanged(t))
	var otherAt *time.Time
	if other != nil {
		otherAt = other.PublishedAt
	}
	d.TranslationStatus = PublishedStatus(t.Revision, t.PublishedAt, otherAt)
	return d, nil
}

func sameID(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

// ResourceRevisions lists a translation's revisions, newest first.
func (e *Editing) ResourceRevisions(ctx context.Context, sp *ent.Space, resourceID int, l locales.Locale) ([]*ent.ResourceRevision, error) {
	ctx = allow(ctx)
	if n, err := e.Client.Resource.Query().Where(resource.ID(resourceID), resource.SpaceID(sp.ID)).Count(ctx); err != nil || n == 0 {
		if err == nil {
			err = &apperr.Error{Code: apperr.NotFound}
		}
		return nil, err
	}
	return e.Client.ResourceRevision.Query().
		Where(resourcerevision.HasTranslationWith(resourcetranslation.ResourceID(resourceID), resourcetranslation.LocaleEQ(l))).
		WithFile().Order(ent.Desc(resourcerevision.FieldNumber)).All(ctx)
}

// RestoreResourceRevision makes a revision's title, description and file or link the
// translation's new draft.
func (e *Editing) RestoreResourceRevision(ctx context.Context, sp *ent.Space, resourceID int, l locales.Locale, n int, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := resourceIn(ctx, tx, sp.ID, resourceID); err != nil {
			return err
		}
		r, err := tx.ResourceRevision.Query().Where(resourcerevision.Number(n),
			resourcerevision.HasTranslationWith(resourcetranslation.ResourceID(resourceID), resourcetranslation.LocaleEQ(l))).Only(ctx)
		if ent.IsNotFound(err) {
			return &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": n}}
		}
		if err != nil {
			return err
		}
		u := tx.ResourceTranslation.UpdateOneID(r.TranslationID).SetDraftTitle(r.Title).SetDraftDescription(r.Description).
			SetDraftURL(r.URL).AddDraftVersion(1).SetDraftUpdatedAt(e.now()).SetDraftUpdatedBy(ed.Name)
		if r.FileID != nil {
			u.SetDraftFileID(*r.FileID)
		} else {
			u.ClearDraftFileID()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: "resource.revision_restored", ResourceID: resourceID,
			Locale: l, Editor: ed, Number: n})
	})
}

// DeleteResource hides a resource (restorable: deleted false brings it back as it was).
func (e *Editing) DeleteResource(ctx context.Context, sp *ent.Space, resourceID int, deleted bool, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := resourceIn(ctx, tx, sp.ID, resourceID); err != nil {
			return err
		}
		u := tx.Resource.UpdateOneID(resourceID)
		action := "resource.restored"
		if deleted {
			u.SetDeletedAt(e.now())
			action = "resource.deleted"
		} else {
			u.ClearDeletedAt()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return e.afterResource(ctx, tx, Change{SpaceID: sp.ID, Action: action, ResourceID: resourceID, Editor: ed})
	})
}

// ResourceView loads a resource for an editor's answer, whether or not readers may see it.
func (e *Editing) ResourceView(ctx context.Context, sp *ent.Space, resourceID int, l locales.Locale) (*ent.Resource, error) {
	r, err := e.Client.Resource.Query().Where(resource.ID(resourceID), resource.SpaceID(sp.ID)).
		WithTranslations(func(q *ent.ResourceTranslationQuery) {
			q.Where(resourcetranslation.Published(true)).WithFile()
		}).
		WithCategory(withCategoryTr).Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	return r.Serve(l), nil
}

// CompareResource is a unified text diff of two revisions of a resource translation: title,
// description, and the file or link.
func (e *Editing) CompareResource(ctx context.Context, sp *ent.Space, resourceID int, l locales.Locale, from, to int) (string, error) {
	revs, err := e.ResourceRevisions(ctx, sp, resourceID, l)
	if err != nil {
		return "", err
	}
	a, b, err := pickRevisions(revs, func(r *ent.ResourceRevision) int { return r.Number }, from, to)
	if err != nil {
		return "", err
	}
	text := func(r *ent.ResourceRevision) string {
		target := r.URL
		if f := r.Edges.File; f != nil {
			target = f.Filename + " (" + f.Sha256[:12] + ")"
		}
		return "# " + r.Title + "\n\n" + strings.TrimRight(r.Description, "\n") + "\n\n→ " + target + "\n"
	}
	return revisionDiff(from, to, text(a), text(b)), nil
}

// resourceChanged says whether a resource translation's draft differs from its published
// text, file or link.
func resourceChanged(t *ent.ResourceTranslation) bool {
	return t.DraftTitle != t.Title || t.DraftDescription != t.Description || t.DraftURL != t.URL ||
		!sameID(t.DraftFileID, t.FileID)
}
