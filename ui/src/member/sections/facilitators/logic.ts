// The facilitators' sections' pure rules: who sees which menu entry, what the next belt still
// needs, and the workshop form read as typed. Tested in ui/test/member-facilitators.test.ts.
import { parseDateTime } from '../../../lib/datetime';

const BELT_ROLES = ['white', 'yellow', 'orange', 'green', 'blue'];
export const BELTS = ['WHITE', 'YELLOW', 'ORANGE', 'GREEN', 'BLUE'] as const;
export type BeltName = (typeof BELTS)[number];

/** The space runs trainings and workshops (its space.yaml's modules). */
export const hasTrainings = (modules: readonly string[]) => modules.includes('trainings');

/** A facilitator of the space: the role, a belt, or a trainer (who includes it). */
export const isFacilitator = (roles: readonly string[]) => roles.some((r) => r === 'facilitator' || r === 'trainer' || BELT_ROLES.includes(r));

/** Someone who registered for a training, or a facilitator (who includes the participant). */
export const isParticipant = (roles: readonly string[]) => roles.includes('participant') || isFacilitator(roles);

export interface Requirement {
  code: string;
  met: boolean;
  progress: number;
  target: number;
}

export interface Remaining {
  code: string;
  progress: number;
  target: number;
  /** How many are still needed (0 when met). */
  left: number;
  /** 0 to 100, for a progress bar. */
  percent: number;
}

/** What the next belt still needs, one line per requirement. */
export function remaining(reqs: readonly Requirement[]): Remaining[] {
  return reqs.map((r) => {
    const left = r.met ? 0 : Math.max(0, r.target - r.progress);
    const percent = r.target <= 0 ? 100 : Math.min(100, Math.round((Math.min(r.progress, r.target) * 100) / r.target));
    return { code: r.code, progress: r.progress, target: r.target, left, percent: r.met ? 100 : percent };
  });
}

/** The addresses of a list typed one per line or separated by commas or semicolons. */
export function emailList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface WorkshopForm {
  title: string;
  startsAt: string;
  city: string;
  capacity: string;
  kind: string;
  format: string;
  language: string;
  coFacilitators: string;
  seeking: boolean;
}

export type FormProblem = 'startsAt' | 'capacity';

/** The typed form as createWorkshop's input, or the fields to fix first. */
export function workshopInput(f: WorkshopForm): { input: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const date = parseDateTime(f.startsAt);
  if (!date) problems.push('startsAt');
  const capacity = Number(f.capacity.trim());
  if (!/^\d+$/.test(f.capacity.trim()) || capacity < 1) problems.push('capacity');
  if (problems.length > 0 || !date) return { problems };
  const input: Record<string, unknown> = {
    startsAt: date.toISOString(),
    format: f.format,
    language: f.language,
    capacity,
    kind: f.kind,
    coFacilitatorEmails: emailList(f.coFacilitators),
    seekingFacilitators: f.seeking,
  };
  if (f.title.trim()) input.title = f.title.trim();
  if (f.city.trim()) input.city = f.city.trim();
  return { input };
}

/** A whole number of participants (0 and up), or null. */
export function participantsCount(text: string): number | null {
  const s = text.trim();
  return /^\d{1,5}$/.test(s) ? Number(s) : null;
}

/** Splits workshops into those to come (soonest first) and those past (newest first). */
export function splitByDate<T extends { startsAt: string }>(items: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const t = now.getTime();
  const upcoming = items.filter((w) => Date.parse(w.startsAt) >= t).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = items.filter((w) => Date.parse(w.startsAt) < t).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

/** A date and time in the interface's language. */
export function when(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
