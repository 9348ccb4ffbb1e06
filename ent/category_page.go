package ent

// Hand-written (not generated): a category's guides edge set from a statement that reads the
// first page of every category at once (help.Service.HelpCenter), so that the category's
// guides connection answers from it as from an eager load.

// SetGuides sets the category's loaded guides (loadedTypes[2] is the guides edge, as
// GuidesOrErr reads it).
func (c *Category) SetGuides(guides []*Guide) {
	c.Edges.Guides = guides
	c.Edges.loadedTypes[2] = true
}
