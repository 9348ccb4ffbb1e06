import { describe, expect, it } from 'vitest';
import { classifyDiff, diffStats } from '../src/lib/diff';

const sample = `--- revision 1
+++ revision 2
@@ -1,4 +1,4 @@
-# Old title
+# New title
 
 Summary
--- a line that starts with dashes
+++ a line that starts with pluses
\\ No newline at end of file
`;

describe('diff classification', () => {
  const lines = classifyDiff(sample);
  it('marks headers, hunks, added, removed and context lines', () => {
    expect(lines.map((l) => l.kind)).toEqual(['header', 'header', 'hunk', 'removed', 'added', 'context', 'context', 'removed', 'added', 'note']);
  });
  it('strips the sign from the text', () => {
    expect(lines[3].text).toBe('# Old title');
    expect(lines[4].text).toBe('# New title');
    expect(lines[6].text).toBe('Summary');
  });
  it('reads ---/+++ inside a hunk as removed/added lines, not headers', () => {
    expect(lines[7]).toEqual({ kind: 'removed', text: '-- a line that starts with dashes' });
    expect(lines[8]).toEqual({ kind: 'added', text: '++ a line that starts with pluses' });
  });
  it('counts changes', () => {
    expect(diffStats(lines)).toEqual({ added: 2, removed: 2 });
  });
  it('has no line for an empty diff', () => {
    expect(classifyDiff('')).toEqual([]);
  });
});
