// The registration's upload: one GraphQL multipart request whose files sit inside the input
// (variables.input.legalExistenceProof…), sent with XMLHttpRequest for its upload progress.
// ../../../lib/multipart.ts maps top-level variables only, hence this one.
import { print, type DocumentNode } from 'graphql';
import { endpoint } from '../../../lib/session';

/** The multipart body: each file's place (a dotted path under variables) set to null, then the files in that order. */
export function nestedMultipart(query: string, variables: Record<string, unknown>, files: readonly (readonly [string, Blob])[]): FormData {
  const vars = structuredClone(variables) as Record<string, unknown>;
  const map: Record<string, string[]> = {};
  files.forEach(([path, _], i) => {
    const keys = path.split('.');
    let at = vars;
    for (const k of keys.slice(0, -1)) {
      if (typeof at[k] !== 'object' || at[k] === null) at[k] = {};
      at = at[k] as Record<string, unknown>;
    }
    at[keys[keys.length - 1]] = null;
    map[String(i)] = ['variables.' + path];
  });
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, variables: vars }));
  body.append('map', JSON.stringify(map));
  files.forEach(([, f], i) => {
    const name = (f as Blob & { name?: unknown }).name;
    if (typeof name === 'string') body.append(String(i), f, name);
    else body.append(String(i), f);
  });
  return body;
}

export interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export function sendWithProgress<T>(opts: {
  space: string;
  lang: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  files: readonly (readonly [string, Blob])[];
  onProgress(loaded: number, total: number): void;
}): Promise<Answer<T>> {
  const body = nestedMultipart(print(opts.document), opts.variables, opts.files);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint(opts.space));
    xhr.setRequestHeader('Accept-Language', opts.lang);
    // The server's CSRF protection wants a non-simple request for multipart posts.
    xhr.setRequestHeader('GraphQL-Preflight', '1');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Answer<T>);
      } catch {
        reject(new Error('HTTP ' + xhr.status));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}
