// Package facilitation is the vocabulary of the facilitators' space: belts, a space's rules for
// reaching them, and the formats of trainings and workshops. The belts are declared here only;
// the policy's roles (role.Belts, policy.csv) and the GraphQL enum Belt follow them, and tests
// in policy and graph say so when they do not.
package facilitation

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Format is how a training or a workshop is held.
type Format string

// The formats.
const (
	Online   Format = "ONLINE"
	InPerson Format = "IN_PERSON"
)

// Values lists the formats (for ent's enum).
func (Format) Values() []string { return []string{string(Online), string(InPerson)} }

// MarshalGQL writes the format as a GraphQL enum value.
func (f Format) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(f))) }

// UnmarshalGQL reads a GraphQL enum value.
func (f *Format) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains(Format("").Values(), s) {
		return fmt.Errorf("%v is not a valid Format", v)
	}
	*f = Format(s)
	return nil
}

// The belts, as GraphQL and the database write them.
const (
	White  = "WHITE"
	Yellow = "YELLOW"
	Orange = "ORANGE"
	Green  = "GREEN"
	Blue   = "BLUE"
)

// Belts, lowest first. Each belt holds the permissions of those below it (policy.csv).
var Belts = []string{White, Yellow, Orange, Green, Blue}

// Role is the policy's role of a belt: account_roles and policy.csv write belts in lower case
// ("GREEN" is held as the role "green").
func Role(belt string) string { return strings.ToLower(belt) }

// OfRole is the belt a role stands for, "" for a role that is no belt.
func OfRole(role string) string {
	if b := strings.ToUpper(role); Rank(b) > 0 {
		return b
	}
	return ""
}

// Roles are the belts as the policy's roles, lowest first.
func Roles() []string {
	out := make([]string, len(Belts))
	for i, b := range Belts {
		out[i] = Role(b)
	}
	return out
}

// CoOptPermission is the policy's permission ("object:action") to co-opt a candidate for belt:
// held by the belt's holders and, through the belts' hierarchy, by those of higher belts.
func CoOptPermission(belt string) string { return "belt." + belt + ":coopt" }

// Rules are a space's belt rules, written in space.yaml under `belts:`.
type Rules struct {
	// Reported workshops (run or co-run) that raise a facilitator to YELLOW and to ORANGE.
	YellowWorkshops int `yaml:"yellow_workshops" json:"yellow_workshops"`
	OrangeWorkshops int `yaml:"orange_workshops" json:"orange_workshops"`
	// Co-optations by holders of the belt (or higher) that raise a candidate to GREEN, BLUE.
	GreenCoOptations int `yaml:"green_co_optations" json:"green_co_optations"`
	BlueCoOptations  int `yaml:"blue_co_optations" json:"blue_co_optations"`
	// The belts that see PROFESSIONAL workshop opportunities (the "pros" section).
	ProfessionalBelts []string `yaml:"professional_belts" json:"professional_belts"`
}

// DefaultRules are the rules of a space whose space.yaml says nothing of belts.
func DefaultRules() Rules {
	return Rules{YellowWorkshops: 1, OrangeWorkshops: 10, GreenCoOptations: 2, BlueCoOptations: 2,
		ProfessionalBelts: []string{Green, Blue}}
}

// OrDefault fills what a space left unset with the defaults.
func (r Rules) OrDefault() Rules {
	d := DefaultRules()
	if r.YellowWorkshops <= 0 {
		r.YellowWorkshops = d.YellowWorkshops
	}
	if r.OrangeWorkshops <= 0 {
		r.OrangeWorkshops = d.OrangeWorkshops
	}
	if r.GreenCoOptations <= 0 {
		r.GreenCoOptations = d.GreenCoOptations
	}
	if r.BlueCoOptations <= 0 {
		r.BlueCoOptations = d.BlueCoOptations
	}
	if r.ProfessionalBelts == nil {
		r.ProfessionalBelts = d.ProfessionalBelts
	}
	return r
}

// Rank is a belt's place (WHITE 1 … BLUE 5); 0 for no belt.
func Rank(belt string) int { return slices.Index(Belts, belt) + 1 }

// Next is the belt after b ("" after BLUE); WHITE for no belt.
func Next(b string) string {
	r := Rank(b)
	if r >= len(Belts) {
		return ""
	}
	return Belts[r]
}

// BeltForWorkshops is the belt reported workshops alone give: ORANGE, YELLOW, or WHITE.
func (r Rules) BeltForWorkshops(n int) string {
	switch {
	case n >= r.OrangeWorkshops:
		return Orange
	case n >= r.YellowWorkshops:
		return Yellow
	}
	return White
}

// CoOptationsFor is how many co-optations raise a candidate to belt (0: not by co-optation).
func (r Rules) CoOptationsFor(belt string) int {
	switch belt {
	case Green:
		return r.GreenCoOptations
	case Blue:
		return r.BlueCoOptations
	}
	return 0
}
