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

// The certification space: entities and the documents that support their accounts' requests.

// Entity is an organisation that deposits certification files: a ministry, a public
// establishment, a company… Entities with a SIRET are one per SIRET and space (a unique index,
// so two first registrations at the same moment make one); those without are each new.
type Entity struct{ ent.Schema }

func (Entity) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Enum("kind").Values("MINISTRY", "PUBLIC_ESTABLISHMENT", "COMPANY", "ASSOCIATION", "BRANCH_BODY", "OTHER"),
		field.String("siret").Optional().Nillable().Immutable().Comment("14 digits, no spaces"),
		field.String("name").NotEmpty(),
		field.String("address_line1").Optional().Annotations(entgql.Skip()),
		field.String("address_line2").Optional().Annotations(entgql.Skip()),
		field.String("postal_code").Optional().Annotations(entgql.Skip()),
		field.String("city").Optional().Annotations(entgql.Skip()),
		field.String("country").Optional().Annotations(entgql.Skip()),
		field.Int("manager_id").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("the account in the manager's place: the manager once staff approved it, the manager-to-be " +
				"while it is pending. One column, so one per entity; it changes by conditional UPDATEs only."),
	}
}

func (Entity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("members", Account.Type).Annotations(entgql.Skip()),
		edge.To("manager", Account.Type).Field("manager_id").Unique().Annotations(entgql.Skip()),
	}
}

func (Entity) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "siret").Unique()}
}

func (Entity) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Entity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// Document is a file a person joined to their account request: the proof of their entity's
// legal existence, or the mandate delegation that names them. Its bytes are in the blob store
// under its SHA-256; staff and the entity's manager download it, every download audited.
type Document struct{ ent.Schema }

func (Document) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Int("account_id").Immutable().Annotations(entgql.Skip()),
		field.Int("entity_id").Immutable().Annotations(entgql.Skip()),
		field.Enum("kind").Values("LEGAL_EXISTENCE_PROOF", "MANDATE_DELEGATION").Immutable(),
		field.String("sha256").NotEmpty().Immutable().Annotations(entgql.Skip()),
		field.String("filename").NotEmpty().Immutable(),
		field.String("content_type").NotEmpty().Immutable(),
		field.Int64("size").NonNegative().Immutable(),
		field.Time("signed_on").Optional().Nillable().Immutable().Annotations(entgql.Skip()).
			Comment("a mandate delegation's date (midnight UTC of that day)"),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip()),
	}
}

func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("documents").Field("account_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.To("entity", Entity.Type).Field("entity_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
	}
}

func (Document) Indexes() []ent.Index { return []ent.Index{index.Fields("account_id")} }

func (Document) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}
