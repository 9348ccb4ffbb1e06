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

// LocalGroup is a local group of the facilitators' space: facilitators of a city or region
// who meet. Staff create them (or the shipped content, by key); facilitators join and leave.
type LocalGroup struct{ ent.Schema }

func (LocalGroup) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.String("key").Optional().Nillable().Immutable().
			Comment("the shipped content's key (groups.yaml), so that a re-import updates the group; none for groups staff create"),
		field.String("name_fr").Default(""),
		field.String("name_en").Default(""),
		field.Text("description_fr").Default(""),
		field.Text("description_en").Default(""),
		field.String("city").Default(""),
		field.String("region").Default(""),
		field.String("source_hash").Optional().Comment("of its groups.yaml entry, for the importer"),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (LocalGroup) Edges() []ent.Edge {
	return []ent.Edge{edge.To("members", LocalGroupMember.Type)}
}

func (LocalGroup) Indexes() []ent.Index {
	// (space_id, city): the list's order; (space_id, key): the importer's match.
	return []ent.Index{index.Fields("space_id", "city"), index.Fields("space_id", "key").Unique()}
}

func (LocalGroup) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// LocalGroupMember is a facilitator in a local group, and whether staff named them one of its
// coordinators. Once per group and account, settled by the unique index.
type LocalGroupMember struct{ ent.Schema }

func (LocalGroupMember) Fields() []ent.Field {
	return []ent.Field{
		field.Int("group_id").Immutable(),
		field.Int("account_id").Immutable(),
		field.Bool("coordinator").Default(false),
		field.Time("joined_at").Default(time.Now).Immutable(),
		// Written only by the database's triggers (…_member_names_triggers.sql) from the member's
		// account, never by the application: the group's page reads its members from one index.
		field.String("display_name").Default("").Annotations(entgql.Skip()).
			Comment("the account's first_name || ' ' || last_name, untrimmed, as the group's page read it through a join"),
		field.Int("belt_rank").Default(0).Annotations(entgql.Skip()).
			Comment("the account's belt_rank (its highest belt in its space's domain, 0 for none)"),
	}
}

func (LocalGroupMember) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("group", LocalGroup.Type).Ref("members").Field("group_id").Unique().Required().Immutable(),
		edge.To("account", Account.Type).Field("account_id").Unique().Required().Immutable(),
	}
}

func (LocalGroupMember) Indexes() []ent.Index {
	// (group_id, account_id): one membership; (group_id, joined_at): a group's members in their
	// order, without a sort; account_id: the groups an account is in. local_group_member_page
	// and local_group_coordinator_page hold every column the group's page reads of its members
	// and of its coordinators, in their order (joined_at, id): covering indexes. The
	// coordinators' must cover too, or SQLite reads them from the members' covering index,
	// stepping over every member of the group.
	return []ent.Index{index.Fields("group_id", "account_id").Unique(), index.Fields("group_id", "joined_at"),
		index.Fields("account_id"),
		index.Fields("group_id", "joined_at", "id", "account_id", "display_name", "belt_rank", "coordinator").
			StorageKey("local_group_member_page"),
		index.Fields("group_id", "coordinator", "joined_at", "id", "account_id", "display_name", "belt_rank").
			StorageKey("local_group_coordinator_page")}
}

func (LocalGroupMember) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
