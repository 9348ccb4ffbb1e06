// A tiny router: the app lives under /admin (the server answers index.html for any path
// below it), and paths are matched against patterns such as /pages/:kind/:id.
export const BASE = '/admin';

export function stripBase(pathname: string): string {
  if (pathname === BASE || pathname === BASE + '/') return '/';
  if (pathname.startsWith(BASE + '/')) return pathname.slice(BASE.length).replace(/\/+$/, '') || '/';
  return pathname || '/';
}

export function withBase(path: string): string {
  return BASE + (path.startsWith('/') ? path : '/' + path);
}

export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('?')[0].split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}
