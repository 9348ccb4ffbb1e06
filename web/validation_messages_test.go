package web_test

import (
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
)

// The common errors of a GraphQL request (syntax, validation, variables) are given in the
// reader's language, names kept; the code stays BAD_USER_INPUT. An error no pattern knows
// keeps gqlparser's English after the localized prefix.
func TestValidationMessagesLocalized(t *testing.T) {
	env := apitest.New(t)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		en, fr      string // the message after the prefix
	}{
		{"unknown field", `{ trainingz { totalCount } }`, nil,
			`Cannot query field "trainingz" on type "Query". Did you mean "trainings", "training", or "myTrainings"?`,
			`Le type « Query » n’a pas de champ « trainingz ». Vouliez-vous dire « trainings », « training » ou « myTrainings » ?`},
		{"unknown argument", `{ trainings(firts: 3) { totalCount } }`, nil,
			`Unknown argument "firts" on field "Query.trainings". Did you mean "first"?`,
			`Le champ « Query.trainings » n’a pas d’argument « firts ». Vouliez-vous dire « first » ?`},
		{"missing argument", `{ training { id } }`, nil,
			`Field "training" argument "id" of type "ID!" is required, but it was not provided.`,
			`L’argument « id » (de type « ID! ») du champ « training » est obligatoire, mais n’a pas été donné.`},
		{"variable of the wrong type", `query($id: Int!) { training(id: $id) { id } }`, map[string]any{"id": 1},
			`Variable "$id" of type "Int!" used in position expecting type "ID!".`,
			`La variable « $id » est de type « Int! », mais le type « ID! » est attendu là où elle est utilisée.`},
		{"undefined variable", `query Q { trainings(first: $n) { totalCount } }`, nil,
			`Variable "$n" is not defined by operation "Q".`,
			`La variable « $n » n’est pas déclarée par l’opération « Q ».`},
		{"syntax", `{ trainings { totalCount `, nil,
			`Syntax error: expected Name, found <EOF>.`,
			`Erreur de syntaxe : Name attendu, <EOF> trouvé.`},
		{"unknown enum value", `{ guide(slug: "x", locale: DE) { id } }`, nil,
			`Value "DE" does not exist in "Locale" enum.`,
			`La valeur « DE » n’existe pas dans l’énumération « Locale ».`},
		{"missing variable", `query($id: ID!) { training(id: $id) { id } }`, nil,
			`Variable "$id" is required, but it was not provided.`,
			`La variable « $id » est obligatoire, mais n’a pas été donnée.`},
		{"variable value of the wrong type", `query($n: Int) { trainings(first: $n) { totalCount } }`, map[string]any{"n": "abc"},
			`Variable "$n" must be of type Int.`,
			`La variable « $n » doit être de type Int.`},
		{"unknown field in a variable", `mutation($i: RegisterInput!) { register(input: $i) { ok } }`, map[string]any{"i": map[string]any{"emial": "x"}},
			`Variable "$i.emial" is not a field of its input type.`,
			`La variable « $i.emial » n’est pas un champ de son type d’entrée.`},
		{"a rule without a translation", `{ ...F } fragment F on Query { ...F }`, nil,
			`Cannot spread fragment "F" within itself.`, `Cannot spread fragment "F" within itself.`},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, l := range []struct{ accept, prefix, want string }{
				{"en", "The GraphQL request is not valid: ", c.en},
				{"fr", "La requête GraphQL n’est pas valide : ", c.fr},
			} {
				r := env.Do(t, apitest.Request{Space: "facilitators", Query: c.query, Variables: c.vars,
					Header: http.Header{"Accept-Language": {l.accept}}})
				if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Data != nil {
					t.Fatalf("%s: %s", l.accept, r.Body)
				}
				if got := r.Errors[0].Message; got != l.prefix+l.want {
					t.Errorf("%s:\n got %q\nwant %q", l.accept, got, l.prefix+l.want)
				}
				if l.accept == "fr" && c.en != c.fr && strings.Contains(r.Errors[0].Message, c.en) {
					t.Errorf("fr: English left: %q", r.Errors[0].Message)
				}
			}
		})
	}
}
