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

// The mentoring space: organisations and their programs, onboarding sessions, and requests
// for access to the e-mentoring platform.

// Organization runs mentoring programs, PENDING until staff approve or reject it. Its
// org-admins hold the org-admin role in the domain "<space>/organization:<id>".
type Organization struct{ ent.Schema }

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("name").NotEmpty(),
		field.String("city").Optional().Nillable(),
		field.String("website").Optional().Nillable(),
		field.Enum("status").Values("PENDING", "APPROVED", "REJECTED").Default("PENDING").
			Annotations(entgql.Type("ReviewStatus")),
		field.String("rejection_reason").Default("").Annotations(entgql.Skip()),
		field.Time("decided_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("decided_by").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("created_by").Immutable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("programs", Program.Type).Annotations(entgql.Skip()),
	}
}

func (Organization) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "created_at"), index.Fields("space_id", "status", "created_at")}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// Program is a mentoring program of an organisation, PENDING until staff approve or reject
// it. Its program admins hold the program-admin role in "<space>/program:<id>".
type Program struct{ ent.Schema }

func (Program) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Int("organization_id").Immutable().Annotations(entgql.Skip()),
		field.String("title_fr").Default("").Comment("the bilingual entry: either title may be empty, not both"),
		field.String("title_en").Default(""),
		field.Int("response_level").Range(1, 4),
		field.String("contact_email").NotEmpty().Annotations(entgql.Skip()),
		field.String("contact_name").Default("").Annotations(entgql.Skip()),
		field.Enum("status").Values("PENDING", "APPROVED", "REJECTED").Default("PENDING").
			Annotations(entgql.Type("ProgramStatus")),
		field.String("rejection_reason").Default("").Annotations(entgql.Skip()),
		field.Time("decided_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("decided_by").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("created_by").Immutable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (Program) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("programs").Field("organization_id").Unique().Required().
			Immutable().Annotations(entgql.Skip()),
	}
}

func (Program) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "created_at"), index.Fields("organization_id")}
}

func (Program) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// OnboardingSession is an onboarding and training session staff schedule; programs register
// for it, one seat each.
type OnboardingSession struct{ ent.Schema }

func (OnboardingSession) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Time("starts_at").Annotations(entgql.OrderField("STARTS_AT")),
		field.Enum("language").GoType(localeType).Annotations(entgql.Type("Locale")),
		field.Int("capacity").Positive(),
		field.Int("seats_taken").Default(0).Annotations(entgql.Skip()).
			Comment("raised by a conditional UPDATE, so that two registrations never take the last seat twice"),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip()),
	}
}

func (OnboardingSession) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "starts_at")}
}

func (OnboardingSession) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// OnboardingRegistration is a program's seat at an onboarding session: that program, and no
// other of its organisation, is then registered for onboarding.
type OnboardingRegistration struct{ ent.Schema }

func (OnboardingRegistration) Fields() []ent.Field {
	return []ent.Field{
		field.Int("session_id").Immutable(),
		field.Int("program_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("registered_by").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (OnboardingRegistration) Indexes() []ent.Index {
	return []ent.Index{index.Fields("session_id", "program_id").Unique(), index.Fields("organization_id"), index.Fields("program_id")}
}

func (OnboardingRegistration) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// PlatformAccessRequest asks for access to the e-mentoring platform for an approved program.
// One PENDING request per organisation, settled by a unique index. The invitation's
// secret is stored only as its hash, cleared once used.
type PlatformAccessRequest struct{ ent.Schema }

func (PlatformAccessRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Int("organization_id").Immutable().Annotations(entgql.Skip()),
		field.Int("program_id").Immutable().Annotations(entgql.Skip()),
		field.String("program_title").Immutable().Comment("the program's title at the time, never typed in"),
		field.String("admin_first_name").Immutable(),
		field.String("admin_last_name").Immutable(),
		field.String("admin_phone").Immutable().Comment("E.164"),
		field.String("admin_email").Immutable(),
		field.Enum("status").Values("PENDING", "COMPLETED", "CANCELLED").Default("PENDING").
			Annotations(entgql.Type("PlatformAccessRequestStatus")),
		field.Time("terms_accepted_at").Immutable(),
		field.String("logo_sha256").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.String("logo_content_type").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.String("logo_300_sha256").Optional().Nillable().Immutable().Annotations(entgql.Skip()).
			Comment("the 300×300 PNG made from the logo"),
		field.Enum("locale").GoType(localeType).Immutable().Annotations(entgql.Skip()).
			Comment("the invitation's language"),
		field.String("invitation_hash").Optional().Nillable().Unique().Sensitive().Annotations(entgql.Skip()),
		field.Time("invitation_expires_at").Annotations(entgql.Skip()),
		field.Int("open_organization_id").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("the organisation's id while the request is PENDING, NULL after: unique, so one open request per organisation"),
		field.Int("requested_by").Immutable().Annotations(entgql.Skip()),
		field.Int("admin_account_id").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("completed_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("cancelled_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("cancelled_by").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (PlatformAccessRequest) Indexes() []ent.Index {
	return []ent.Index{
		// One open request per organisation: the database settles concurrent requests. A
		// unique index on a column that is NULL once the request is closed (NULLs never
		// collide) says it on both stores alike; a partial index's predicate is written back
		// differently by PostgreSQL, which the migrations check would see as a change.
		index.Fields("open_organization_id").Unique().StorageKey("platformaccessrequest_one_open_per_organization"),
		index.Fields("organization_id", "created_at"),
	}
}

func (PlatformAccessRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}
