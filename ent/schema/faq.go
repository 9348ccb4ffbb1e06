package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Faq is a question and its answer, one FaqTranslation per locale.
type Faq struct{ ent.Schema }

func (Faq) Fields() []ent.Field {
	return []ent.Field{
		field.Int("category_id").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Faq) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("faqs").Field("space_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.From("category", Category.Type).Ref("faqs").Field("category_id").Unique().
			Annotations(entgql.Skip()),
		edge.To("translations", FaqTranslation.Type).Annotations(entgql.Skip()),
		edge.To("tags", FaqTag.Type).Annotations(entgql.Skip()),
	}
}

func (Faq) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "key").Unique(),
		// a page, of the space or of a category, is a range of these in reading order
		index.Fields("space_id", "position", "id"),
		index.Fields("space_id", "category_id", "position", "id"),
	}
}

func (Faq) Mixin() []ent.Mixin { return []ent.Mixin{ContentMixin{}, TimeMixin{}} }

func (Faq) Policy() ent.Policy { return readableContentPolicy("faq_translations", "faq_id") }

func (Faq) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// FaqTranslation is one locale of a FAQ entry.
type FaqTranslation struct{ ent.Schema }

func (FaqTranslation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("faq_id").Immutable(),
		field.String("question").Default(""),
		field.Text("answer").Default(""),
		field.Text("html").Default(""),
		field.Text("plain").Default(""),
		field.String("draft_question").Default(""),
		field.Text("draft_answer").Default(""),
		field.Int("draft_version").Default(0),
		field.Time("draft_updated_at").Optional().Nillable(),
		field.String("draft_updated_by").Default(""),
	}
}

func (FaqTranslation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("faq", Faq.Type).Ref("translations").Field("faq_id").Unique().Required().Immutable(),
		edge.To("revisions", FaqRevision.Type),
	}
}

func (FaqTranslation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("faq_id", "locale").Unique(),
		// the visibility rule (has a published translation) answered from the index alone,
		// whatever the planner's statistics say of the table
		index.Fields("faq_id", "published"),
	}
}

func (FaqTranslation) Mixin() []ent.Mixin {
	return []ent.Mixin{TranslationMixin{}, PublicationMixin{}, TimeMixin{}}
}

func (FaqTranslation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// FaqRevision is what one publish of a FAQ translation made public: revision N of it.
type FaqRevision struct{ ent.Schema }

func (FaqRevision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("translation_id").Immutable(),
		field.Int("number").Immutable(),
		field.String("question").Immutable(),
		field.Text("answer").Immutable(),
		field.String("author").Default(""),
		field.Int("author_id").Optional().Nillable(),
	}
}

func (FaqRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("translation", FaqTranslation.Type).Ref("revisions").Field("translation_id").
			Unique().Required().Immutable(),
	}
}

func (FaqRevision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("translation_id", "number").Unique()}
}

func (FaqRevision) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (FaqRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// FaqTag is one tag of a FAQ entry, as GuideTag is of a guide.
type FaqTag struct{ ent.Schema }

func (FaqTag) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Int("faq_id").Immutable(),
		field.String("tag").NotEmpty().MaxLen(64).Immutable(),
	}
}

func (FaqTag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("faq", Faq.Type).Ref("tags").Field("faq_id").Unique().Required().Immutable(),
	}
}

func (FaqTag) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("faq_id", "tag").Unique(),
		index.Fields("space_id", "tag"),
	}
}

func (FaqTag) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
