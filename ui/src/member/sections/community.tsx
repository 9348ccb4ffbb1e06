// The member area's community sections (see ./types.ts).
import type { Section } from './types';

export const sections: Section[] = [];
