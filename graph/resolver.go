package graph

import (
	"context"
	"net/url"
	"slices"
	"strconv"

	"guichet/account"
	"guichet/blob"
	"guichet/community"
	"guichet/ent"
	"guichet/graph/model"
	"guichet/help"
	"guichet/locales"
	"guichet/mentoring"
	"guichet/registry"
	"guichet/role"
	"guichet/space"
	"guichet/viewer"
)

// Resolver is the root of the resolvers: they decode arguments, call the domain packages and
// map their results; no rule lives here.
type Resolver struct {
	Help          *help.Service
	Editing       *help.Editing
	Accounts      *account.Service
	Community     *community.Service
	Mentoring     *mentoring.Service
	Registry      *registry.Service
	SpaceRegistry *space.Registry
	PublicURL     string
	// Blobs stores uploaded files; MaxUploadBytes bounds them.
	Blobs          blob.Store
	MaxUploadBytes int64
	// SerialFields resolves an object's fields that have resolvers one after the other rather
	// than each on its own goroutine (serial.go): for SQLite.
	SerialFields bool
}

// clientOf is the address the request came from.
func clientOf(ctx context.Context) string {
	if v := viewer.FromContext(ctx); v != nil {
		return v.Client
	}
	return ""
}

// fileURL is where a file is downloaded from: under its space, by id, with its name.
func (r *Resolver) fileURL(ctx context.Context, f *ent.File) string {
	slug := ""
	if s := space.FromContext(ctx); s != nil {
		slug = s.Slug
	}
	return r.PublicURL + "/spaces/" + url.PathEscape(slug) + "/files/" + strconv.Itoa(f.ID) + "/" + url.PathEscape(f.Filename)
}

func searchConnection(res *help.Results) *model.SearchConnection {
	conn := &model.SearchConnection{
		TotalCount: res.TotalCount,
		Edges:      make([]*model.SearchEdge, len(res.Hits)),
		PageInfo:   &model.SearchPageInfo{HasNextPage: res.HasNext, EndCursor: res.EndCursor},
	}
	for i, h := range res.Hits {
		conn.Edges[i] = &model.SearchEdge{Cursor: h.Cursor, Snippet: h.Snippet, Node: h.Node.(model.SearchResult)}
	}
	return conn
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// editorOf is the signed-in editor, as editing records them.
func editorOf(ctx context.Context) help.Editor {
	v := viewer.FromContext(ctx)
	if v == nil {
		return help.Editor{}
	}
	return help.Editor{AccountID: v.AccountID, Name: v.DisplayName, Client: v.Client}
}

// payload answers an editor's operation on a page of kind k: its error err, else the page
// served in locale l (else the request's), in the kind's payload.
func payload[N ent.Noder, P any](ctx context.Context, r *Resolver, k *help.Kind, id int, l *locales.Locale, err error, wrap func(N) P) (P, error) {
	var none P
	if err != nil {
		return none, err
	}
	n, err := r.Editing.View(ctx, k, space.FromContext(ctx), id, locales.Or(ctx, l))
	if err != nil {
		return none, err
	}
	return wrap(n.(N)), nil
}

func guidePayload(g *ent.Guide) *model.GuidePayload { return &model.GuidePayload{Guide: g} }
func faqPayload(f *ent.Faq) *model.FaqPayload       { return &model.FaqPayload{Faq: f} }
func newsPayload(n *ent.News) *model.NewsPayload    { return &model.NewsPayload{News: n} }
func resourcePayload(x *ent.Resource) *model.ResourcePayload {
	return &model.ResourcePayload{Resource: x}
}

// newPage is the decoded input of an editor's new page of any kind, each translation decoded
// by text.
func newPage[T any](ts []T, text func(T) help.Text, audience *role.Audience, category *string, position *int) help.NewPage {
	p := help.NewPage{Audience: audience, Category: category, Position: position}
	for _, t := range ts {
		p.Translations = append(p.Translations, text(t))
	}
	return p
}

// categoryPayload is a category as an editor's operation answers it.
func (r *Resolver) categoryPayload(ctx context.Context, id int, l *locales.Locale) (*model.CategoryPayload, error) {
	c, err := r.Editing.CategoryView(ctx, space.FromContext(ctx), id, locales.Or(ctx, l))
	if err != nil {
		return nil, err
	}
	return &model.CategoryPayload{Category: c}, nil
}

// attachedFile is a stored file as editors see it, nil for none.
func (r *Resolver) attachedFile(ctx context.Context, f *ent.File) *model.AttachedFile {
	if f == nil {
		return nil
	}
	return &model.AttachedFile{ID: f.ID, Filename: f.Filename, ContentType: f.ContentType, Size: int(f.Size),
		Width: f.Width, Height: f.Height, URL: r.fileURL(ctx, f)}
}

// logoURL is where a platform access request's logo is downloaded: its 300×300 version, or
// the file as uploaded; nil without a logo.
func (r *Resolver) logoURL(ctx context.Context, req *ent.PlatformAccessRequest, original bool) *string {
	if sum, _ := mentoring.LogoOf(req, original); sum == "" {
		return nil
	}
	slug := ""
	if s := space.FromContext(ctx); s != nil {
		slug = s.Slug
	}
	u := r.PublicURL + "/spaces/" + url.PathEscape(slug) + "/platform-access/" + strconv.Itoa(req.ID) + "/logo"
	if original {
		u += "/original"
	}
	return &u
}

// stageTags are the content tags of the account's stage in its space's journey: the
// mentoring network's (organisations, programs, platform access) where the space runs
// programs, else the facilitators'.
func (r *Resolver) stageTags(ctx context.Context, sp *ent.Space, a *ent.Account) ([]string, error) {
	if slices.Contains(sp.Modules, mentoring.ModulePrograms) {
		return r.Mentoring.StageTags(ctx, sp, a)
	}
	return r.Community.StageTags(ctx, sp, a)
}
