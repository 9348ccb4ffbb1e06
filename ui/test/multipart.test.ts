import { describe, expect, it } from 'vitest';
import { File } from 'node:buffer';
import { buildMultipart } from '../src/lib/multipart';

describe('GraphQL multipart request', () => {
  it('puts operations, then map, then the file, with the file variable null', async () => {
    const file = new File(['%PDF-1.4'], 'guide.pdf', { type: 'application/pdf' }) as unknown as Blob;
    const body = buildMultipart('mutation($file: Upload!) { x(file: $file) }', { id: '7', locale: 'FR' }, { file });
    const entries = [...body.entries()];
    expect(entries.map(([k]) => k)).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(entries[0][1] as string)).toEqual({
      query: 'mutation($file: Upload!) { x(file: $file) }',
      variables: { id: '7', locale: 'FR', file: null },
    });
    expect(JSON.parse(entries[1][1] as string)).toEqual({ '0': ['variables.file'] });
    const part = entries[2][1] as unknown as { name: string; text(): Promise<string> };
    expect(part.name).toBe('guide.pdf');
    expect(await part.text()).toBe('%PDF-1.4');
  });
  it('numbers several files in a stable order', () => {
    const a = new File(['a'], 'a.txt') as unknown as Blob;
    const b = new File(['b'], 'b.txt') as unknown as Blob;
    const body = buildMultipart('q', {}, { second: b, first: a });
    expect(JSON.parse(body.get('map') as string)).toEqual({ '0': ['variables.first'], '1': ['variables.second'] });
    expect((body.get('0') as unknown as { name: string }).name).toBe('a.txt');
  });
  it('does not change the caller variables', () => {
    const vars = { id: '1' };
    buildMultipart('q', vars, { file: new Blob(['x']) });
    expect(vars).toEqual({ id: '1' });
  });
});
