import { describe, expect, it } from 'vitest';
import { monthGrid, parseDateTime, writeDateTime } from '../src/lib/datetime';

describe('the app’s date field', () => {
  it('reads day/month/year with a 24-hour time, and ISO dates', () => {
    expect(parseDateTime('15/01/2099 09:30')).toEqual(new Date(2099, 0, 15, 9, 30));
    expect(parseDateTime('5/1/2099 9h05')).toEqual(new Date(2099, 0, 5, 9, 5));
    expect(parseDateTime('15/01/2099')).toEqual(new Date(2099, 0, 15, 0, 0));
    expect(parseDateTime('2099-01-15T09:30')).toEqual(new Date(2099, 0, 15, 9, 30));
  });
  it('refuses what is not a date', () => {
    for (const s of ['', 'demain', '31/02/2099 10:00', '15/13/2099', '15/01/2099 24:00', '01/15/2099']) expect(parseDateTime(s)).toBeNull();
  });
  it('writes what it reads', () => {
    const d = new Date(2099, 11, 3, 7, 5);
    expect(writeDateTime(d)).toBe('03/12/2099 07:05');
    expect(parseDateTime(writeDateTime(d))).toEqual(d);
  });
  it('lays a month out in weeks from Monday', () => {
    const g = monthGrid(2026, 11); // December 2026 starts on a Tuesday
    expect(g[0]).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(g.flat().filter((d) => d !== null)).toHaveLength(31);
    expect(g.every((w) => w.length === 7)).toBe(true);
  });
});
