package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"guichet/facilitation"
	"guichet/locales"
	"guichet/password"
)

// Space is one help center and its community, with its own rules (a Keycloak realm).
type Space struct{ ent.Schema }

func (Space) Fields() []ent.Field {
	return []ent.Field{
		field.String("slug").Unique().NotEmpty().Immutable(),
		field.String("name_fr").Annotations(entgql.Skip()),
		field.String("name_en").Annotations(entgql.Skip()),
		field.Enum("default_locale").GoType(locales.Locale("")).Annotations(entgql.Type("Locale")),
		field.Enum("approval").Values("none", "staff", "entity-manager").Default("none").
			Annotations(entgql.Skip()),
		field.Strings("modules").Optional().Annotations(entgql.Skip()),
		field.JSON("password_policy", password.Policy{}).Annotations(entgql.Skip()),
		field.JSON("belt_rules", facilitation.Rules{}).Optional().Annotations(entgql.Skip()).
			Comment("the facilitators' belt thresholds (space.yaml belts:)"),
		field.String("support_email").Default("").Annotations(entgql.Skip()).
			Comment("where contactSupport requests are sent"),
		field.Strings("cors_origins").Optional().Annotations(entgql.Skip()).
			Comment("origins (scheme://host[:port]) whose browser pages may call this space's API; none: same origin only"),
		field.String("source_hash").Optional().Annotations(entgql.Skip()),
		field.String("time_zone").Default("Europe/Paris").Annotations(entgql.Skip()).
			Comment("IANA name: dates written for people (notices, e-mails) are in it"),
		field.String("phone_region").Default("FR").Annotations(entgql.Skip()).
			Comment("ISO 3166 region of phone numbers typed without their country code"),
	}
}

func (Space) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("categories", Category.Type).Annotations(entgql.Skip()),
		edge.To("guides", Guide.Type).Annotations(entgql.Skip()),
		edge.To("faqs", Faq.Type).Annotations(entgql.Skip()),
		edge.To("resources", Resource.Type).Annotations(entgql.Skip()),
		edge.To("files", File.Type).Annotations(entgql.Skip()),
		edge.To("accounts", Account.Type).Annotations(entgql.Skip()),
	}
}

func (Space) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Space) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
