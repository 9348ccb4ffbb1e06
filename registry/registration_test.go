package registry_test

import (
	"bytes"
	"testing"
	"time"

	"guichet/apperr"
	"guichet/ent/entity"
	"guichet/registry"
)

// mandate is a mandate delegation signed on day ("" for no date).
func mandate(day string) func(*registryInput) {
	return func(in *registryInput) {
		in.MandateDelegation = &registry.Upload{File: bytes.NewReader(pdf), Filename: "delegation.pdf", ContentType: "application/pdf"}
		signedOn(day)(in)
	}
}

// signedOn dates the mandate delegation ("" for no date).
func signedOn(day string) func(*registryInput) {
	return func(in *registryInput) {
		if day == "" {
			in.MandateSignedOn = nil
			return
		}
		d, err := registry.ParseDate(day)
		if err != nil {
			panic(err)
		}
		in.MandateSignedOn = &d
	}
}

func notNamed(in *registryInput) { in.NameOnLegalDocument = ptr(false) }

func public(in *registryInput) { in.EntityKind = ptr(entity.KindPUBLIC_ESTABLISHMENT) }

func all(changes ...func(*registryInput)) func(*registryInput) {
	return func(in *registryInput) {
		for _, c := range changes {
			c(in)
		}
	}
}

// A mandate delegation is needed by a person not named on the entity's legal document, and
// always for a public establishment; it is dated, at most MandateMonths old, not in the
// future, the day being Paris's.
func TestMandateDates(t *testing.T) {
	w := newWorld(t)
	may31 := time.Date(2026, 5, 31, 10, 0, 0, 0, time.UTC)
	lateMay31 := time.Date(2026, 5, 31, 22, 30, 0, 0, time.UTC) // 1 June, 00:30 in Paris
	for _, tt := range []struct {
		name   string
		now    time.Time
		change func(*registryInput)
		want   string
	}{
		{"named on the Kbis: no mandate needed", may31, nil, "ok"},
		{"named, a date without a mandate: not looked at", may31, signedOn("2020-01-01"), "ok"},
		{"named, a mandate joined anyway: dated", may31, mandate(""), "BAD_USER_INPUT mandateSignedOn:REQUIRED"},
		{"not named: signed today", may31, all(notNamed, mandate("2026-05-31")), "ok"},
		{"not named: no mandate, no date", may31, notNamed, "BAD_USER_INPUT mandateDelegation:MANDATE_REQUIRED mandateSignedOn:REQUIRED"},
		{"not named: a date, no mandate", may31, all(notNamed, signedOn("2026-05-01")), "BAD_USER_INPUT mandateDelegation:MANDATE_REQUIRED"},
		{"three months to the day (31 May: 28 February)", may31, all(notNamed, mandate("2026-02-28")), "ok"},
		{"three months and a day", may31, all(notNamed, mandate("2026-02-27")), "BAD_USER_INPUT mandateSignedOn:MANDATE_TOO_OLD"},
		{"signed tomorrow", may31, all(notNamed, mandate("2026-06-01")), "BAD_USER_INPUT mandateSignedOn:MANDATE_IN_FUTURE"},
		{"Paris's day: already 1 June there", lateMay31, all(notNamed, mandate("2026-06-01")), "ok"},
		{"Paris's day: three months before 1 June", lateMay31, all(notNamed, mandate("2026-03-01")), "ok"},
		{"Paris's day: 28 February is too old on 1 June", lateMay31, all(notNamed, mandate("2026-02-28")), "BAD_USER_INPUT mandateSignedOn:MANDATE_TOO_OLD"},
		{"a public establishment, named: still a mandate", may31, all(public, signedOn("2026-05-01")), "BAD_USER_INPUT mandateDelegation:MANDATE_REQUIRED"},
		{"a public establishment with its mandate", may31, all(public, mandate("2026-05-01")), "ok"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w.Now = tt.now
			_, err := w.register(w.registration(siretA, tt.change))
			if got := outcome(err); got != tt.want {
				t.Fatalf("registering: %s, want %s", got, tt.want)
			}
		})
	}
	// A public establishment is told why, in its own words.
	_, err := w.register(w.registration(siretA, all(public, signedOn("2026-05-01"))))
	if ae, _ := apperr.As(err); ae == nil || len(ae.Violations) != 1 || ae.Violations[0].MessageID != "MANDATE_REQUIRED_PUBLIC_ESTABLISHMENT" {
		t.Fatalf("a public establishment without a mandate: %v", err)
	}
	if m := registry.MandateMonths; m != 3 {
		t.Fatalf("the table is written for three months, not %d", m)
	}
}

// The SIRET as the registry takes it: asked for when the entity has one, 14 digits once spaces
// are taken out, Luhn's check (La Poste's digit sum for its own); an entity without one gives
// its name and address instead. Every broken rule is reported at once, and a refused
// registration stores nothing.
func TestSiretRules(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name   string
		siret  string
		change func(*registryInput)
		want   string
	}{
		{"valid", "732 829 320 00074", nil, "ok"},
		{"La Poste, by its digit sum", "356 000 000 49837", nil, "ok"},
		{"La Poste's SIREN, neither rule", "35600000049838", nil, "BAD_USER_INPUT siret:SIRET_CHECKSUM"},
		{"a wrong check digit", "73282932000075", nil, "BAD_USER_INPUT siret:SIRET_CHECKSUM"},
		{"13 digits", "7328293200007", nil, "BAD_USER_INPUT siret:SIRET_NOT_14_DIGITS"},
		{"15 digits", "732829320000740", nil, "BAD_USER_INPUT siret:SIRET_NOT_14_DIGITS"},
		{"letters", "73282932000O74", nil, "BAD_USER_INPUT siret:SIRET_NOT_14_DIGITS"},
		{"blank", "   ", nil, "BAD_USER_INPUT siret:REQUIRED"},
		{"not said whether there is one", siretA, func(in *registryInput) { in.HasSiret = nil }, "BAD_USER_INPUT hasSiret:REQUIRED"},
		{"none: name and address instead", "", withoutSiret, "ok"},
		{"none, and nothing else", "", func(in *registryInput) { in.HasSiret, in.EntityName = ptr(false), nil },
			"BAD_USER_INPUT entityName:REQUIRED address:REQUIRED"},
		{"a SIRET and no name: the legal name is required too", siretA, func(in *registryInput) { in.EntityName = nil }, "BAD_USER_INPUT entityName:REQUIRED"},
		{"a SIRET and a blank name", siretA, func(in *registryInput) { in.EntityName = ptr("  ") }, "BAD_USER_INPUT entityName:REQUIRED"},
		{"none, an address without its city", "", func(in *registryInput) {
			withoutSiret(in)
			in.Address.City = ptr(" ")
		}, "BAD_USER_INPUT address.city:REQUIRED"},
		{"a university is no ministry", siretA, func(in *registryInput) {
			in.EntityKind = ptr(entity.KindMINISTRY)
			in.EntityName = ptr("Université de Lille")
		}, "BAD_USER_INPUT entityKind:SCHOOL_NOT_MINISTRY"},
		{"everything at once", "1234", func(in *registryInput) {
			in.EntityKind, in.NameOnLegalDocument, in.LegalExistenceProof = nil, nil, nil
		}, "BAD_USER_INPUT entityKind:REQUIRED siret:SIRET_NOT_14_DIGITS legalExistenceProof:REQUIRED nameOnLegalDocument:REQUIRED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			entities, accounts := w.c.Entity.Query().CountX(w.ctx), w.c.Account.Query().CountX(w.ctx)
			_, err := w.register(w.registration(tt.siret, tt.change))
			if got := outcome(err); got != tt.want {
				t.Fatalf("registering: %s, want %s", got, tt.want)
			}
			if err != nil && (w.c.Entity.Query().CountX(w.ctx) != entities || w.c.Account.Query().CountX(w.ctx) != accounts) {
				t.Fatal("a refused registration stored something")
			}
		})
	}
}
