package schema

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "guichet/ent"
	"guichet/ent/hook"
	"guichet/slug"
)

// Account is a person's account in one space: the same address may hold an account in
// each space.
type Account struct{ ent.Schema }

func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("email").NotEmpty().Comment("as the person typed it, trimmed"),
		field.String("email_key").NotEmpty().Annotations(entgql.Skip()).
			Comment("the normalized address accounts are matched by (lower case)"),
		field.String("first_name").Default(""),
		field.String("last_name").Default(""),
		field.String("phone").Optional().Annotations(entgql.Skip()),
		field.Enum("locale").GoType(localeType).Annotations(entgql.Type("Locale")),
		field.Enum("status").Values("PENDING_ACTIVATION", "PENDING_APPROVAL", "ACTIVE", "REJECTED",
			"SUSPENDED", "LEGACY_UNMIGRATED").Default("PENDING_ACTIVATION").
			Annotations(entgql.Type("AccountStatus")),
		field.String("password_hash").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Bool("password_reset_required").Default(false).Annotations(entgql.Skip()),
		field.Time("password_changed_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.String("rejection_reason").Optional().Annotations(entgql.Skip()),
		field.Time("activated_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("decided_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("when staff or a manager approved or rejected it"),
		field.Int("decided_by").Optional().Nillable().Annotations(entgql.Skip()),
		field.Bool("directory_listed").Default(false).Annotations(entgql.Skip()).
			Comment("a facilitator who chose to appear in the community's directory"),
		field.Int("entity_id").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("certification: the entity the account deposits for"),
		// The directory: the names' words for search (kept by the schema's hook), and what a
		// facilitator shares (updateDirectoryProfile).
		field.String("first_name_key").Default("").Annotations(entgql.Skip()).
			Comment("slug.Key of first_name: its folded words, for prefix search"),
		field.String("last_name_key").Default("").Annotations(entgql.Skip()).
			Comment("slug.Key of last_name"),
		field.String("directory_city").Default("").Annotations(entgql.Skip()),
		field.String("directory_city_key").Default("").Annotations(entgql.Skip()).
			Comment("slug.Key of directory_city: what the directory's city filter matches"),
		field.String("directory_languages").Default("").Annotations(entgql.Skip()).
			Comment("the locales the facilitator works in, comma-separated (FR,EN)"),
		field.String("directory_bio_fr").Default("").Annotations(entgql.Skip()),
		field.String("directory_bio_en").Default("").Annotations(entgql.Skip()),
		field.Bool("directory_show_email").Default(false).Annotations(entgql.Skip()),
		// Written only by the database's triggers (…_belt_rank_triggers.sql), never by the
		// application: the local group's members read it instead of a subquery per member.
		field.Int("belt_rank").Default(0).Annotations(entgql.Skip()).
			Comment("facilitation.Rank (1 = WHITE … 5 = BLUE) of the highest belt role the account holds in its own space's domain (account_roles.domain = the slug of its space), 0 for none"),
		// Written only by the database's triggers (…_facilitator_flag_triggers.sql), never by
		// the application: the directory checks it in its index instead of a lookup per entry.
		field.Bool("facilitator").Default(false).Annotations(entgql.Skip()).
			Comment("whether the account holds the facilitator role in its own space's domain"),
		// Written only by the database's triggers (…_names_key_triggers.sql), never by the
		// application: a city's directory searched by names checks one key per word, not two.
		field.String("names_key").Default("").Annotations(entgql.Skip()).
			Comment("first_name_key || last_name_key: every word of the names, each after a space"),
	}
}

func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("space", Space.Type).Ref("accounts").Field("space_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
		edge.To("roles", AccountRole.Type).Annotations(entgql.Skip()),
		edge.To("tokens", Token.Type).Annotations(entgql.Skip()),
		edge.From("entity", Entity.Type).Ref("members").Field("entity_id").Unique().Annotations(entgql.Skip()),
		edge.To("documents", Document.Type).Annotations(entgql.Skip()),
	}
}

// Hooks keep the names' search keys with the names, whichever path writes them (sign-up,
// import, profile change).
func (Account) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return hook.AccountFunc(func(ctx context.Context, m *gen.AccountMutation) (ent.Value, error) {
			if v, ok := m.FirstName(); ok {
				m.SetFirstNameKey(slug.Key(v))
			}
			if v, ok := m.LastName(); ok {
				m.SetLastNameKey(slug.Key(v))
			}
			return next.Mutate(ctx, m)
		})
	}}
}

func (Account) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id", "email_key").Unique(),
		index.Fields("space_id", "status", "created_at"),
		// an entity's pending accounts, oldest first: the next manager-to-be, a manager's queue
		index.Fields("entity_id", "status", "created_at"),
		// the directory's page, in its order: a page reads its offset and its length, not the list
		index.Fields("space_id", "directory_listed", "status", "last_name", "first_name"),
		// the directory's city filter: a city's listed facilitators in the directory's order, so
		// that a page and its count read that city's entries only
		index.Fields("space_id", "directory_listed", "status", "directory_city_key", "last_name", "first_name").
			StorageKey("account_directory_city_order"),
		// the count of a city's entries searched by names: their names' key, role and belt read
		// in the index, not in each entry's row (after the names, so that a page keeps the
		// city's order index)
		index.Fields("space_id", "directory_listed", "status", "directory_city_key", "names_key", "facilitator", "belt_rank").
			StorageKey("account_directory_city_names"),
	}
}

func (Account) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// AccountRole is one role an account holds, in a domain: the space ("mentoring") or an
// organisation, entity or program inside it ("mentoring/program:12"). Role assignments live
// here only; the policy reads them.
type AccountRole struct{ ent.Schema }

func (AccountRole) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.String("role").NotEmpty().Immutable(),
		field.String("domain").NotEmpty().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (AccountRole) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("roles").Field("account_id").Unique().Required().Immutable(),
	}
}

func (AccountRole) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("account_id", "role", "domain").Unique(),
		// who holds a role in a domain: the community's figures, the directory
		index.Fields("domain", "role"),
		// the viewer's roles in a space and its scopes: one range of this index, whatever
		// the planner's statistics (account_id = ? AND domain >= ? AND domain < ?)
		index.Fields("account_id", "domain"),
	}
}

func (AccountRole) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Token is a secret given to a person: a session, or a link that activates an account,
// resets a password or accepts an invitation. Only its SHA-256 is stored.
type Token struct{ ent.Schema }

func (Token) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id").Immutable(),
		field.Enum("kind").Values("SESSION", "ACTIVATION", "RESET", "INVITATION", "EMAIL_CHANGE").Immutable(),
		field.String("hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at"),
		field.Time("used_at").Optional().Nillable().Comment("consumed (single-use tokens) or revoked (sessions)"),
		field.Time("last_seen_at").Optional().Nillable().Comment("sessions: the last request, for the idle timeout"),
		field.String("client").Default("").Comment("the client address that asked for it"),
		field.String("new_email").Optional().Nillable().Immutable().Comment("e-mail changes: the address the link was sent to, as typed"),
	}
}

func (Token) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("tokens").Field("account_id").Unique().Required().Immutable(),
	}
}

func (Token) Indexes() []ent.Index {
	return []ent.Index{index.Fields("account_id", "kind", "used_at")}
}

func (Token) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Throttle counts attempts against a key (an address, a client) in a window, so that sign-in
// and e-mail sending can be slowed down and refused; in the database, so the counts hold
// across restarts and replicas.
type Throttle struct{ ent.Schema }

func (Throttle) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().Unique().Immutable(),
		field.Time("window_start"),
		field.Int("count").Default(0),
		field.Time("blocked_until").Optional().Nillable(),
	}
}

func (Throttle) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// AuditEvent is a security event of a space: who did what, to whom, when, from where.
// Never a secret.
type AuditEvent struct{ ent.Schema }

func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("action").NotEmpty().Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.Int("target_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.String("email").Default("").Immutable().Comment("the address concerned, as typed (failed logins)"),
		field.String("client").Default("").Immutable(),
		field.JSON("details", map[string]string{}).Optional().Immutable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (AuditEvent) Indexes() []ent.Index {
	// (space_id, action, created_at): a page of one action, newest first, reads only its rows.
	return []ent.Index{index.Fields("space_id", "created_at"), index.Fields("space_id", "action", "created_at")}
}

func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// SupportRequest is a message sent through the help pages' contact form.
type SupportRequest struct{ ent.Schema }

func (SupportRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable(),
		field.Int("account_id").Optional().Nillable().Immutable(),
		field.String("email").NotEmpty().Immutable(),
		field.String("name").Immutable(),
		field.String("subject").Immutable(),
		field.Text("message").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("client").Default("").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (SupportRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// OutboxMessage is an e-mail to send, written in the same transaction as the change that
// causes it; the mail worker sends it, with retries. A link's secret is kept sealed and
// erased once sent.
type OutboxMessage struct{ ent.Schema }

func (OutboxMessage) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Optional().Nillable().Immutable(),
		field.String("to_address").NotEmpty().Immutable(),
		field.String("to_name").Default("").Immutable(),
		field.Enum("locale").GoType(localeType).Immutable(),
		field.String("template").NotEmpty().Immutable(),
		field.JSON("data", map[string]string{}).Optional().Immutable(),
		field.Bytes("sealed").Optional().Nillable().Sensitive().Comment("the encrypted secret of a link, erased once sent"),
		field.Enum("status").Values("PENDING", "SENT", "FAILED").Default("PENDING"),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now),
		field.Time("locked_until").Optional().Nillable().Comment("a worker's lease"),
		field.String("last_error").Default(""),
		field.Time("sent_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (OutboxMessage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at")}
}

func (OutboxMessage) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
