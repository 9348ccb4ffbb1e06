// The certification form's pure rules, as registry/ and siret/ apply them on the server: a SIRET
// is 14 digits once its spaces are removed, with a Luhn check digit (La Poste's SIREN 356000000:
// the digits' sum is a multiple of 5), and the documents' share of an upload's progress.

export const LA_POSTE_SIREN = '356000000';

/** What the field says while the number is typed. */
export type SiretState =
  | { kind: 'empty' }
  | { kind: 'typing'; digits: number } // only digits so far, fewer than 14: nothing wrong yet
  | { kind: 'bad'; reason: 'NOT_14_DIGITS' | 'CHECKSUM' }
  | { kind: 'valid'; normalized: string; siren: string; nic: string };

/** The number without its spaces (any space: numbers are pasted with non-breaking ones). */
export function normalizeSiret(s: string): string {
  return s.replace(/\s+/gu, '');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if ((digits.length - 1 - i) % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/**
 * The SIRET field's state as it is typed. `done` says the person left the field: a number
 * still short of 14 digits is then wrong; while typing it is only unfinished.
 */
export function siretState(input: string, done = false): SiretState {
  const n = normalizeSiret(input);
  if (n === '') return { kind: 'empty' };
  if (!/^[0-9]*$/.test(n) || n.length > 14) return { kind: 'bad', reason: 'NOT_14_DIGITS' };
  if (n.length < 14) return done ? { kind: 'bad', reason: 'NOT_14_DIGITS' } : { kind: 'typing', digits: n.length };
  const siren = n.slice(0, 9);
  if (!luhn(n) && !(siren === LA_POSTE_SIREN && digitSum(n) % 5 === 0)) return { kind: 'bad', reason: 'CHECKSUM' };
  return { kind: 'valid', normalized: n, siren, nic: n.slice(9) };
}

/** A 14-digit number as people read it: "356 000 000 00048". */
export function formatSiret(n: string): string {
  return /^[0-9]{14}$/.test(n) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}` : n;
}

/**
 * Each file's share of a multipart request's progress: the body's other parts (operations, map,
 * the parts' headers) are counted before the files, then the files in the order sent.
 */
export function filesProgress(loaded: number, total: number, sizes: readonly number[]): number[] {
  const files = sizes.reduce((a, b) => a + b, 0);
  let start = Math.max(0, total - files);
  return sizes.map((size) => {
    const from = start;
    start += size;
    if (total > 0 && loaded >= total) return 1;
    if (size === 0) return loaded >= from ? 1 : 0;
    return Math.min(1, Math.max(0, (loaded - from) / size));
  });
}

/** The oldest mandate date the server accepts today: 3 months back, as YYYY-MM-DD. */
export function oldestMandateDate(today: Date, months = 3): string {
  const d = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  // 31 May minus 3 months is 28/29 February, not 3 March.
  if (d.getDate() !== today.getDate()) d.setDate(0);
  return isoDay(d);
}

export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
