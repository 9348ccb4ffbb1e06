package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Category groups guides, FAQs and resources of a space.
type Category struct{ ent.Schema }

func (Category) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("key").NotEmpty().Annotations(entgql.Skip()),
		field.Int("position").Default(0).Annotations(entgql.Skip()),
		field.Time("deleted_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Category) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("categories").Field("space_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.To("translations", CategoryTranslation.Type).Annotations(entgql.Skip()),
		edge.To("guides", Guide.Type).Annotations(entgql.Skip()),
		edge.To("faqs", Faq.Type).Annotations(entgql.Skip()),
		edge.To("resources", Resource.Type).Annotations(entgql.Skip()),
	}
}

func (Category) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "key").Unique()}
}

func (Category) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Category) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

// CategoryTranslation is a category's slug, title and description in one locale.
type CategoryTranslation struct{ ent.Schema }

func (CategoryTranslation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("category_id").Immutable(),
		field.Int("space_id").Immutable().Comment("the category's space, so that a slug is unique in a space and locale"),
		field.String("slug").NotEmpty(),
		field.String("title").NotEmpty(),
		field.String("description").Default(""),
	}
}

func (CategoryTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("category", Category.Type).Ref("translations").Field("category_id").Unique().Required().Immutable(),
	}
}

func (CategoryTranslation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("category_id", "locale").Unique(),
		index.Fields("space_id", "locale", "slug").Unique(),
	}
}

func (CategoryTranslation) Mixin() []ent.Mixin { return []ent.Mixin{TranslationMixin{}} }

func (CategoryTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
