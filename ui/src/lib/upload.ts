import { print, type DocumentNode } from 'graphql';
import { buildMultipart } from './multipart';

export interface UploadResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Sends a GraphQL multipart request with XMLHttpRequest, whose upload.onprogress tells how
 * much of the file has gone (fetch cannot).
 */
export function uploadWithProgress<T>(opts: {
  url: string;
  token: string | null;
  lang: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  files: Record<string, Blob>;
  onProgress(fraction: number): void;
}): Promise<UploadResult<T>> {
  const body = buildMultipart(print(opts.document), opts.variables, opts.files);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', opts.url);
    if (opts.token) xhr.setRequestHeader('Authorization', 'Bearer ' + opts.token);
    xhr.setRequestHeader('Accept-Language', opts.lang);
    // The server's CSRF protection wants a non-simple request for multipart posts.
    xhr.setRequestHeader('GraphQL-Preflight', '1');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as UploadResult<T>);
      } catch {
        reject(new Error('HTTP ' + xhr.status));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}
