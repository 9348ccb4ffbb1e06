// The GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec):
// "operations" with the files' variables set to null, "map" from part names to their paths,
// then one part per file.
export function buildMultipart(
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, Blob>,
): FormData {
  const vars: Record<string, unknown> = { ...variables };
  const map: Record<string, string[]> = {};
  const parts: [string, Blob, string | undefined][] = [];
  Object.keys(files)
    .sort()
    .forEach((name, i) => {
      const key = String(i);
      vars[name] = null;
      map[key] = ['variables.' + name];
      const f = files[name];
      parts.push([key, f, typeof File !== 'undefined' && f instanceof File ? f.name : undefined]);
    });
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, variables: vars }));
  body.append('map', JSON.stringify(map));
  for (const [key, f, name] of parts) {
    if (name !== undefined) body.append(key, f, name);
    else body.append(key, f);
  }
  return body;
}
