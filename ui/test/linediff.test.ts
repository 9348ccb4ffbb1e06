import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/lib/linediff';
import { classifyDiff, diffStats } from '../src/lib/diff';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb', 'a\nb', 'r1', 'r2')).toBe('');
  });
  it('marks added, removed and kept lines', () => {
    const d = unifiedDiff('title\nold line\nend', 'title\nnew line\nend\nmore', 'r1', 'r2');
    const lines = classifyDiff(d);
    expect(diffStats(lines)).toEqual({ added: 2, removed: 1 });
    expect(lines.filter((l) => l.kind === 'context').map((l) => l.text)).toEqual(['title', 'end']);
    expect(lines[0]).toEqual({ kind: 'header', text: '--- r1' });
  });
});
