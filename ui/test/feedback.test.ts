import { describe, expect, it } from 'vitest';
import { byUnhelpfulShare, editorPath, newPageFrom, periodStart, unhelpfulShare } from '../src/lib/feedback';

const row = (id: string, locale: string, helpful: number, notHelpful: number) => ({
  page: { kind: 'GUIDE', id, title: 'T' + id },
  locale,
  helpful,
  notHelpful,
});

describe('readers feedback', () => {
  it('orders one language by share of not helpful, then by count', () => {
    const rows = [row('1', 'FR', 3, 1), row('2', 'FR', 0, 1), row('3', 'EN', 0, 5), row('4', 'FR', 0, 3), row('5', 'FR', 1, 0)];
    expect(byUnhelpfulShare(rows, 'FR').map((r) => r.page.id)).toEqual(['4', '2', '1', '5']);
    expect(byUnhelpfulShare(rows, 'EN').map((r) => r.page.id)).toEqual(['3']);
    expect(unhelpfulShare({ helpful: 0, notHelpful: 0 })).toBe(0);
  });
  it('leads to the editor and to a prefilled new page', () => {
    expect(editorPath('FAQ', '12')).toBe('/pages/faq/12');
    expect(newPageFrom("l'accès", 'EN')).toBe('/pages/new/guide?title=l%27acc%C3%A8s&locale=EN');
    expect(periodStart(1, Date.UTC(2026, 0, 2))).toBe('2026-01-01T00:00:00.000Z');
  });
});
