package help

import (
	"context"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/policy"
	"guichet/role"
	"guichet/viewer"
)

// EditContent is the editors' permission: with it, every file of the space may be fetched,
// those of drafts included.
var EditContent = policy.Permission{Object: "content", Action: "edit"}

// Permissions answers whether a viewer holds a permission in a space (account.Service does).
type Permissions interface {
	Allowed(ctx context.Context, v *viewer.Viewer, sp *ent.Space, perm policy.Permission, scope string) (bool, error)
}

// Downloads decides which files of a help center a viewer may fetch, and who else may keep
// them.
type Downloads struct {
	Client *ent.Client
	// Editing checks preview links.
	Editing     *Editing
	Permissions Permissions
}

// Caching says who may keep a downloaded file.
type Caching int

const (
	// CachePrivate: the reader's own browser, a while.
	CachePrivate Caching = iota
	// CachePublic: shared caches too, for anyone; every use of the file is public.
	CachePublic
	// CacheNone: nobody; the file was given as to an editor (a draft's).
	CacheNone
)

// Download is a file a viewer may fetch.
type Download struct {
	File    *ent.File
	Caching Caching
}

// Download gives a file of the space to a viewer who may read a published guide translation
// it is attached to or a published resource translation it belongs to; to an editor, or to the
// holder of a preview link (preview, "" without one) showing the draft it is attached to,
// whatever uses it. Any other case, a file that does not exist included, is the same
// NOT_FOUND: the answer does not tell which. ctx carries the viewer's visibility rules.
func (d *Downloads) Download(ctx context.Context, sp *ent.Space, v *viewer.Viewer, fileID int, preview string) (*Download, error) {
	f, err := d.Client.File.Query().Where(file.ID(fileID), file.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fileNotFound()
	}
	if err != nil {
		return nil, err
	}
	if d.published(ctx, fileID) {
		caching := CachePrivate
		if d.everyUseIsPublic(ctx, fileID) {
			caching = CachePublic
		}
		return &Download{File: f, Caching: caching}, nil
	}
	// Editors fetch the files of drafts that no reader sees yet, and so do the holders of a
	// preview link, for the draft it shows.
	if d.editsContent(ctx, v, sp) || d.previewShows(ctx, sp, preview, fileID) {
		return &Download{File: f, Caching: CacheNone}, nil
	}
	return nil, fileNotFound()
}

func fileNotFound() error { return &apperr.Error{Code: apperr.NotFound, MessageID: "FILE_NOT_FOUND"} }

// published asks the data layer, with the viewer's visibility rules, whether anything the
// viewer may read uses the file: a published translation's files, not a draft's.
func (d *Downloads) published(ctx context.Context, fileID int) bool {
	c := d.Client
	if ok, err := c.Guide.Query().Where(guide.HasTranslationsWith(
		guidetranslation.Published(true), guidetranslation.HasAttachmentsWith(file.ID(fileID)))).Exist(ctx); err == nil && ok {
		return true
	}
	ok, err := c.Resource.Query().Where(resource.HasTranslationsWith(
		resourcetranslation.Published(true), resourcetranslation.FileID(fileID))).Exist(ctx)
	return err == nil && ok
}

// previewShows reports whether the preview link's secret shows the file.
func (d *Downloads) previewShows(ctx context.Context, sp *ent.Space, secret string, fileID int) bool {
	return secret != "" && d.Editing.PreviewShowsFile(ctx, sp, secret, fileID)
}

// editsContent reports whether the viewer may edit the space's content.
func (d *Downloads) editsContent(ctx context.Context, v *viewer.Viewer, sp *ent.Space) bool {
	ok, err := d.Permissions.Allowed(ctx, v, sp, EditContent, "")
	return err == nil && ok
}

// everyUseIsPublic reports whether every guide and resource that uses the file, published or
// draft, is for everybody: only then may shared caches keep and hand it to anyone. It looks
// past the viewer's visibility on purpose, to see the uses the viewer cannot.
func (d *Downloads) everyUseIsPublic(ctx context.Context, fileID int) bool {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	c := d.Client
	restricted, err := c.Guide.Query().Where(guide.AudienceNEQ(role.Public), guide.HasTranslationsWith(guidetranslation.Or(
		guidetranslation.HasAttachmentsWith(file.ID(fileID)), guidetranslation.HasDraftAttachmentsWith(file.ID(fileID))))).Exist(ctx)
	if err != nil || restricted {
		return false
	}
	restricted, err = c.Resource.Query().Where(resource.AudienceNEQ(role.Public), resource.HasTranslationsWith(
		resourcetranslation.FileID(fileID))).Exist(ctx)
	return err == nil && !restricted
}
