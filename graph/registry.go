package graph

import (
	"context"
	"net/url"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"guichet/account"
	"guichet/ent"
	"guichet/graph/model"
	"guichet/registry"
	"guichet/siret"
	"guichet/space"
)

// checkSiret is siretCheck's answer (the resolver's argument hides the package's name).
func checkSiret(s string) *siret.Result {
	r := siret.Check(s)
	return &r
}

// depositorInput is the registration as the registry takes it.
func depositorInput(in model.DepositorRegistrationInput) registry.DepositorInput {
	out := registry.DepositorInput{
		EntityKind: in.EntityKind, HasSiret: in.HasSiret, Siret: in.Siret, EntityName: in.EntityName,
		LegalExistenceProof: uploadOf(in.LegalExistenceProof), NameOnLegalDocument: in.NameOnLegalDocument,
		MandateDelegation: uploadOf(in.MandateDelegation), MandateSignedOn: in.MandateSignedOn,
		Person: account.RegisterInput{Email: in.Email, Password: in.Password, FirstName: in.FirstName,
			LastName: in.LastName, Phone: in.Phone, Locale: in.Locale},
	}
	if a := in.Address; a != nil {
		out.Address = &registry.Address{Line1: a.Line1, Line2: a.Line2, PostalCode: a.PostalCode, City: a.City, Country: a.Country}
	}
	return out
}

func uploadOf(u *graphql.Upload) *registry.Upload {
	if u == nil {
		return nil
	}
	return &registry.Upload{File: u.File, Filename: u.Filename, ContentType: u.ContentType}
}

// documentURL is where a request's document is downloaded from: under its space, by id, with
// its name; the download checks who asks.
func (r *Resolver) documentURL(ctx context.Context, d *ent.Document) string {
	slug := ""
	if s := space.FromContext(ctx); s != nil {
		slug = s.Slug
	}
	return r.PublicURL + "/spaces/" + url.PathEscape(slug) + "/documents/" + strconv.Itoa(d.ID) + "/" + url.PathEscape(d.Filename)
}
