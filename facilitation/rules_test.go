package facilitation

import "testing"

func TestBeltRules(t *testing.T) {
	d := DefaultRules()
	custom := Rules{YellowWorkshops: 3, OrangeWorkshops: 20, GreenCoOptations: 3}.OrDefault()
	for _, tt := range []struct {
		name string
		r    Rules
		n    int
		want string
	}{
		{"none reported", d, 0, "WHITE"},
		{"one", d, 1, "YELLOW"},
		{"nine", d, 9, "YELLOW"},
		{"ten", d, 10, "ORANGE"},
		{"many", d, 500, "ORANGE"},
		{"custom: two", custom, 2, "WHITE"},
		{"custom: three", custom, 3, "YELLOW"},
		{"custom: nineteen", custom, 19, "YELLOW"},
		{"custom: twenty", custom, 20, "ORANGE"},
	} {
		if got := tt.r.BeltForWorkshops(tt.n); got != tt.want {
			t.Errorf("%s: BeltForWorkshops(%d) = %s, want %s", tt.name, tt.n, got, tt.want)
		}
	}
	for belt, want := range map[string]int{"WHITE": 0, "YELLOW": 0, "ORANGE": 0, "GREEN": 3, "BLUE": 2} {
		if got := custom.CoOptationsFor(belt); got != want {
			t.Errorf("CoOptationsFor(%s) = %d, want %d (unset numbers take the defaults)", belt, got, want)
		}
	}
	for belt, want := range map[string]string{"": "WHITE", "WHITE": "YELLOW", "ORANGE": "GREEN", "GREEN": "BLUE", "BLUE": ""} {
		if got := Next(belt); got != want {
			t.Errorf("Next(%q) = %q, want %q", belt, got, want)
		}
	}
	if Rank("PURPLE") != 0 || Rank("BLUE") != 5 || Rank("WHITE") != 1 {
		t.Error("Rank")
	}
}

// A belt and its role are one name in two cases; what is no belt has no role.
func TestBeltRoles(t *testing.T) {
	for _, tt := range []struct{ belt, role string }{{White, "white"}, {Green, "green"}, {Blue, "blue"}} {
		if Role(tt.belt) != tt.role || OfRole(tt.role) != tt.belt {
			t.Errorf("%s ↔ %s: Role %q, OfRole %q", tt.belt, tt.role, Role(tt.belt), OfRole(tt.role))
		}
	}
	for _, notBelt := range []string{"facilitator", "trainer", "purple", ""} {
		if b := OfRole(notBelt); b != "" {
			t.Errorf("OfRole(%q) = %q", notBelt, b)
		}
	}
	if got := Roles(); len(got) != len(Belts) || got[0] != "white" || got[len(got)-1] != "blue" {
		t.Errorf("Roles() = %v", got)
	}
	if got := CoOptPermission(Green); got != "belt.GREEN:coopt" {
		t.Errorf("CoOptPermission(GREEN) = %q", got)
	}
}
