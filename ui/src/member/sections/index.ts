// Every section of the member area, in menu order; each topic owns its file.
import { sections as facilitators } from './facilitators';
import { sections as community } from './community';
import { sections as mentoring } from './mentoring';
import { sections as certification } from './certification';
import type { Extra } from '../route';
import type { Section } from './types';

export const SECTIONS: readonly Section[] = [...facilitators, ...community, ...mentoring, ...certification];

export const EXTRA: Extra = {
  pages: SECTIONS.map((s) => s.page),
  mail: Object.fromEntries(SECTIONS.filter((s) => s.mail).map((s) => [s.mail!.path.replace(/^\//, ''), s.page])),
};

export function sectionOf(page: string): Section | undefined {
  return SECTIONS.find((s) => s.page === page);
}

/** Where "Create an account" leads in a space running these modules: a section's own form, else the core sign-up. */
export function signUpPage(modules: readonly string[]): string {
  return SECTIONS.find((s) => s.signUpFor && modules.includes(s.signUpFor))?.page ?? 'sign-up';
}
