// A line diff made in the browser, for the kinds whose server has no compare operation
// (news): the same unified form as compareGuideRevisions, so that one view shows both.

/** A unified diff of two texts, one hunk for the whole text; "" when they are equal. */
export function unifiedDiff(from: string, to: string, fromName: string, toName: string): string {
  if (from === to) return '';
  const a = from.split('\n');
  const b = to.split('\n');
  // Longest common subsequence of lines (texts of pages are short).
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      lines.push(' ' + a[i]);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      lines.push('+' + b[j]);
      j++;
    } else {
      lines.push('-' + a[i]);
      i++;
    }
  }
  return [`--- ${fromName}`, `+++ ${toName}`, `@@ -1,${n} +1,${m} @@`, ...lines].join('\n') + '\n';
}
