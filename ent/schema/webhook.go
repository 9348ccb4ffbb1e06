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

// Webhook is a URL a space admin registered to be told of publishing events.
type Webhook struct{ ent.Schema }

func (Webhook) Fields() []ent.Field {
	return []ent.Field{
		field.Int("space_id").Immutable().Annotations(entgql.Skip()),
		field.String("url").NotEmpty(),
		field.Strings("events").Comment("e.g. guide.published, guide.unpublished"),
		field.Bytes("secret_sealed").Sensitive().Annotations(entgql.Skip()).
			Comment("the HMAC key, sealed; shown once, when the webhook is created"),
		field.Bool("active").Default(true),
		field.Int("created_by").Optional().Nillable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Webhook) Edges() []ent.Edge {
	return []ent.Edge{edge.To("deliveries", WebhookDelivery.Type).Annotations(entgql.Skip())}
}

func (Webhook) Indexes() []ent.Index { return []ent.Index{index.Fields("space_id")} }

func (Webhook) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}

// WebhookDelivery is one event to deliver to one webhook, and what came of it: the delivery
// log. Written in the transaction of the change, delivered by a worker with retries.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("webhook_id").Immutable().Annotations(entgql.Skip()),
		field.String("event").NotEmpty().Immutable(),
		field.Text("payload").Immutable().Comment("the JSON body sent"),
		field.Enum("status").Values("PENDING", "DELIVERED", "FAILED").Default("PENDING"),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now).Annotations(entgql.Skip()),
		field.Time("locked_until").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("response_status").Optional().Nillable(),
		field.String("last_error").Default(""),
		field.Time("delivered_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("webhook", Webhook.Type).Ref("deliveries").Field("webhook_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
	}
}

func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("webhook_id", "created_at")}
}

func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
	}
}
