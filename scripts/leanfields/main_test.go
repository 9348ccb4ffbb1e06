package main

import (
	"strings"
	"testing"
)

// generated is gqlgen's code for a few fields and objects, as its templates write it: a scalar,
// a nullable enum, an object, a field with a resolver, an interface, an object without
// concurrent fields and one with.
const generated = `func (ec *executionContext) _LocalGroupMember_displayName(ctx context.Context, field graphql.CollectedField, obj *community.GroupMember) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_LocalGroupMember_displayName(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return obj.DisplayName, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v string) graphql.Marshaler {
			return ec.marshalNString2string(ctx, selections, v)
		},
		true,
		true,
	)
}

func (ec *executionContext) _LocalGroupMember_belt(ctx context.Context, field graphql.CollectedField, obj *community.GroupMember) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_LocalGroupMember_belt(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return obj.Belt, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v *string) graphql.Marshaler {
			return ec.marshalOBelt2ᚖstring(ctx, selections, v)
		},
		true,
		false,
	)
}

func (ec *executionContext) _LocalGroupMemberEdge_node(ctx context.Context, field graphql.CollectedField, obj *community.GroupMemberEdge) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_LocalGroupMemberEdge_node(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return obj.Node, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v *community.GroupMember) graphql.Marshaler {
			return ec.marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember(ctx, selections, v)
		},
		true,
		true,
	)
}

func (ec *executionContext) _LocalGroup_members(ctx context.Context, field graphql.CollectedField, obj *community.LocalGroup) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_LocalGroup_members(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			fc := graphql.GetFieldContext(ctx)
			return ec.Resolvers.LocalGroup().Members(ctx, obj, fc.Args["first"].(*int))
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v *community.GroupMembers) graphql.Marshaler {
			return ec.marshalNLocalGroupMemberConnection2ᚖguichetᚋcommunityᚐGroupMembers(ctx, selections, v)
		},
		true,
		true,
	)
}

func (ec *executionContext) _LocalGroupMember(ctx context.Context, sel ast.SelectionSet, obj *community.GroupMember) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, localGroupMemberImplementors)

	out := graphql.NewFieldSet(fields)
	deferred := graphql.NewDeferredGroup(ctx)
	for i, field := range fields {
		switch field.Name {
		case "__typename":
			out.Values[i] = graphql.MarshalString("LocalGroupMember")
		case "id":
			out.Values[i] = ec._LocalGroupMember_id(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				out.Invalids++
			}
		case "displayName":
			out.Values[i] = ec._LocalGroupMember_displayName(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				out.Invalids++
			}
		case "belt":
			out.Values[i] = ec._LocalGroupMember_belt(ctx, field, obj)
			if out.Values[i] == graphql.RequiredNull {
				out.Invalids++
			}
		case "coordinator":
			out.Values[i] = ec._LocalGroupMember_coordinator(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				out.Invalids++
			}
		case "joinedAt":
			out.Values[i] = ec._LocalGroupMember_joinedAt(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				out.Invalids++
			}
		default:
			panic("unknown field " + strconv.Quote(field.Name))
		}
	}
	out.Dispatch(ctx)
	if out.Invalids > 0 {
		return graphql.Null
	}

	if n := len(deferred.Defers); n > 0 {
		atomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))
		ec.ProcessDeferredGroup(deferred)
	}

	return out
}

func (ec *executionContext) _LocalGroupMemberEdge(ctx context.Context, sel ast.SelectionSet, obj *community.GroupMemberEdge) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, localGroupMemberEdgeImplementors)

	out := graphql.NewFieldSet(fields)
	deferred := graphql.NewDeferredGroup(ctx)
	for i, field := range fields {
		switch field.Name {
		case "__typename":
			out.Values[i] = graphql.MarshalString("LocalGroupMemberEdge")
		case "node":
			out.Values[i] = ec._LocalGroupMemberEdge_node(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				out.Invalids++
			}
		default:
			panic("unknown field " + strconv.Quote(field.Name))
		}
	}
	out.Dispatch(ctx)
	if out.Invalids > 0 {
		return graphql.Null
	}

	if n := len(deferred.Defers); n > 0 {
		atomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))
		ec.ProcessDeferredGroup(deferred)
	}

	return out
}

func (ec *executionContext) _LocalGroup(ctx context.Context, sel ast.SelectionSet, obj *community.LocalGroup) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, localGroupImplementors)

	out := graphql.NewFieldSet(fields)
	deferred := graphql.NewDeferredGroup(ctx)
	for i, field := range fields {
		switch field.Name {
		case "__typename":
			out.Values[i] = graphql.MarshalString("LocalGroup")
		case "id":
			out.Values[i] = ec._LocalGroup_id(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "name":
			out.Values[i] = ec._LocalGroup_name(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "description":
			out.Values[i] = ec._LocalGroup_description(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "city":
			out.Values[i] = ec._LocalGroup_city(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "region":
			out.Values[i] = ec._LocalGroup_region(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "memberCount":
			out.Values[i] = ec._LocalGroup_memberCount(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "viewerIsMember":
			out.Values[i] = ec._LocalGroup_viewerIsMember(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		case "coordinators":
			out.ResolveConcurrently(ec.OperationContext, &deferred, i,
				true, true,
				func(ctx context.Context) graphql.Marshaler {
					return ec._LocalGroup_coordinators(ctx, field, obj)
				})
		case "members":
			out.ResolveConcurrently(ec.OperationContext, &deferred, i,
				true, true,
				func(ctx context.Context) graphql.Marshaler {
					return ec._LocalGroup_members(ctx, field, obj)
				})
		case "upcomingWorkshops":
			out.ResolveConcurrently(ec.OperationContext, &deferred, i,
				true, true,
				func(ctx context.Context) graphql.Marshaler {
					return ec._LocalGroup_upcomingWorkshops(ctx, field, obj)
				})
		case "translations":
			out.Values[i] = ec._LocalGroup_translations(ctx, field, obj)
			if out.Values[i] == graphql.Null {
				atomic.AddUint32(&out.Invalids, 1)
			}
		default:
			panic("unknown field " + strconv.Quote(field.Name))
		}
	}
	out.Dispatch(ctx)
	if out.Invalids > 0 {
		return graphql.Null
	}

	if n := len(deferred.Defers); n > 0 {
		atomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))
		ec.ProcessDeferredGroup(deferred)
	}

	return out
}

func (ec *executionContext) _SearchEdge_node(ctx context.Context, field graphql.CollectedField, obj *model.SearchEdge) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_SearchEdge_node(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return obj.Node, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v model.SearchResult) graphql.Marshaler {
			return ec.marshalNSearchResult2guichetᚋgraphᚋmodelᚐSearchResult(ctx, selections, v)
		},
		true,
		true,
	)
}

func (ec *executionContext) marshalNString2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	_ = sel
	res := graphql.MarshalString(v)
	if res == graphql.Null {
		graphql.AddInvalidNullFromMarshaler(ctx, "String!")
	}
	return res
}

func (ec *executionContext) marshalOBelt2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	_ = sel
	_ = ctx
	res := graphql.MarshalString(*v)
	return res
}

func (ec *executionContext) marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember(ctx context.Context, sel ast.SelectionSet, v *community.GroupMember) graphql.Marshaler {
	if v == nil {
		graphql.AddInvalidNullError(ctx, "LocalGroupMember!")
		return graphql.Null
	}
	return ec._LocalGroupMember(ctx, sel, v)
}

func (ec *executionContext) marshalNLocalGroupMemberEdge2ᚕᚖguichetᚋcommunityᚐGroupMemberEdgeᚄ(ctx context.Context, sel ast.SelectionSet, v []*community.GroupMemberEdge) graphql.Marshaler {
	ret := marshalSlice(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		fc := graphql.GetFieldContext(ctx)
		fc.Result = &v[i]
		return ec.marshalNLocalGroupMemberEdge2ᚖguichetᚋcommunityᚐGroupMemberEdge(ctx, sel, v[i])
	})

	for _, e := range ret {
		if e == graphql.Null {
			return graphql.Null
		}
	}

	return ret
}

func (ec *executionContext) marshalNLocalGroupMemberEdge2ᚖguichetᚋcommunityᚐGroupMemberEdge(ctx context.Context, sel ast.SelectionSet, v *community.GroupMemberEdge) graphql.Marshaler {
	if v == nil {
		graphql.AddInvalidNullError(ctx, "LocalGroupMemberEdge!")
		return graphql.Null
	}
	return ec._LocalGroupMemberEdge(ctx, sel, v)
}

func (ec *executionContext) marshalNSearchResult2guichetᚋgraphᚋmodelᚐSearchResult(ctx context.Context, sel ast.SelectionSet, v model.SearchResult) graphql.Marshaler {
	if v == nil {
		graphql.AddInvalidNullError(ctx, "SearchResult!")
		return graphql.Null
	}
	return ec._SearchResult(ctx, sel, v)
}

func (e *executableSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	var response graphql.Response
	return func(ctx context.Context) *graphql.Response {
		var data graphql.Marshaler
		{
			data = ec._Query(ctx, opCtx.Operation.SelectionSet)
			var buf bytes.Buffer
			data.MarshalGQL(&buf)
			response.Data = buf.Bytes()
		}
		return &response
	}
}
`

func TestRewrite(t *testing.T) {
	once, err := rewriteFile([]byte(generated))
	if err != nil {
		t.Fatal(err)
	}
	out := string(once)
	for _, want := range []string{
		// The scalar: marshalled directly, gqlgen's path when null or on a panic.
		"\t// lean: scalar, null resolved again by gqlgen\n",
		"\tif ret = graphql.MarshalString(obj.DisplayName); ret == graphql.Null {\n\t\tret = full()\n",
		// The nullable enum: its marshaller, which reports nothing.
		"\t// lean: nullable scalar\n",
		"\treturn ec.marshalOBelt2ᚖstring(ctx, field.Selections, obj.Belt)\n",
		// The object: its FieldContext, gqlgen's recovery, no closures.
		"\t// lean: object or list\n\tfc, err := ec.fieldContext_LocalGroupMemberEdge_node(ctx, field)\n",
		"\treturn ec.marshalNLocalGroupMember2ᚖguichetᚋcommunityᚐGroupMember(ctx, field.Selections, obj.Node)\n",
		// The object resolving fields concurrently: its @defer group only for a deferred field.
		"\tdeferred := deferredGroupOf(ctx, fields) // lean: the @defer bookkeeping only for a deferred field\n",
		// Objects collect their fields through collectFields, which remembers them.
		"\tfields := collectFields(ec.OperationContext, sel, localGroupMemberImplementors)\n",
		// The query's answer: written into a buffer an earlier answer gave back.
		"\t\t\tbuf := bytes.NewBuffer(takeResponseBytes()) // lean: a buffer an earlier answer gave back\n\t\t\tdata.MarshalGQL(buf)\n",
		// The object without concurrent fields: a lean object, nothing deferred.
		"\t// lean: no field resolved concurrently, so none deferred\n\tout := newLeanObject(fields)\n",
		// The object with concurrent fields: gqlgen's FieldSet, written lean.
		"\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn writtenLean(fields, out) // lean: written without a map of the aliases\n}\n",
		// A field with a resolver: resolved now when the resolver asks for it, else gqlgen's.
		"\t\t\tec.resolveField(ctx, out, &deferred, field, i,\n",
		// Leaves: an object answers one when every field asked reads a loaded value…
		"\tif leafObjects && ec.leafFields_LocalGroupMember(fields, obj) { // lean: written from the loaded values (leaf.go)\n" +
			"\t\treturn &leafObject[community.GroupMember]{ec: ec, fields: fields, obj: obj, write: writeLeaf_LocalGroupMember}\n",
		// … and so does a list whose every element does.
		"\tif leafObjects { // lean: every element written from its loaded values (leaf.go)\n" +
			"\t\tif fields := collectFields(ec.OperationContext, sel, localGroupMemberEdgeImplementors); leafAll(ec, fields, v, true, (*executionContext).leafFields_LocalGroupMemberEdge) {\n",
		// A non-null scalar is read (under recover), a non-null object is not nil, and a leaf.
		"\t\tcase \"displayName\":\n\t\t\t_ = obj.DisplayName\n",
		"\t\tcase \"node\":\n\t\t\tif v := obj.Node; v == nil || v != nil && !ec.leafFields_LocalGroupMember(collectFields(ec.OperationContext, fields[i].Selections, localGroupMemberImplementors), v) {\n\t\t\t\treturn false\n",
		// Written as their marshallers write them; a nullable scalar's, what it points to.
		"\t\tcase \"displayName\":\n\t\t\tgraphql.MarshalString(obj.DisplayName).MarshalGQL(w)\n",
		"\t\tcase \"belt\":\n\t\t\tif v := obj.Belt; v == nil {\n\t\t\t\tio.WriteString(w, \"null\")\n\t\t\t} else {\n\t\t\t\tgraphql.MarshalString(*v).MarshalGQL(w)\n",
		"\t\t\t\twriteLeaf_LocalGroupMember(ec, w, collectFields(ec.OperationContext, fields[i].Selections, localGroupMemberImplementors), v)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if n := strings.Count(out, "// lean: "); n != 12 {
		t.Errorf("%d places rewritten, want 12 (three fields, three objects, the concurrent one's @defer group, the answer's buffer, "+
			"three objects' and one list's leaf):\n%s", n, out)
	}
	// A field read by a resolver, or by a field function not made lean, is no leaf's.
	for _, leaf := range []string{"leafFields_LocalGroupMember", "leafFields_LocalGroup"} {
		start := strings.Index(out, "func (ec *executionContext) "+leaf+"(")
		body := out[start : start+strings.Index(out[start:], "\n}\n")]
		for _, not := range []string{`case "id"`, `case "coordinator"`, `case "members"`} {
			if strings.Contains(body, not) {
				t.Errorf("%s has %s:\n%s", leaf, not, body)
			}
		}
	}
	for _, kept := range []string{"_LocalGroup_members", "_SearchEdge_node"} {
		if !strings.Contains(out, original(kept)) {
			t.Errorf("%s was rewritten: it resolves concurrently or reads an interface", kept)
		}
	}
	if twice, err := rewriteFile(once); err != nil || string(twice) != out {
		t.Errorf("rewriting again: %v", err)
	}
	// Templates that no longer write these shapes must stop go generate.
	changed := strings.ReplaceAll(generated, "graphql.ResolveField(", "graphql.ResolveFieldV2(")
	if _, err := rewriteFile([]byte(changed)); err == nil || !strings.Contains(err.Error(), "field.gotpl") {
		t.Errorf("a file without the shapes: %v", err)
	}
}

// original is the function name as gqlgen wrote it in generated.
func original(name string) string {
	start := strings.Index(generated, "func (ec *executionContext) "+name+"(")
	end := strings.Index(generated[start:], "\n}\n")
	return generated[start : start+end+3]
}
