package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"guichet/facilitation"
)

// The facilitators' space: trainings, workshops, belt requests and co-optations.

// Training is a facilitation training a trainer gives; attending it makes a facilitator.
type Training struct{ ent.Schema }

func (Training) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("title").NotEmpty(),
		field.Time("starts_at").Annotations(entgql.OrderField("STARTS_AT")),
		field.Time("ends_at"),
		field.Enum("format").GoType(facilitation.Format("")).Annotations(entgql.Type("Format")),
		field.Enum("language").GoType(localeType).Annotations(entgql.Type("Locale")),
		field.Int("capacity").Positive(),
		field.Int("seats_taken").Default(0).Annotations(entgql.Skip()).
			Comment("raised by a conditional UPDATE, so that two sign-ups never take the last seat twice"),
		field.String("city").Optional().Nillable(),
		field.Int("trainer_id").Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip()),
	}
}

func (Training) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("trainer", Account.Type).Field("trainer_id").Unique().Required().Annotations(entgql.Skip()),
		edge.To("registrations", TrainingRegistration.Type).Annotations(entgql.Skip()),
	}
}

func (Training) Indexes() []ent.Index { return []ent.Index{index.Fields("space_id", "starts_at")} }

func (Training) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// TrainingRegistration is a person's seat at a training, and whether they attended.
type TrainingRegistration struct{ ent.Schema }

func (TrainingRegistration) Fields() []ent.Field {
	return []ent.Field{
		field.Int("training_id").Immutable(),
		field.Int("account_id").Immutable(),
		field.Bool("confirmed").Default(true).
			Comment("false until a person who was not signed in confirms by the e-mailed link"),
		field.String("confirm_hash").Optional().Nillable().Unique().Sensitive(),
		field.Time("confirm_expires_at").Optional().Nillable(),
		field.Bool("attended").Default(false),
		field.Time("attended_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (TrainingRegistration) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("training", Training.Type).Ref("registrations").Field("training_id").Unique().Required().Immutable(),
		edge.To("account", Account.Type).Field("account_id").Unique().Required().Immutable(),
	}
}

func (TrainingRegistration) Indexes() []ent.Index {
	return []ent.Index{index.Fields("training_id", "account_id").Unique(), index.Fields("account_id")}
}

func (TrainingRegistration) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Workshop is a session a facilitator organises (with co-facilitators), then reports.
type Workshop struct{ ent.Schema }

func (Workshop) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Int("organizer_id").Immutable().Annotations(entgql.Skip()),
		field.String("title").Default(""),
		field.Time("starts_at").Annotations(entgql.OrderField("STARTS_AT")),
		field.Enum("format").GoType(facilitation.Format("")).Annotations(entgql.Type("Format")),
		field.Enum("language").GoType(localeType).Annotations(entgql.Type("Locale")),
		field.String("city").Optional().Nillable(),
		field.Int("capacity").Positive(),
		field.Enum("kind").Values("PUBLIC", "PRIVATE", "PROFESSIONAL").Annotations(entgql.Type("WorkshopKind")),
		field.Enum("status").Values("SCHEDULED", "REPORTED", "CANCELLED").Default("SCHEDULED").
			Annotations(entgql.Type("WorkshopStatus")),
		field.Bool("seeking_facilitators").Default(false).
			Comment("shown in the opportunities while scheduled"),
		field.Int("co_facilitator_count").Default(0).Annotations(entgql.Skip()).
			Comment("raised by a conditional UPDATE when an application is accepted, so that concurrent accepts never exceed the places"),
		field.Int("participants").Optional().Nillable(),
		field.Time("reported_at").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip()),
	}
}

func (Workshop) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("facilitators", WorkshopFacilitator.Type).Annotations(entgql.Skip()),
	}
}

func (Workshop) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "status", "starts_at")}
}

func (Workshop) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// WorkshopFacilitator is one facilitator on a workshop: its organiser or a co-facilitator.
// A reported workshop counts for each of them.
type WorkshopFacilitator struct{ ent.Schema }

func (WorkshopFacilitator) Fields() []ent.Field {
	return []ent.Field{
		field.Int("workshop_id").Immutable(),
		field.Int("account_id").Immutable(),
		field.Bool("organizer").Default(false).Immutable(),
	}
}

func (WorkshopFacilitator) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("workshop", Workshop.Type).Ref("facilitators").Field("workshop_id").Unique().Required().Immutable(),
		edge.To("account", Account.Type).Field("account_id").Unique().Required().Immutable(),
	}
}

func (WorkshopFacilitator) Indexes() []ent.Index {
	return []ent.Index{index.Fields("workshop_id", "account_id").Unique(), index.Fields("account_id")}
}

func (WorkshopFacilitator) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// BeltRequest is a facilitator's request to be co-opted to the next belt. One per candidate
// and belt, settled by the database.
type BeltRequest struct{ ent.Schema }

func (BeltRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.Int("candidate_id").Immutable().Annotations(entgql.Skip()),
		field.String("belt").NotEmpty().Immutable().Annotations(entgql.Type("Belt")),
		field.Enum("status").Values("OPEN", "GRANTED").Default("OPEN").Annotations(entgql.Type("BeltRequestStatus")),
		field.Int("co_optation_count").Default(0).Annotations(entgql.Skip()).
			Comment("raised by a conditional UPDATE with each co-optation: it serialises concurrent ones"),
		field.Int("required").Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("granted_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (BeltRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Account.Type).Field("candidate_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("co_optations", CoOptation.Type).Annotations(entgql.Skip()),
	}
}

func (BeltRequest) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id", "belt").Unique(), index.Fields("space_id", "status", "created_at")}
}

func (BeltRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// CoOptation is one facilitator vouching for a candidate's belt request; once each.
type CoOptation struct{ ent.Schema }

func (CoOptation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("request_id").Immutable(),
		field.Int("coopter_id").Immutable(),
		field.String("coopter_belt").Immutable().Comment("the co-opting facilitator's belt at the time"),
		field.Text("comment").Default("").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (CoOptation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", BeltRequest.Type).Ref("co_optations").Field("request_id").Unique().Required().Immutable(),
		edge.To("coopter", Account.Type).Field("coopter_id").Unique().Required().Immutable(),
	}
}

func (CoOptation) Indexes() []ent.Index {
	// coopter_id: what a facilitator co-opted already (the requests left for them to co-opt).
	return []ent.Index{index.Fields("request_id", "coopter_id").Unique(), index.Fields("coopter_id")}
}

func (CoOptation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// WorkshopApplication is a facilitator's application to co-facilitate a workshop listed in
// the opportunities; its organiser accepts or declines it. One per workshop and applicant,
// settled by the database; a withdrawn one may be re-opened.
type WorkshopApplication struct{ ent.Schema }

func (WorkshopApplication) Fields() []ent.Field {
	return []ent.Field{
		field.Int("workshop_id").Immutable(),
		field.Int("applicant_id").Immutable(),
		field.String("message").Default("").MaxLen(4000).
			Comment("at most 1000 characters (community.MaxApplicationMessage); MaxLen counts bytes"),
		field.Enum("status").Values("PENDING", "ACCEPTED", "DECLINED", "WITHDRAWN").Default("PENDING"),
		field.Time("created_at").Default(time.Now),
		field.Time("decided_at").Optional().Nillable(),
	}
}

func (WorkshopApplication) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("workshop", Workshop.Type).Field("workshop_id").Unique().Required().Immutable(),
		edge.To("applicant", Account.Type).Field("applicant_id").Unique().Required().Immutable(),
	}
}

func (WorkshopApplication) Indexes() []ent.Index {
	return []ent.Index{index.Fields("workshop_id", "applicant_id").Unique(), index.Fields("applicant_id")}
}

func (WorkshopApplication) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
