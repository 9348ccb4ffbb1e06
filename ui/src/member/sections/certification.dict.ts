// The strings of the member area's certification sections, in French and English.
export const fr = {} as const;

export const en: Record<keyof typeof fr, string> = {};
