package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// File is an uploaded or imported file of a space. Its bytes live in the blob store under
// its SHA-256; who may download it follows what it is attached to.
type File struct{ ent.Schema }

func (File) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.String("sha256").NotEmpty().Immutable(),
		field.String("filename").NotEmpty(),
		field.String("content_type").NotEmpty(),
		field.Int64("size").NonNegative(),
		field.Int("width").Optional().Nillable().Comment("images only"),
		field.Int("height").Optional().Nillable().Comment("images only"),
	}
}

func (File) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("files").Field("space_id").Unique().Required().Immutable(),
		edge.From("guide_translations", GuideTranslation.Type).Ref("attachments"),
		edge.From("draft_guide_translations", GuideTranslation.Type).Ref("draft_attachments"),
		edge.To("resource_translations", ResourceTranslation.Type),
		edge.To("draft_resource_translations", ResourceTranslation.Type),
		edge.To("resource_revisions", ResourceRevision.Type),
	}
}

func (File) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "sha256", "filename").Unique()}
}

func (File) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (File) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
