import { describe, expect, it } from 'vitest';
import { parseTags } from '../src/lib/tags';

describe('page tags as typed', () => {
  it('splits, lowers, dedupes and sorts', () => {
    expect(parseTags(' Journey:Orange, faq  journey:orange;new')).toEqual({ tags: ['faq', 'journey:orange', 'new'], bad: [] });
    expect(parseTags('')).toEqual({ tags: [], bad: [] });
  });
  it('names the tags the server would refuse', () => {
    expect(parseTags('ok, é, a:b:c').bad).toEqual(['é', 'a:b:c']);
  });
});
