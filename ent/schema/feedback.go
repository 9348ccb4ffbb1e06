package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// PageVote is one reader's answer to "did this page help?" for a page in one language. The
// reader is a voter key, never an address or an account id (help/feedback.go): a keyed hash
// of the account, or a hash of the client with a salt that changes every day.
type PageVote struct{ ent.Schema }

func (PageVote) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.String("page_kind").NotEmpty().Immutable().Comment("guide, faq or news"),
		field.Int("page_id").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("voter").NotEmpty().Immutable().Comment("a keyed hash: never an address or an account id"),
		field.Bool("helpful"),
		field.Time("updated_at"),
	}
}

func (PageVote) Indexes() []ent.Index {
	return []ent.Index{
		// one vote per reader, page and language: a second vote replaces the first (upsert)
		index.Fields("page_id", "page_kind", "locale", "voter").Unique(),
		// a space's votes over a period, for editors; and the purge of old votes
		index.Fields("space_id", "updated_at"),
	}
}

func (PageVote) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// SearchGap counts the searches of a day that found nothing, by their normalised words
// (case, accents and elisions folded), in one space and locale. Nothing says who searched.
type SearchGap struct{ ent.Schema }

func (SearchGap) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Time("day").Immutable().Comment("midnight UTC of the day counted"),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("query").NotEmpty().Immutable(),
		field.Int("count").Default(0),
		field.Time("last_at"),
	}
}

func (SearchGap) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "day", "locale", "query").Unique(),
		index.Fields("day"), // the purge of days past the retention
	}
}

func (SearchGap) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// VoteSalt is the random salt of a day that anonymous readers' clients are hashed with; it
// is deleted once its day is over, after which nobody can tell which client cast a vote.
type VoteSalt struct{ ent.Schema }

func (VoteSalt) Fields() []ent.Field {
	return []ent.Field{
		field.Time("day").Unique().Immutable(),
		field.Bytes("salt").Sensitive().Immutable(),
	}
}

func (VoteSalt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
