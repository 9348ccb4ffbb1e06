package registry

import "testing"

// Universities and schools are public establishments: their names give them away.
func TestLooksLikeSchool(t *testing.T) {
	for name, want := range map[string]bool{
		"Université Claude Bernard Lyon 1":                        true,
		"UNIVERSITE DE LILLE":                                     true,
		"École nationale supérieure des Mines":                    true,
		"Lycée professionnel Jean Moulin":                         true,
		"IUT de Bordeaux":                                         true,
		"Conservatoire national des arts et métiers":              true,
		"Ministère du Travail, du Plein emploi et de l'Insertion": false,
		"Ministère de l'Éducation nationale":                      false,
		"Direction générale de l'enseignement scolaire":           false,
		"Formations Moreau":                                       false,
		"":                                                        false,
	} {
		if got := looksLikeSchool(name); got != want {
			t.Errorf("looksLikeSchool(%q) = %v", name, got)
		}
	}
}
