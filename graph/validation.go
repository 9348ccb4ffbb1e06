package graph

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/locales"
)

// gqlparser writes its errors of syntax, validation and variables in English, with the
// names in quotes. The common ones are read back here, by their rule and their pattern, and
// written in the reader's language (the English ones as gqlparser words them, the
// variables' ones naming the variable); any other keeps gqlparser's text.
type validationPattern struct {
	rules     []string // the validation rules that write it; "" for syntax and variables' errors
	re        *regexp.Regexp
	messageID string
	names     []string // the template's data, in the order of re's groups
}

var validationPatterns = []validationPattern{
	{[]string{"FieldsOnCorrectType", "FieldsOnCorrectTypeWithoutSuggestions"}, regexp.MustCompile(`^Cannot query field "([^"]+)" on type "([^"]+)"\.`), "GRAPHQL_UNKNOWN_FIELD", []string{"Field", "Type"}},
	{[]string{"KnownArgumentNames", "KnownArgumentNamesWithoutSuggestions"}, regexp.MustCompile(`^Unknown argument "([^"]+)" on field "([^"]+)"\.`), "GRAPHQL_UNKNOWN_ARGUMENT", []string{"Argument", "Field"}},
	{[]string{"KnownArgumentNames", "KnownArgumentNamesWithoutSuggestions"}, regexp.MustCompile(`^Unknown argument "([^"]+)" on directive "([^"]+)"\.`), "GRAPHQL_UNKNOWN_DIRECTIVE_ARGUMENT", []string{"Argument", "Directive"}},
	{[]string{"ProvidedRequiredArguments"}, regexp.MustCompile(`^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.`), "GRAPHQL_MISSING_ARGUMENT", []string{"Field", "Argument", "Type"}},
	{[]string{"ProvidedRequiredArguments"}, regexp.MustCompile(`^Directive "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.`), "GRAPHQL_MISSING_DIRECTIVE_ARGUMENT", []string{"Directive", "Argument", "Type"}},
	{[]string{"VariablesInAllowedPosition"}, regexp.MustCompile(`^Variable "([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.`), "GRAPHQL_VARIABLE_POSITION", []string{"Variable", "Type", "Expected"}},
	{[]string{"NoUndefinedVariables"}, regexp.MustCompile(`^Variable "([^"]+)" is not defined(?: by operation "([^"]+)")?\.`), "GRAPHQL_UNDEFINED_VARIABLE", []string{"Variable", "Operation"}},
	{[]string{"NoUnusedVariables"}, regexp.MustCompile(`^Variable "([^"]+)" is never used(?: in operation "([^"]+)")?\.`), "GRAPHQL_UNUSED_VARIABLE", []string{"Variable", "Operation"}},
	{[]string{"KnownTypeNames", "KnownTypeNamesWithoutSuggestions"}, regexp.MustCompile(`^Unknown type "([^"]+)"\.`), "GRAPHQL_UNKNOWN_TYPE", []string{"Type"}},
	{[]string{"ScalarLeafs", "ScalarLeafsWithoutSuggestions"}, regexp.MustCompile(`^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\.`), "GRAPHQL_SELECTION_REQUIRED", []string{"Field", "Type"}},
	{[]string{"ScalarLeafs", "ScalarLeafsWithoutSuggestions"}, regexp.MustCompile(`^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.`), "GRAPHQL_NO_SELECTION", []string{"Field", "Type"}},
	{[]string{"ValuesOfCorrectType"}, regexp.MustCompile(`^Value "([^"]+)" does not exist in "([^"]+)" enum\.`), "GRAPHQL_UNKNOWN_ENUM_VALUE", []string{"Value", "Type"}},
	{[]string{"ValuesOfCorrectType"}, regexp.MustCompile(`^(Int|Float|String|Boolean|ID) cannot represent [^:]+: (.+)$`), "GRAPHQL_WRONG_VALUE", []string{"Type", "Value"}},
	{[]string{"ValuesOfCorrectType"}, regexp.MustCompile(`^Expected value of type "([^"]+)", found (.+)\.$`), "GRAPHQL_WRONG_VALUE", []string{"Type", "Value"}},
	{[]string{"ValuesOfCorrectType"}, regexp.MustCompile(`^Field "([^"]+)" of required type "([^"]+)" was not provided\.`), "GRAPHQL_MISSING_INPUT_FIELD", []string{"Field", "Type"}},
	{[]string{"ValuesOfCorrectType"}, regexp.MustCompile(`^Field "([^"]+)" is not defined by type "([^"]+)"\.`), "GRAPHQL_UNKNOWN_INPUT_FIELD", []string{"Field", "Type"}},
	// Syntax.
	{[]string{""}, regexp.MustCompile(`^Expected (.+), found (.+)$`), "GRAPHQL_SYNTAX_EXPECTED", []string{"Expected", "Found"}},
	{[]string{""}, regexp.MustCompile(`^Unexpected (.+)$`), "GRAPHQL_SYNTAX_UNEXPECTED", []string{"Found"}},
}

// Variables' values: gqlparser gives the variable's path (variable.input.email) apart.
var variablePatterns = []validationPattern{
	{nil, regexp.MustCompile(`^must be defined$`), "GRAPHQL_VARIABLE_MISSING", nil},
	{nil, regexp.MustCompile(`^cannot be null$`), "GRAPHQL_VARIABLE_NULL", nil},
	{nil, regexp.MustCompile(`^cannot use (?:value )?\S+ as (\w+)$`), "GRAPHQL_VARIABLE_WRONG_TYPE", []string{"Type"}},
	{nil, regexp.MustCompile(`^must be a (\w+), not a \w+$`), "GRAPHQL_VARIABLE_WRONG_TYPE", []string{"Type"}},
	{nil, regexp.MustCompile(`^(.+) is not a valid (\w+)$`), "GRAPHQL_VARIABLE_NOT_ENUM", []string{"Value", "Type"}},
	{nil, regexp.MustCompile(`^unknown field$`), "GRAPHQL_VARIABLE_UNKNOWN_FIELD", nil},
}

// Suggestions gqlparser appends in development ("Did you mean …?").
var (
	suggestionRe = regexp.MustCompile(` Did you mean (to use an inline fragment on |the enum value )?(.+)\?$`)
	quotedRe     = regexp.MustCompile(`"([^"]*)"`)
)

// validationDetail writes raw's text in l, or returns it as it is when no pattern knows it.
func validationDetail(l locales.Locale, raw *gqlerror.Error) string {
	msg := raw.Message
	if len(raw.Path) >= 2 && raw.Path[0] == ast.PathName("variable") {
		for _, p := range variablePatterns {
			if m := p.re.FindStringSubmatch(msg); m != nil {
				data := p.data(m)
				data["Variable"] = "$" + strings.TrimPrefix(argumentPathOf(raw.Path[1:]), ".")
				return locales.Message(l, p.messageID, data)
			}
		}
		return msg
	}
	suggestion := ""
	if m := suggestionRe.FindStringSubmatchIndex(msg); m != nil {
		kind, list := "", msg[m[4]:m[5]]
		if m[2] >= 0 {
			kind = msg[m[2]:m[3]]
		}
		var names []string
		for _, q := range quotedRe.FindAllStringSubmatch(list, -1) {
			names = append(names, q[1])
		}
		id := "GRAPHQL_DID_YOU_MEAN"
		switch kind {
		case "to use an inline fragment on ":
			id = "GRAPHQL_DID_YOU_MEAN_FRAGMENT"
		case "the enum value ":
			id = "GRAPHQL_DID_YOU_MEAN_ENUM"
		}
		if len(names) > 0 {
			suggestion = " " + locales.Message(l, id, map[string]any{"Names": orList(l, names)})
			msg = msg[:m[0]]
		}
	}
	for _, p := range validationPatterns {
		if !containsRule(p.rules, raw.Rule) {
			continue
		}
		if m := p.re.FindStringSubmatch(msg); m != nil {
			return locales.Message(l, p.messageID, p.data(m)) + suggestion
		}
	}
	return raw.Message
}

func (p validationPattern) data(m []string) map[string]any {
	data := map[string]any{}
	for i, name := range p.names {
		data[name] = m[i+1]
	}
	return data
}

func containsRule(rules []string, rule string) bool {
	for _, r := range rules {
		if r == rule {
			return true
		}
	}
	return false
}

// orList quotes names and joins them as the language does: "a", "b", or "c" / « a », « b » ou « c ».
func orList(l locales.Locale, names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		if l == locales.FR {
			q[i] = "« " + n + " »"
		} else {
			q[i] = strconv.Quote(n)
		}
	}
	if len(q) == 1 {
		return q[0]
	}
	if l == locales.FR {
		return strings.Join(q[:len(q)-1], ", ") + " ou " + q[len(q)-1]
	}
	if len(q) == 2 {
		return q[0] + " or " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", or " + q[len(q)-1]
}

// argumentPathOf writes a path as input.translations[1].title.
func argumentPathOf(path ast.Path) string {
	var b strings.Builder
	for _, p := range path {
		switch p := p.(type) {
		case ast.PathIndex:
			b.WriteString("[" + strconv.Itoa(int(p)) + "]")
		case ast.PathName:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(string(p))
		}
	}
	return b.String()
}
