package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// News is a dated post of a space ("Community › News"), a page of the editing model like a
// guide: its text lives in one NewsTranslation per locale.
type News struct{ ent.Schema }

func (News) Fields() []ent.Field {
	return []ent.Field{
		// every page has the column the editing model reads; news are not filed in categories
		field.Int("category_id").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("published_at").Optional().Nillable().
			Comment("the post's date: its first publish, or the date its content file gives; newest first").
			Annotations(entgql.OrderField("PUBLISHED_AT"), entgql.Skip(entgql.SkipType)),
	}
}

func (News) Edges() []ent.Edge {
	return []ent.Edge{
		// unidirectional, so that the space's schema does not change for news
		edge.To("space", Space.Type).Field("space_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("translations", NewsTranslation.Type).Annotations(entgql.Skip()),
		edge.To("slugs", NewsSlug.Type).Annotations(entgql.Skip()),
		edge.To("tags", NewsTag.Type).Annotations(entgql.Skip()),
	}
}

func (News) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "key").Unique(),
		// a space's news newest first: a page, first or after a cursor, is a range of it
		index.Fields("space_id", "published_at", "id"),
	}
}

func (News) Mixin() []ent.Mixin { return []ent.Mixin{ContentMixin{}, TimeMixin{}} }

func (News) Policy() ent.Policy { return readableContentPolicy("news_translations", "news_id") }

func (News) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Annotation{Table: "news"},
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// NewsTranslation is one locale of a news post: its slug, its published text and its draft.
type NewsTranslation struct{ ent.Schema }

func (NewsTranslation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("news_id").Immutable(),
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

func (NewsTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("news", News.Type).Ref("translations").Field("news_id").Unique().Required().Immutable(),
		edge.To("revisions", NewsRevision.Type),
	}
}

func (NewsTranslation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("news_id", "locale").Unique(),
		index.Fields("news_id", "published"),
	}
}

func (NewsTranslation) Mixin() []ent.Mixin {
	return []ent.Mixin{TranslationMixin{}, PublicationMixin{}, TimeMixin{}}
}

func (NewsTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "news_translations"}, entgql.Skip(entgql.SkipAll)}
}

// NewsRevision is what one publish of a news translation made public: revision N of it.
type NewsRevision struct{ ent.Schema }

func (NewsRevision) Fields() []ent.Field {
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

func (NewsRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("translation", NewsTranslation.Type).Ref("revisions").Field("translation_id").
			Unique().Required().Immutable(),
	}
}

func (NewsRevision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("translation_id", "number").Unique()}
}

func (NewsRevision) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (NewsRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "news_revisions"}, entgql.Skip(entgql.SkipAll)}
}

// NewsSlug is every slug a news post answers to in a space and locale, current or former.
type NewsSlug struct{ ent.Schema }

func (NewsSlug) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("slug").NotEmpty().Immutable(),
		field.Int("news_id"),
	}
}

func (NewsSlug) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("news", News.Type).Ref("slugs").Field("news_id").Unique().Required(),
	}
}

func (NewsSlug) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "slug", "locale").Unique()}
}

func (NewsSlug) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "news_slugs"}, entgql.Skip(entgql.SkipAll)}
}

// NewsTag is one tag of a news post, from its front matter, as GuideTag is a guide's.
type NewsTag struct{ ent.Schema }

func (NewsTag) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Int("news_id").Immutable(),
		field.String("tag").NotEmpty().MaxLen(64).Immutable(),
	}
}

func (NewsTag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("news", News.Type).Ref("tags").Field("news_id").Unique().Required().Immutable(),
	}
}

func (NewsTag) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("news_id", "tag").Unique(),
		index.Fields("space_id", "tag"),
	}
}

func (NewsTag) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "news_tags"}, entgql.Skip(entgql.SkipAll)}
}
