package graph

import (
	"slices"
	"testing"

	"guichet/facilitation"
)

// The schema's Belt enum is written by hand in community.graphqls; it names facilitation's
// belts, in their order.
func TestBeltEnumIsFacilitationsBelts(t *testing.T) {
	enum := NewExecutableSchema(Config{}).Schema().Types["Belt"]
	if enum == nil {
		t.Fatal("no Belt enum in the schema")
	}
	var values []string
	for _, v := range enum.EnumValues {
		values = append(values, v.Name)
	}
	if !slices.Equal(values, facilitation.Belts) {
		t.Fatalf("enum Belt is %v, facilitation.Belts %v", values, facilitation.Belts)
	}
}
