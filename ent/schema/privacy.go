package schema

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	"guichet/ent/intercept"
	"guichet/ent/privacy"
	"guichet/viewer"
)

// readableContentPolicy lets a viewer read only the content of their space that is not
// deleted, has at least one published translation, and whose audience the policy allows them.
// It is a query filter, so it holds on every path: lists, counts, node(id), edges and eager
// loading. Writes are denied unless a domain service allows them explicitly
// (privacy.DecisionContext), so no resolver can write content by accident.
func readableContentPolicy(translations, fk string) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readableContent{translations, fk}},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

type readableContent struct{ translations, fk string }

func (r readableContent) EvalQuery(ctx context.Context, q ent.Query) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return privacy.Denyf("content read without a viewer")
	}
	iq, err := intercept.NewQuery(q)
	if err != nil {
		return privacy.Denyf("content filter: %v", err)
	}
	iq.WhereP(ReadableContent(v, r.translations, r.fk))
	return privacy.Skip
}

// ReadableContent is readableContentPolicy's filter on a selector of a content table, for a
// statement built outside ent's queries (help: the first page of every category in one).
func ReadableContent(v *viewer.Viewer, translations, fk string) func(*sql.Selector) {
	audiences := make([]any, len(v.Audiences))
	for i, a := range v.Audiences {
		audiences[i] = string(a)
	}
	return func(s *sql.Selector) {
		t := sql.Table(translations)
		s.Where(sql.And(
			sql.EQ(s.C("space_id"), v.SpaceID),
			sql.IsNull(s.C("deleted_at")),
			sql.In(s.C("audience"), audiences...),
			sql.Exists(sql.Select(t.C("id")).From(t).Where(sql.And(
				sql.ColumnsEQ(t.C(fk), s.C("id")),
				sql.EQ(t.C("published"), true),
			))),
		))
	}
}
