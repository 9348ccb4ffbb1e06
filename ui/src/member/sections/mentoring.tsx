// The member area's mentoring sections (see ./types.ts).
import type { Section } from './types';

export const sections: Section[] = [];
