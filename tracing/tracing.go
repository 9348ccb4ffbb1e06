// Package tracing sends OpenTelemetry traces over OTLP/HTTP when an endpoint is configured
// (OTLP_ENDPOINT, or the standard OTEL_EXPORTER_OTLP_ENDPOINT), and gives gqlgen the
// extension that makes a span of each GraphQL operation and of each resolver under it.
package tracing

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// Name is the instrumentation scope of Guichet's spans.
const Name = "guichet"

// Start installs a global tracer provider that batches spans to the OTLP/HTTP collector at
// endpoint (its base URL, e.g. http://collector:4318; /v1/traces is added, as for
// OTEL_EXPORTER_OTLP_ENDPOINT) and W3C trace context propagation. Call shutdown before
// exiting: it sends what is still batched.
func Start(ctx context.Context, endpoint, service string) (shutdown func(context.Context) error, err error) {
	u := strings.TrimRight(endpoint, "/")
	if !strings.HasSuffix(u, "/v1/traces") {
		u += "/v1/traces"
	}
	exp, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL(u))
	if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithResource(resource.NewSchemaless(attribute.String("service.name", service))),
	)
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown, nil
}

// Tracer is the tracer of Guichet's spans, from the global provider.
func Tracer() trace.Tracer { return otel.Tracer(Name) }

// GraphQL is the gqlgen extension that traces operations ("query GuideBySlug", with the
// operation's name and type and its errors' codes) and the resolvers they run (Object.field;
// fields that only read a value already loaded make no span).
type GraphQL struct{ Tracer trace.Tracer }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
	graphql.FieldInterceptor
} = GraphQL{}

func (GraphQL) ExtensionName() string                   { return "OpenTelemetry" }
func (GraphQL) Validate(graphql.ExecutableSchema) error { return nil }

func (g GraphQL) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	kind, name := "operation", oc.OperationName
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
		if name == "" {
			name = oc.Operation.Name
		}
	}
	ctx, span := g.Tracer.Start(ctx, strings.TrimSpace(kind+" "+name), trace.WithAttributes(
		attribute.String("graphql.operation.type", kind),
		attribute.String("graphql.operation.name", name),
	))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		var errCodes []string
		for _, e := range resp.Errors {
			if c, ok := e.Extensions["code"].(string); ok {
				errCodes = append(errCodes, c)
			}
		}
		span.SetAttributes(attribute.StringSlice("graphql.error.codes", errCodes))
		span.SetStatus(codes.Error, resp.Errors[0].Message)
	}
	return resp
}

func (g GraphQL) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver || fc.Field.Field == nil {
		return next(ctx)
	}
	ctx, span := g.Tracer.Start(ctx, fc.Object+"."+fc.Field.Name, trace.WithAttributes(
		attribute.String("graphql.field.path", fc.Path().String()),
	))
	defer span.End()
	res, err := next(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	return res, err
}
