package account

import "testing"

func TestNormalizeEmail(t *testing.T) {
	tests := []struct {
		in, address, key string
		ok               bool
	}{
		{"camille@example.org", "camille@example.org", "camille@example.org", true},
		{"  Camille.Durand@Example.ORG ", "Camille.Durand@Example.ORG", "camille.durand@example.org", true},
		{"camille+aide@example.org", "camille+aide@example.org", "camille+aide@example.org", true},
		{"élise@exemple.fr", "élise@exemple.fr", "élise@exemple.fr", true},
		{"", "", "", false},
		{"camille", "", "", false},
		{"camille@", "", "", false},
		{"@example.org", "", "", false},
		{"camille@localhost", "", "", false},
		{"camille@example..org", "", "", false},
		{"camille@.example.org", "", "", false},
		{"Camille <camille@example.org>", "", "", false},
		{"camille@example.org, other@example.org", "", "", false},
		{"cam ille@example.org", "", "", false},
		{"camille@example.org\n", "camille@example.org", "camille@example.org", true},
		{string(make([]byte, 300)) + "@example.org", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			address, key, ok := NormalizeEmail(tt.in)
			if address != tt.address || key != tt.key || ok != tt.ok {
				t.Fatalf("NormalizeEmail(%q) = %q, %q, %v; want %q, %q, %v", tt.in, address, key, ok, tt.address, tt.key, tt.ok)
			}
		})
	}
}
