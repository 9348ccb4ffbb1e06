package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"guichet/locales"
	"guichet/role"
)

// TimeMixin gives an entity its creation and last-change times.
type TimeMixin struct{ mixin.Schema }

func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).
			Annotations(entgql.OrderField("UPDATED_AT")),
	}
}

// ContentMixin is what guides, FAQs and resources share: their space, the stable key the
// importer matches them by, who may read them, their order, and a soft-delete mark.
type ContentMixin struct{ mixin.Schema }

func (ContentMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("key").NotEmpty().Annotations(entgql.Skip()),
		field.Enum("audience").GoType(role.Audience("")).Default(string(role.Public)).
			Annotations(entgql.Type("Audience")),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.Time("deleted_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

// TranslationMixin is what every translation shares: its locale and, for what the importer
// wrote, the hash of the source file it came from (a second import of the same file is a no-op).
type TranslationMixin struct{ mixin.Schema }

func (TranslationMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("locale").GoType(localeType),
		field.String("source_hash").Optional(),
	}
}

// PublicationMixin is the publish state of one translation: it is readable when published,
// and each publish made revision `revision` (0: never published).
type PublicationMixin struct{ mixin.Schema }

func (PublicationMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("published").Default(false),
		field.Int("revision").Default(0),
		field.Time("published_at").Optional().Nillable(),
		field.String("published_by").Optional(),
	}
}

var localeType = locales.Locale("")
