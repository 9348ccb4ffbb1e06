package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Resource is something to download or follow (a template, a checklist, a link), one
// ResourceTranslation per locale, each with its own file or link.
type Resource struct{ ent.Schema }

func (Resource) Fields() []ent.Field {
	return []ent.Field{
		field.Int("category_id").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Resource) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("resources").Field("space_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.From("category", Category.Type).Ref("resources").Field("category_id").Unique().
			Annotations(entgql.Skip()),
		edge.To("translations", ResourceTranslation.Type).Annotations(entgql.Skip()),
	}
}

func (Resource) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "key").Unique(),
		// a page, of the space or of a category, is a range of these in reading order
		index.Fields("space_id", "position", "id"),
		index.Fields("space_id", "category_id", "position", "id"),
	}
}

func (Resource) Mixin() []ent.Mixin { return []ent.Mixin{ContentMixin{}, TimeMixin{}} }

func (Resource) Policy() ent.Policy {
	return readableContentPolicy("resource_translations", "resource_id")
}

func (Resource) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// ResourceTranslation is one locale of a resource: its title, description and file or link.
type ResourceTranslation struct{ ent.Schema }

func (ResourceTranslation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("resource_id").Immutable(),
		field.String("title").Default(""),
		field.Text("description").Default(""),
		field.Text("html").Default(""),
		field.Text("plain").Default(""),
		field.String("url").Optional().Comment("an external link, when the resource is no file"),
		field.Int("file_id").Optional().Nillable(),
		// The draft an editor works on; publishing copies it to the fields above.
		field.String("draft_title").Default(""),
		field.Text("draft_description").Default(""),
		field.String("draft_url").Default(""),
		field.Int("draft_file_id").Optional().Nillable(),
		field.Int("draft_version").Default(0),
		field.Time("draft_updated_at").Optional().Nillable(),
		field.String("draft_updated_by").Default(""),
	}
}

func (ResourceTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("resource", Resource.Type).Ref("translations").Field("resource_id").Unique().Required().Immutable(),
		edge.From("file", File.Type).Ref("resource_translations").Field("file_id").Unique(),
		edge.From("draft_file", File.Type).Ref("draft_resource_translations").Field("draft_file_id").Unique(),
		edge.To("revisions", ResourceRevision.Type),
	}
}

func (ResourceTranslation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("resource_id", "locale").Unique(),
		// the visibility rule (has a published translation) answered from the index alone,
		// whatever the planner's statistics say of the table
		index.Fields("resource_id", "published"),
	}
}

func (ResourceTranslation) Mixin() []ent.Mixin {
	return []ent.Mixin{TranslationMixin{}, PublicationMixin{}, TimeMixin{}}
}

func (ResourceTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// ResourceRevision is what one publish of a resource translation made public: revision N.
type ResourceRevision struct{ ent.Schema }

func (ResourceRevision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("translation_id").Immutable(),
		field.Int("number").Immutable(),
		field.String("title").Immutable(),
		field.Text("description").Immutable(),
		field.String("url").Default("").Immutable(),
		field.Int("file_id").Optional().Nillable().Immutable(),
		field.String("author").Default(""),
		field.Int("author_id").Optional().Nillable(),
	}
}

func (ResourceRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("translation", ResourceTranslation.Type).Ref("revisions").Field("translation_id").
			Unique().Required().Immutable(),
		edge.From("file", File.Type).Ref("resource_revisions").Field("file_id").Unique().Immutable(),
	}
}

func (ResourceRevision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("translation_id", "number").Unique()}
}

func (ResourceRevision) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (ResourceRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
