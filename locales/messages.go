package locales

import (
	"context"
	"embed"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed active.*.toml
var files embed.FS

var (
	bundle     *i18n.Bundle
	localizers = map[Locale]*i18n.Localizer{}
	bundleOnce sync.Once
)

func load() {
	bundle = i18n.NewBundle(language.French)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, f := range []string{"active.fr.toml", "active.en.toml"} {
		if _, err := bundle.LoadMessageFileFS(files, f); err != nil {
			panic("locales: " + err.Error()) // the files are embedded: a bad one is a build defect
		}
	}
	for _, l := range All {
		localizers[l] = i18n.NewLocalizer(bundle, l.Tag())
	}
}

// Message returns the message id in locale l, with data filled in. An unknown id returns
// the id itself, so a missing message is visible rather than an empty string.
func Message(l Locale, id string, data map[string]any) string {
	bundleOnce.Do(load)
	loc, ok := localizers[l]
	if !ok {
		loc = localizers[FR]
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: localizeData(l, data)})
	if err != nil || s == "" {
		return id
	}
	return s
}

type ctxKey struct{}

// NewContext returns ctx carrying the request's negotiated locale.
func NewContext(ctx context.Context, l Locale) context.Context {
	var v any
	switch l { // the locales boxed once: a string put in an interface is allocated each time
	case FR:
		v = boxedFR
	case EN:
		v = boxedEN
	default:
		v = l
	}
	return context.WithValue(ctx, ctxKey{}, v)
}

var boxedFR, boxedEN any = FR, EN

// FromContext returns the request's locale (FR outside a request).
func FromContext(ctx context.Context) Locale {
	if l, ok := ctx.Value(ctxKey{}).(Locale); ok {
		return l
	}
	return FR
}

// Or returns *arg when given, else the request's locale.
func Or(ctx context.Context, arg *Locale) Locale {
	if arg != nil && arg.Valid() {
		return *arg
	}
	return FromContext(ctx)
}
