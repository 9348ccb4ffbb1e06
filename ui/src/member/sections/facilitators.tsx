// The member area's facilitators sections (see ./types.ts).
import type { Section } from './types';

export const sections: Section[] = [];
