package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Guide is a help page; its text lives in one GuideTranslation per locale.
type Guide struct{ ent.Schema }

func (Guide) Fields() []ent.Field {
	return []ent.Field{
		field.Int("category_id").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Guide) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("guides").Field("space_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.From("category", Category.Type).Ref("guides").Field("category_id").Unique().
			Annotations(entgql.Skip()),
		edge.To("translations", GuideTranslation.Type).Annotations(entgql.Skip()),
		edge.To("slugs", GuideSlug.Type).Annotations(entgql.Skip()),
		edge.To("tags", GuideTag.Type).Annotations(entgql.Skip()),
	}
}

func (Guide) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "key").Unique(),
		// a category's guides in reading order, id last so that a page from a cursor is a range
		// of it on PostgreSQL too (SQLite keeps the rowid in every index)
		index.Fields("space_id", "category_id", "position", "id"),
		// a space's guides in reading order: a page, first or after a cursor, is a range of it
		index.Fields("space_id", "position", "id"),
	}
}

func (Guide) Mixin() []ent.Mixin { return []ent.Mixin{ContentMixin{}, TimeMixin{}} }

func (Guide) Policy() ent.Policy { return readableContentPolicy("guide_translations", "guide_id") }

func (Guide) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// GuideTranslation is one locale of a guide: its slug, its published text and its draft.
type GuideTranslation struct{ ent.Schema }

func (GuideTranslation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("guide_id").Immutable(),
		field.String("slug").NotEmpty(),
		field.String("title").Default(""),
		field.String("summary").Default(""),
		field.Text("body").Default(""),
		field.Text("html").Default(""),
		field.Text("plain").Default("").Comment("the published text without markup, for search snippets"),
		field.String("draft_title").Default(""),
		field.String("draft_summary").Default(""),
		field.Text("draft_body").Default(""),
		field.String("draft_slug").Default("").Comment("the slug the next publish gives; \"\" keeps the current one"),
		field.Int("draft_version").Default(0).Comment("bumped by every save, so that two editors cannot overwrite each other unknowingly"),
		field.Time("draft_updated_at").Optional().Nillable(),
		field.String("draft_updated_by").Default(""),
		field.Time("publish_at").Optional().Nillable().Comment("a scheduled publish of the draft"),
	}
}

func (GuideTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("guide", Guide.Type).Ref("translations").Field("guide_id").Unique().Required().Immutable(),
		edge.To("revisions", GuideRevision.Type),
		edge.To("attachments", File.Type).Comment("the published revision's files: what readers see and download"),
		edge.To("draft_attachments", File.Type).Comment("the draft's files: attachGuideFile and detachGuideFile change these, publishing copies them to attachments"),
	}
}

func (GuideTranslation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("guide_id", "locale").Unique(),
		// the visibility rule (has a published translation) answered from the index alone,
		// without reading the translations' bodies
		index.Fields("guide_id", "published"),
	}
}

func (GuideTranslation) Mixin() []ent.Mixin {
	return []ent.Mixin{TranslationMixin{}, PublicationMixin{}, TimeMixin{}}
}

func (GuideTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// GuideRevision is what one publish of a translation made public: revision N of it.
type GuideRevision struct{ ent.Schema }

func (GuideRevision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("translation_id").Immutable(),
		field.Int("number").Immutable(),
		field.String("slug").Immutable(),
		field.String("title").Immutable(),
		field.String("summary").Immutable(),
		field.Text("body").Immutable(),
		field.String("author").Default(""),
		field.Int("author_id").Optional().Nillable(),
	}
}

func (GuideRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("translation", GuideTranslation.Type).Ref("revisions").Field("translation_id").
			Unique().Required().Immutable(),
	}
}

func (GuideRevision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("translation_id", "number").Unique()}
}

func (GuideRevision) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (GuideRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// GuideSlug is every slug a guide answers to in a space and locale, its current ones and
// former ones, so that an old link keeps working. Unique per space and locale.
type GuideSlug struct{ ent.Schema }

func (GuideSlug) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("slug").NotEmpty().Immutable(),
		field.Int("guide_id"),
	}
}

func (GuideSlug) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("guide", Guide.Type).Ref("slugs").Field("guide_id").Unique().Required(),
	}
}

func (GuideSlug) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "slug", "locale").Unique()}
}

func (GuideSlug) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Preview lets a frontend show a translation's draft without an editor's session: a random
// token, stored hashed, that expires.
type Preview struct{ ent.Schema }

func (Preview) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Int("guide_id").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("expires_at").Immutable(),
		field.Int("created_by").Optional().Nillable().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Preview) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// GuideTag is one tag of a guide ("journey:orange"), from its front matter: a person's stage
// picks the guides that explain their next step by tag, not by code. A table rather than a
// list column, so that "guides with any of these tags" is a plain indexed join on every dialect.
type GuideTag struct{ ent.Schema }

func (GuideTag) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Int("guide_id").Immutable(),
		field.String("tag").NotEmpty().MaxLen(64).Immutable(),
	}
}

func (GuideTag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("guide", Guide.Type).Ref("tags").Field("guide_id").Unique().Required().Immutable(),
	}
}

func (GuideTag) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("guide_id", "tag").Unique(),
		index.Fields("space_id", "tag"),
	}
}

func (GuideTag) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
