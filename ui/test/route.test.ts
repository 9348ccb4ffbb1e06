import { describe, expect, it } from 'vitest';
import { matchPath, stripBase, withBase } from '../src/lib/route';
import { endpoint, getToken, setToken, clearToken, getLastSpace, setLastSpace } from '../src/lib/session';

describe('routes', () => {
  it('strips and adds the /admin base', () => {
    expect(stripBase('/admin')).toBe('/');
    expect(stripBase('/admin/')).toBe('/');
    expect(stripBase('/admin/pages/')).toBe('/pages');
    expect(withBase('/pages')).toBe('/admin/pages');
  });
  it('matches patterns with parameters', () => {
    expect(matchPath('/pages/:kind/:id', '/pages/guide/12')).toEqual({ kind: 'guide', id: '12' });
    expect(matchPath('/pages/:kind/:id', '/pages/guide')).toBeNull();
    expect(matchPath('/pages/new/:kind', '/pages/new/faq')).toEqual({ kind: 'faq' });
  });
});

describe('sessions per space', () => {
  const m = new Map<string, string>();
  const s = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  it('keeps one token per space', () => {
    setToken(s, 'facilitators', 'a');
    setToken(s, 'certification', 'b');
    expect(getToken(s, 'facilitators')).toBe('a');
    expect(getToken(s, 'certification')).toBe('b');
    clearToken(s, 'facilitators');
    expect(getToken(s, 'facilitators')).toBeNull();
    expect(getToken(s, 'certification')).toBe('b');
  });
  it('remembers the last space', () => {
    setLastSpace(s, 'mentoring');
    expect(getLastSpace(s)).toBe('mentoring');
  });
  it('builds endpoints', () => {
    expect(endpoint('facilitators')).toBe('/spaces/facilitators/graphql');
    expect(endpoint(null)).toBe('/graphql');
  });
});

import { sameOrigin } from '../src/screens/Approvals';
describe('server file addresses', () => {
  it('keeps a same-origin or relative address', () => {
    expect(sameOrigin('/spaces/c/documents/1/k.pdf', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/spaces/c/documents/1/k.pdf');
    expect(sameOrigin('http://127.0.0.1:8080/spaces/c/documents/1/k.pdf?x=1', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/spaces/c/documents/1/k.pdf?x=1');
  });
  it('fetches another origin’s file path from this origin (the API serves it)', () => {
    expect(sameOrigin('https://help.example.org/spaces/c/documents/1/k.pdf', 'http://127.0.0.1:8080')).toBe('/spaces/c/documents/1/k.pdf');
  });
});
