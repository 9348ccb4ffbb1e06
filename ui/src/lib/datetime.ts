// The app's own date-and-time field reads what a person types in their language's order
// (day/month/year, 24-hour time) or an ISO date, without the browser's native (English) picker.

export interface Parsed {
  /** Local date and time; null when the text is not a date. */
  date: Date | null;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})(?:[:hH](\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;

/** The local date written `text` (dd/mm/yyyy hh:mm, or yyyy-mm-dd[Thh:mm]); null if none. */
export function parseDateTime(text: string): Date | null {
  const s = text.trim();
  let y: number, mo: number, d: number, h = 0, mi = 0;
  let m = DMY.exec(s);
  if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    h = m[4] ? Number(m[4]) : 0;
    mi = m[5] ? Number(m[5]) : 0;
  } else if ((m = ISO.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    h = m[4] ? Number(m[4]) : 0;
    mi = m[5] ? Number(m[5]) : 0;
  } else {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const out = new Date(y, mo - 1, d, h, mi);
  // 31/02 rolls over to March: not a date.
  if (out.getFullYear() !== y || out.getMonth() !== mo - 1 || out.getDate() !== d) return null;
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How the field writes a date: dd/mm/yyyy hh:mm, in both languages. */
export function writeDateTime(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The date in words for the field's confirmation line, in the app's language. */
export function spellDateTime(d: Date, lang: string): string {
  return d.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The days of a month's calendar grid, weeks starting on Monday; null pads the first week. */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = new Date(year, month, 1);
  const days = new Date(year, month + 1, 0).getDate();
  const lead = (first.getDay() + 6) % 7;
  const cells: (number | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
