// Classifies the lines of a unified diff (compareGuideRevisions) so that added and removed
// lines are marked by a sign and a word, not by colour alone.
export type DiffKind = 'header' | 'hunk' | 'added' | 'removed' | 'context' | 'note';

export interface DiffLine {
  kind: DiffKind;
  /** The line without its leading +, - or space. */
  text: string;
}

export function classifyDiff(diff: string): DiffLine[] {
  const out: DiffLine[] = [];
  if (diff === '') return out;
  const lines = diff.replace(/\n$/, '').split('\n');
  let inHunk = false;
  for (const line of lines) {
    if (line.startsWith('@@')) {
      inHunk = true;
      out.push({ kind: 'hunk', text: line });
    } else if (!inHunk && (line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('diff '))) {
      out.push({ kind: 'header', text: line });
    } else if (line.startsWith('\\')) {
      out.push({ kind: 'note', text: line });
    } else if (line.startsWith('+')) {
      out.push({ kind: 'added', text: line.slice(1) });
    } else if (line.startsWith('-')) {
      out.push({ kind: 'removed', text: line.slice(1) });
    } else {
      out.push({ kind: 'context', text: line.startsWith(' ') ? line.slice(1) : line });
    }
  }
  return out;
}

export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of lines) {
    if (l.kind === 'added') added++;
    else if (l.kind === 'removed') removed++;
  }
  return { added, removed };
}
