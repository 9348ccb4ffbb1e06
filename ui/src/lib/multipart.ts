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
    .forEach((variable, i) => {
      const key = String(i);
      vars[variable] = null;
      map[key] = ['variables.' + variable];
      const f = files[variable];
      // A File's name, without relying on a global File (Node 18 has none).
      const filename = (f as Blob & { name?: unknown }).name;
      parts.push([key, f, typeof filename === 'string' ? filename : undefined]);
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
