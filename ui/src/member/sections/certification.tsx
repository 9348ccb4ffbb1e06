// The member area's certification sections (see ./types.ts).
import type { Section } from './types';

export const sections: Section[] = [];
