package content

import "fmt"

// Count is what an import did to one kind of row.
type Count struct {
	Created, Updated, Unchanged int
}

func (c *Count) add(created, updated bool) {
	switch {
	case created:
		c.Created++
	case updated:
		c.Updated++
	default:
		c.Unchanged++
	}
}

func (c Count) String() string {
	return fmt.Sprintf("%d created, %d updated, %d unchanged", c.Created, c.Updated, c.Unchanged)
}

// Report is what an import did. A guide, FAQ, resource, news post or category counts as updated when
// anything of it or of one of its translations was written.
type Report struct {
	Spaces, Categories, Guides, FAQs, Resources, Files Count
	News                                               Count
	Groups                                             Count // local groups (groups.yaml)
}

// Changed reports whether the import wrote anything.
func (r *Report) Changed() bool {
	for _, c := range []Count{r.Spaces, r.Categories, r.Guides, r.FAQs, r.Resources, r.Files, r.News, r.Groups} {
		if c.Created > 0 || c.Updated > 0 {
			return true
		}
	}
	return false
}

func (r *Report) String() string {
	return fmt.Sprintf("spaces: %v; categories: %v; guides: %v; FAQs: %v; resources: %v; files: %v; news: %v; local groups: %v",
		r.Spaces, r.Categories, r.Guides, r.FAQs, r.Resources, r.Files, r.News, r.Groups)
}
