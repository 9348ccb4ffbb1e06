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
	return []ent.Index{index.Fields("space_id", "key").Unique()}
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
	}
}

func (ResourceTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("resource", Resource.Type).Ref("translations").Field("resource_id").Unique().Required().Immutable(),
		edge.From("file", File.Type).Ref("resource_translations").Field("file_id").Unique(),
	}
}

func (ResourceTranslation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("resource_id", "locale").Unique()}
}

func (ResourceTranslation) Mixin() []ent.Mixin {
	return []ent.Mixin{TranslationMixin{}, PublicationMixin{}, TimeMixin{}}
}

func (ResourceTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
