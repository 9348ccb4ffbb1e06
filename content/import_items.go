package content

import (
	"context"
	"fmt"
	"slices"
	"time"

	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtag"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetag"
	"guichet/ent/guidetranslation"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/locales"
	"guichet/role"
)

// sameItem reports whether a stored item already has the bundle's item-level fields.
func sameItem(categoryID *int, audience role.Audience, position int, want Item, wantCategory *int) bool {
	sameCategory := (categoryID == nil) == (wantCategory == nil) &&
		(categoryID == nil || *categoryID == *wantCategory)
	return sameCategory && audience == want.Audience && position == want.Position
}

// setCategory files an item under a category, or under none.
func setCategory(m interface {
	SetCategoryID(int)
	ClearCategoryID()
}, id *int) {
	if id == nil {
		m.ClearCategoryID()
	} else {
		m.SetCategoryID(*id)
	}
}

// publication is what publishing one changed translation stamps on it.
type publication struct {
	revision int
	at       time.Time
	by       string
}

func (im *importer) publication(previousRevision int, at *time.Time, by string) publication {
	p := publication{revision: previousRevision + 1, at: im.now, by: by}
	if at != nil {
		p.at = *at
	}
	return p
}

func (im *importer) importGuides(ctx context.Context, sp *spaceImport) error {
	for _, g := range sp.Guides {
		if err := im.importGuide(ctx, sp, g); err != nil {
			return fmt.Errorf("guide %s: %w", g.Key, err)
		}
	}
	return nil
}

func (im *importer) importGuide(ctx context.Context, sp *spaceImport, g *Guide) error {
	row, err := im.tx.Guide.Query().Where(guide.SpaceID(sp.id), guide.Key(g.Key)).Only(ctx)
	created, updated := false, false
	wantCategory := sp.categoryID(g.Category)
	switch {
	case ent.IsNotFound(err):
		row, err = im.tx.Guide.Create().SetSpaceID(sp.id).SetKey(g.Key).SetNillableCategoryID(wantCategory).
			SetAudience(g.Audience).SetPosition(g.Position).Save(ctx)
		created = true
	case err != nil:
	case !sameItem(row.CategoryID, row.Audience, row.Position, g.Item, wantCategory):
		u := row.Update().SetAudience(g.Audience).SetPosition(g.Position)
		setCategory(u.Mutation(), wantCategory)
		row, err = u.Save(ctx)
		updated = true
	}
	if err != nil {
		return err
	}
	for _, loc := range locales.All {
		if t := g.Translations[loc]; t != nil {
			wrote, err := im.importGuideText(ctx, sp, row.ID, loc, t)
			if err != nil {
				return fmt.Errorf("%s: %w", t.File, err)
			}
			updated = updated || wrote
		}
	}
	wrote, err := im.ensureGuideSlugs(ctx, sp, row.ID, g)
	if err != nil {
		return err
	}
	updated = updated || wrote
	if wrote, err = im.syncGuideTags(ctx, sp.id, row.ID, g.Tags); err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	updated = updated || wrote
	sp.touched = sp.touched || created || updated
	im.report.Guides.add(created, updated)
	return nil
}

// syncGuideTags makes the guide's stored tags the bundle's: unchanged tags are not written.
func (im *importer) syncGuideTags(ctx context.Context, spaceID, guideID int, want []string) (bool, error) {
	have, err := im.tx.GuideTag.Query().Where(guidetag.GuideID(guideID)).Select(guidetag.FieldTag).Strings(ctx)
	if err != nil {
		return false, err
	}
	stale, missing := tagChanges(have, want)
	if len(stale) > 0 {
		if _, err := im.tx.GuideTag.Delete().Where(guidetag.GuideID(guideID), guidetag.TagIn(stale...)).Exec(ctx); err != nil {
			return false, err
		}
	}
	if len(missing) > 0 {
		err := im.tx.GuideTag.MapCreateBulk(missing, func(c *ent.GuideTagCreate, i int) {
			c.SetSpaceID(spaceID).SetGuideID(guideID).SetTag(missing[i])
		}).Exec(ctx)
		if err != nil {
			return false, err
		}
	}
	return len(stale)+len(missing) > 0, nil
}

// tagChanges is what turns the stored tags into the wanted ones.
func tagChanges(have, want []string) (stale, missing []string) {
	for _, t := range have {
		if !slices.Contains(want, t) {
			stale = append(stale, t)
		}
	}
	for _, t := range want {
		if !slices.Contains(have, t) {
			missing = append(missing, t)
		}
	}
	return stale, missing
}

// importGuideText publishes a new or changed guide translation as its next revision, with a
// GuideRevision row; an unchanged one is left alone.
func (im *importer) importGuideText(ctx context.Context, sp *spaceImport, guideID int, loc locales.Locale, t *GuideText) (bool, error) {
	row, err := im.tx.GuideTranslation.Query().
		Where(guidetranslation.GuideID(guideID), guidetranslation.LocaleEQ(loc)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return false, err
	}
	previous := 0
	var m *ent.GuideTranslationMutation
	var save func(context.Context) (*ent.GuideTranslation, error)
	if row == nil {
		c := im.tx.GuideTranslation.Create().SetGuideID(guideID).SetLocale(loc)
		m, save = c.Mutation(), c.Save
	} else {
		if row.SourceHash == t.SourceHash {
			return false, nil
		}
		previous = row.Revision
		u := row.Update().ClearAttachments().ClearDraftAttachments()
		m, save = u.Mutation(), u.Save
	}
	body, html, plain, err := im.bundle.body(t.Source)
	if err != nil {
		return false, err
	}
	p := im.publication(previous, t.PublishedAt, t.Author)
	setGuideText(m, t, body, html, plain, p, sp.fileIDs(t.Attachments))
	saved, err := save(ctx)
	if err != nil {
		return false, err
	}
	err = im.tx.GuideRevision.Create().SetTranslationID(saved.ID).SetNumber(p.revision).
		SetSlug(t.Slug).SetTitle(t.Title).SetSummary(t.Summary).SetBody(body).SetAuthor(t.Author).
		Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("revision %d: %w", p.revision, err)
	}
	return true, nil
}

// setGuideText writes the published text and the draft alike: an imported translation has no
// pending edit.
func setGuideText(m *ent.GuideTranslationMutation, t *GuideText, body, html, plain string, p publication, attachments []int) {
	m.SetSlug(t.Slug)
	m.SetTitle(t.Title)
	m.SetSummary(t.Summary)
	m.SetBody(body)
	m.SetHTML(html)
	m.SetPlain(plain)
	m.SetDraftTitle(t.Title)
	m.SetDraftSummary(t.Summary)
	m.SetDraftBody(body)
	m.SetPublished(true)
	m.SetRevision(p.revision)
	m.SetPublishedAt(p.at)
	m.SetPublishedBy(p.by)
	m.SetSourceHash(t.SourceHash)
	m.AddAttachmentIDs(attachments...)
	m.AddDraftAttachmentIDs(attachments...)
}

func (im *importer) importFAQs(ctx context.Context, sp *spaceImport) error {
	for _, q := range sp.FAQs {
		if err := im.importFAQ(ctx, sp, q); err != nil {
			return fmt.Errorf("FAQ %s: %w", q.Key, err)
		}
	}
	return nil
}

func (im *importer) importFAQ(ctx context.Context, sp *spaceImport, q *FAQ) error {
	row, err := im.tx.Faq.Query().Where(faq.SpaceID(sp.id), faq.Key(q.Key)).Only(ctx)
	created, updated := false, false
	wantCategory := sp.categoryID(q.Category)
	switch {
	case ent.IsNotFound(err):
		row, err = im.tx.Faq.Create().SetSpaceID(sp.id).SetKey(q.Key).SetNillableCategoryID(wantCategory).
			SetAudience(q.Audience).SetPosition(q.Position).Save(ctx)
		created = true
	case err != nil:
	case !sameItem(row.CategoryID, row.Audience, row.Position, q.Item, wantCategory):
		u := row.Update().SetAudience(q.Audience).SetPosition(q.Position)
		setCategory(u.Mutation(), wantCategory)
		row, err = u.Save(ctx)
		updated = true
	}
	if err != nil {
		return err
	}
	for _, loc := range locales.All {
		if t := q.Translations[loc]; t != nil {
			wrote, err := im.importFAQText(ctx, row.ID, loc, t)
			if err != nil {
				return fmt.Errorf("%s: %w", t.File, err)
			}
			updated = updated || wrote
		}
	}
	wrote, err := im.syncFaqTags(ctx, sp.id, row.ID, q.Tags)
	if err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	updated = updated || wrote
	sp.touched = sp.touched || created || updated
	im.report.FAQs.add(created, updated)
	return nil
}

// syncFaqTags makes the FAQ's stored tags the bundle's, as syncGuideTags does for a guide.
func (im *importer) syncFaqTags(ctx context.Context, spaceID, faqID int, want []string) (bool, error) {
	have, err := im.tx.FaqTag.Query().Where(faqtag.FaqID(faqID)).Select(faqtag.FieldTag).Strings(ctx)
	if err != nil {
		return false, err
	}
	stale, missing := tagChanges(have, want)
	if len(stale) > 0 {
		if _, err := im.tx.FaqTag.Delete().Where(faqtag.FaqID(faqID), faqtag.TagIn(stale...)).Exec(ctx); err != nil {
			return false, err
		}
	}
	if len(missing) > 0 {
		err := im.tx.FaqTag.MapCreateBulk(missing, func(c *ent.FaqTagCreate, i int) {
			c.SetSpaceID(spaceID).SetFaqID(faqID).SetTag(missing[i])
		}).Exec(ctx)
		if err != nil {
			return false, err
		}
	}
	return len(stale)+len(missing) > 0, nil
}

func (im *importer) importFAQText(ctx context.Context, faqID int, loc locales.Locale, t *FAQText) (bool, error) {
	row, err := im.tx.FaqTranslation.Query().
		Where(faqtranslation.FaqID(faqID), faqtranslation.LocaleEQ(loc)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return false, err
	}
	previous := 0
	var m *ent.FaqTranslationMutation
	var save func(context.Context) error
	if row == nil {
		c := im.tx.FaqTranslation.Create().SetFaqID(faqID).SetLocale(loc)
		m, save = c.Mutation(), c.Exec
	} else {
		if row.SourceHash == t.SourceHash {
			return false, nil
		}
		previous = row.Revision
		u := row.Update()
		m, save = u.Mutation(), u.Exec
	}
	answer, html, plain, err := im.bundle.body(t.Source)
	if err != nil {
		return false, err
	}
	p := im.publication(previous, nil, "")
	m.SetQuestion(t.Question)
	m.SetAnswer(answer)
	m.SetHTML(html)
	m.SetPlain(plain)
	m.SetDraftQuestion(t.Question)
	m.SetDraftAnswer(answer)
	setPublication(m, p, t.SourceHash)
	if err := save(ctx); err != nil {
		return false, err
	}
	// Each publish is a revision, as an editor's publish is.
	id, err := im.tx.FaqTranslation.Query().Where(faqtranslation.FaqID(faqID), faqtranslation.LocaleEQ(loc)).OnlyID(ctx)
	if err != nil {
		return false, err
	}
	return true, im.tx.FaqRevision.Create().SetTranslationID(id).SetNumber(p.revision).
		SetQuestion(t.Question).SetAnswer(answer).SetCreatedAt(p.at).Exec(ctx)
}

// publishable is what the publication fields of FAQ and resource translations share.
type publishable interface {
	SetPublished(bool)
	SetRevision(int)
	SetPublishedAt(time.Time)
	SetPublishedBy(string)
	SetSourceHash(string)
}

func setPublication(m publishable, p publication, sourceHash string) {
	m.SetPublished(true)
	m.SetRevision(p.revision)
	m.SetPublishedAt(p.at)
	m.SetPublishedBy(p.by)
	m.SetSourceHash(sourceHash)
}

func (im *importer) importResources(ctx context.Context, sp *spaceImport) error {
	for _, r := range sp.Resources {
		if err := im.importResource(ctx, sp, r); err != nil {
			return fmt.Errorf("resource %s: %w", r.Key, err)
		}
	}
	return nil
}

func (im *importer) importResource(ctx context.Context, sp *spaceImport, r *Resource) error {
	row, err := im.tx.Resource.Query().Where(resource.SpaceID(sp.id), resource.Key(r.Key)).Only(ctx)
	created, updated := false, false
	wantCategory := sp.categoryID(r.Category)
	switch {
	case ent.IsNotFound(err):
		row, err = im.tx.Resource.Create().SetSpaceID(sp.id).SetKey(r.Key).SetNillableCategoryID(wantCategory).
			SetAudience(r.Audience).SetPosition(r.Position).Save(ctx)
		created = true
	case err != nil:
	case !sameItem(row.CategoryID, row.Audience, row.Position, r.Item, wantCategory):
		u := row.Update().SetAudience(r.Audience).SetPosition(r.Position)
		setCategory(u.Mutation(), wantCategory)
		row, err = u.Save(ctx)
		updated = true
	}
	if err != nil {
		return err
	}
	for _, loc := range locales.All {
		if t := r.Translations[loc]; t != nil {
			wrote, err := im.importResourceText(ctx, sp, row.ID, loc, t)
			if err != nil {
				return fmt.Errorf("%s: %w", t.File, err)
			}
			updated = updated || wrote
		}
	}
	sp.touched = sp.touched || created || updated
	im.report.Resources.add(created, updated)
	return nil
}

func (im *importer) importResourceText(ctx context.Context, sp *spaceImport, resourceID int, loc locales.Locale, t *ResourceText) (bool, error) {
	row, err := im.tx.ResourceTranslation.Query().
		Where(resourcetranslation.ResourceID(resourceID), resourcetranslation.LocaleEQ(loc)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return false, err
	}
	previous := 0
	var m *ent.ResourceTranslationMutation
	var save func(context.Context) error
	if row == nil {
		c := im.tx.ResourceTranslation.Create().SetResourceID(resourceID).SetLocale(loc)
		m, save = c.Mutation(), c.Exec
	} else {
		if row.SourceHash == t.SourceHash {
			return false, nil
		}
		previous = row.Revision
		u := row.Update()
		m, save = u.Mutation(), u.Exec
	}
	description, html, plain, err := im.bundle.body(t.Source)
	if err != nil {
		return false, err
	}
	m.SetTitle(t.Title)
	m.SetDescription(description)
	m.SetHTML(html)
	m.SetPlain(plain)
	m.SetDraftTitle(t.Title)
	m.SetDraftDescription(description)
	// A translation is a file or a link, never both: switching from one to the other clears it.
	var fileID *int
	if t.File != "" {
		id := sp.files[t.File]
		fileID = &id
		m.SetFileID(id)
		m.SetDraftFileID(id)
		m.SetDraftURL("")
		if row != nil {
			m.ClearURL()
		}
	} else {
		m.SetURL(t.URL)
		m.SetDraftURL(t.URL)
		if row != nil {
			m.ClearFileID()
			m.ClearDraftFileID()
		}
	}
	p := im.publication(previous, nil, "")
	setPublication(m, p, t.SourceHash)
	if err := save(ctx); err != nil {
		return false, err
	}
	// Each publish is a revision, as an editor's publish is.
	id, err := im.tx.ResourceTranslation.Query().
		Where(resourcetranslation.ResourceID(resourceID), resourcetranslation.LocaleEQ(loc)).OnlyID(ctx)
	if err != nil {
		return false, err
	}
	return true, im.tx.ResourceRevision.Create().SetTranslationID(id).SetNumber(p.revision).
		SetTitle(t.Title).SetDescription(description).SetURL(t.URL).SetNillableFileID(fileID).
		SetCreatedAt(p.at).Exec(ctx)
}
