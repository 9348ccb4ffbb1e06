//go:build ignore

package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("./gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("./graph/ent.graphqls"),
		entgql.WithRelaySpec(true),
		// node and nodes are readable by anybody: what they return goes through the data
		// layer's visibility rules like every other read.
		entgql.WithSchemaHook(func(_ *gen.Graph, s *ast.Schema) error {
			q := s.Types["Query"]
			if q == nil {
				return nil
			}
			for _, f := range q.Fields {
				if f.Name == "node" || f.Name == "nodes" {
					f.Directives = append(f.Directives, &ast.Directive{Name: "public"})
				}
			}
			return nil
		}),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureIntercept,
			gen.FeatureUpsert,
			gen.FeatureExecQuery,
			gen.FeatureGlobalID,
			gen.FeatureModifier,
			gen.FeatureVersionedMigration,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
