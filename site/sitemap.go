package site

import (
	"bytes"
	"encoding/xml"
	"net/http"

	"guichet/ent"
	"guichet/help"
	"guichet/locales"
)

// sitemap lists the pages of the space an anonymous reader may read (package web serves it
// without the request's credentials), each with its FR/EN alternates.
func (rq *request) sitemap() {
	ctx := rq.r.Context()
	var urls []sitemapURL
	both := func(parts ...string) {
		for _, l := range locales.All {
			u := sitemapURL{Loc: rq.canonBase + path(l, parts...)}
			for _, al := range locales.All {
				u.Alternates = append(u.Alternates, sitemapLink{Rel: "alternate", Hreflang: al.Tag(), Href: rq.canonBase + path(al, parts...)})
			}
			urls = append(urls, u)
		}
	}
	translated := func(section string, slugs map[locales.Locale]string) {
		for _, l := range locales.All {
			s, ok := slugs[l]
			if !ok {
				continue
			}
			u := sitemapURL{Loc: rq.canonBase + path(l, section, s)}
			if len(slugs) > 1 {
				for _, al := range locales.All {
					u.Alternates = append(u.Alternates, sitemapLink{Rel: "alternate", Hreflang: al.Tag(), Href: rq.canonBase + path(al, section, slugs[al])})
				}
			}
			urls = append(urls, u)
		}
	}
	both()
	cats, err := rq.s.Help.HelpCenter(ctx, rq.sp.DefaultLocale, defaultInclude, 0) // whether each has a guide
	if err != nil {
		rq.fail(err)
		return
	}
	for _, c := range cats {
		if len(c.Edges.Guides) == 0 {
			continue
		}
		slugs := map[locales.Locale]string{}
		for _, t := range c.Edges.Translations {
			slugs[t.Locale] = t.Slug
		}
		translated("categories", slugs)
	}
	// Every readable guide, those without a category too.
	guides, err := readPages(func(after *string) ([]*ent.Guide, *string, error) {
		conn, err := rq.s.Help.Guides(ctx, rq.sp.DefaultLocale, nil, help.Page{First: &listAll, After: after}, defaultInclude)
		if err != nil {
			return nil, nil, err
		}
		return nodes(conn.Edges, func(e *ent.GuideEdge) *ent.Guide { return e.Node }), nextOf(conn.PageInfo), nil
	}, listPagesAtMost*10)
	if err != nil {
		rq.fail(err)
		return
	}
	for _, g := range guides {
		translated("guides", guideSlugs(g))
	}
	both("faq")
	both("resources")
	both("news")
	news, err := readPages(func(after *string) ([]*ent.News, *string, error) {
		conn, err := rq.s.Help.News(ctx, rq.sp.DefaultLocale, help.Page{First: &listAll, After: after})
		if err != nil {
			return nil, nil, err
		}
		return nodes(conn.Edges, func(e *ent.NewsEdge) *ent.News { return e.Node }), nextOf(conn.PageInfo), nil
	}, listPagesAtMost)
	if err != nil {
		rq.fail(err)
		return
	}
	for _, n := range news {
		slugs := map[locales.Locale]string{}
		for _, t := range n.Translations() {
			slugs[t.Locale] = t.Slug
		}
		translated("news", slugs)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(urlset{XMLNS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml", URLs: urls}); err != nil {
		rq.fail(err)
		return
	}
	buf.WriteByte('\n')
	rq.w.Header()["Content-Type"] = xmlType
	rq.w.WriteHeader(http.StatusOK)
	rq.w.Write(buf.Bytes())
}

func guideSlugs(g *ent.Guide) map[locales.Locale]string {
	slugs := map[locales.Locale]string{}
	for _, t := range g.Edges.Translations {
		slugs[t.Locale] = t.Slug
	}
	return slugs
}

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	XMLNS   string       `xml:"xmlns,attr"`
	XHTML   string       `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc        string        `xml:"loc"`
	Alternates []sitemapLink `xml:"xhtml:link"`
}

type sitemapLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}
