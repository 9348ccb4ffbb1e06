import { describe, expect, it } from 'vitest';
import { File } from 'node:buffer';
import { filesProgress, formatSiret, oldestMandateDate, siretState } from '../src/member/sections/certification/siret';
import { nestedMultipart } from '../src/member/sections/certification/upload';

describe('a SIRET as it is typed (the rule of siret/siret.go)', () => {
  const cases: [string, string, boolean, ReturnType<typeof siretState>][] = [
    ['nothing typed', '', false, { kind: 'empty' }],
    ['only spaces', '   ', true, { kind: 'empty' }],
    ['digits so far', '4430618', false, { kind: 'typing', digits: 7 }],
    ['digits so far, field left', '4430618', true, { kind: 'bad', reason: 'NOT_14_DIGITS' }],
    ['a letter at once', '44306A', false, { kind: 'bad', reason: 'NOT_14_DIGITS' }],
    ['too many digits', '443061841000470', false, { kind: 'bad', reason: 'NOT_14_DIGITS' }],
    ['valid Luhn', '44306184100047', false, { kind: 'valid', normalized: '44306184100047', siren: '443061841', nic: '00047' }],
    ['valid with spaces', '732 829 320 00074', false, { kind: 'valid', normalized: '73282932000074', siren: '732829320', nic: '00074' }],
    ['valid with non-breaking spaces', '732\u00a0829\u00a0320\u00a000074', false, { kind: 'valid', normalized: '73282932000074', siren: '732829320', nic: '00074' }],
    ['wrong check digit', '73282932000075', false, { kind: 'bad', reason: 'CHECKSUM' }],
    ['La Poste: digit sum a multiple of 5, Luhn fails', '35600000049837', false, { kind: 'valid', normalized: '35600000049837', siren: '356000000', nic: '49837' }],
    ['La Poste head office (Luhn)', '35600000000048', false, { kind: 'valid', normalized: '35600000000048', siren: '356000000', nic: '00048' }],
    ['La Poste: digit sum not a multiple of 5', '35600000049838', false, { kind: 'bad', reason: 'CHECKSUM' }],
    ['another SIREN: a digit sum of 5s is not enough', '44306184100040', false, { kind: 'bad', reason: 'CHECKSUM' }],
  ];
  for (const [name, input, done, want] of cases) {
    it(name, () => expect(siretState(input, done)).toEqual(want));
  }
  it('formats 14 digits in groups, anything else as it is', () => {
    expect(formatSiret('35600000000048')).toBe('356 000 000 00048');
    expect(formatSiret('123')).toBe('123');
  });
});

describe("each file's share of the upload's progress", () => {
  const cases: [string, number, number, number[], number[]][] = [
    ['nothing sent', 0, 1100, [600, 400], [0, 0]],
    ['the other parts first', 100, 1100, [600, 400], [0, 0]],
    ['half the first file', 400, 1100, [600, 400], [0.5, 0]],
    ['the first file sent, a quarter of the second', 800, 1100, [600, 400], [1, 0.25]],
    ['all sent', 1100, 1100, [600, 400], [1, 1]],
    ['an empty file is done once reached', 100, 100, [0], [1]],
    ['total smaller than the files (estimate): clamped', 50, 10, [600], [1]],
  ];
  for (const [name, loaded, total, sizes, want] of cases) {
    it(name, () => expect(filesProgress(loaded, total, sizes)).toEqual(want));
  }
});

describe('the oldest mandate date accepted (registry.Date.MonthsBefore)', () => {
  const cases: [string, Date, string][] = [
    ['same day three months back', new Date(2026, 11, 6), '2026-09-06'],
    ['across a year', new Date(2026, 1, 10), '2025-11-10'],
    ['31 May: the end of February', new Date(2026, 4, 31), '2026-02-28'],
    ['31 May of a leap year', new Date(2028, 4, 31), '2028-02-29'],
  ];
  for (const [name, today, want] of cases) {
    it(name, () => expect(oldestMandateDate(today)).toBe(want));
  }
});

describe("the registration's multipart request", () => {
  it('puts the files inside the input, null in operations, in the map by path', async () => {
    const kbis = new File(['%PDF-1.4'], 'kbis.pdf', { type: 'application/pdf' }) as unknown as Blob;
    const mandate = new File(['%PDF-1.5'], 'mandat.pdf', { type: 'application/pdf' }) as unknown as Blob;
    const body = nestedMultipart('mutation($input: X!) { y(input: $input) { ok } }', { input: { email: 'a@b.c' } }, [
      ['input.legalExistenceProof', kbis],
      ['input.mandateDelegation', mandate],
    ]);
    const entries = [...body.entries()];
    expect(entries.map(([k]) => k)).toEqual(['operations', 'map', '0', '1']);
    expect(JSON.parse(entries[0][1] as string).variables).toEqual({ input: { email: 'a@b.c', legalExistenceProof: null, mandateDelegation: null } });
    expect(JSON.parse(entries[1][1] as string)).toEqual({ '0': ['variables.input.legalExistenceProof'], '1': ['variables.input.mandateDelegation'] });
    const part = entries[3][1] as unknown as { name: string; text(): Promise<string> };
    expect(part.name).toBe('mandat.pdf');
    expect(await part.text()).toBe('%PDF-1.5');
  });
});
