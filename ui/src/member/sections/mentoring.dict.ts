// The strings of the member area's mentoring sections, in French and English.
export const fr = {} as const;

export const en: Record<keyof typeof fr, string> = {};
