// A page's tags as an editor types them: separated by commas or spaces, in lower case, each
// once; the server's form (help.TagValid: a word, or namespace:value such as journey:orange).
const TAG = /^[a-z0-9]+(:[a-z0-9-]+)?$/;

export function parseTags(text: string): { tags: string[]; bad: string[] } {
  const tags: string[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const tag = raw.trim().toLowerCase();
    if (!tag || tags.includes(tag)) continue;
    if (tag.length > 64 || !TAG.test(tag)) bad.push(raw.trim());
    else tags.push(tag);
  }
  return { tags: tags.sort(), bad };
}
