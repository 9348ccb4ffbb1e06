import { describe, expect, it } from 'vitest';
import { isDirty, planConflict } from '../src/lib/conflict';
import { errorCode, errorMessage, isConflict, isNotFound } from '../src/lib/errors';
import { resourceUrlInput, emptyForm, isMissing } from '../src/content/kinds';

const mine = { title: 'Mine', body: 'my text' };
const theirs = { form: { title: 'Theirs', body: 'their text' }, version: 5 };

describe('conflict decision', () => {
  it('reload takes the other draft and its version, and leaves nothing to save', () => {
    expect(planConflict('reload', mine, theirs)).toEqual({ form: theirs.form, expectedVersion: 5, saveNow: false, dirty: false });
  });
  it('overwrite keeps my text and saves it against the new version', () => {
    expect(planConflict('overwrite', mine, theirs)).toEqual({ form: mine, expectedVersion: 5, saveNow: true, dirty: true });
  });
  it('a translation deleted meanwhile has no version to expect', () => {
    expect(planConflict('overwrite', mine, { form: mine, version: null }).expectedVersion).toBeNull();
  });
  it('tells dirty forms', () => {
    expect(isDirty({ a: 'x', b: '' }, { a: 'x', b: '' })).toBe(false);
    expect(isDirty({ a: 'x' }, { a: 'y' })).toBe(true);
  });
});

describe('server errors', () => {
  const conflict = { graphQLErrors: [{ message: 'Quelqu’un a enregistré', extensions: { code: 'CONFLICT' } }] };
  it('reads the code and the localized message', () => {
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(isConflict(conflict)).toBe(true);
    expect(isNotFound(conflict)).toBe(false);
    expect(errorMessage(conflict, 'network')).toBe('Quelqu’un a enregistré');
  });
  it('falls back to the network message', () => {
    expect(errorMessage({ graphQLErrors: [], networkError: new Error('x') }, 'offline')).toBe('offline');
    expect(errorCode(null)).toBeUndefined();
  });
});

describe('resource link', () => {
  it('is omitted when unchanged, so the draft keeps its file', () => {
    expect(resourceUrlInput(emptyForm(), emptyForm())).toBeUndefined();
  });
  it('is sent when changed, empty to remove it', () => {
    expect(resourceUrlInput({ ...emptyForm(), url: ' https://x.org ' }, emptyForm())).toBe('https://x.org');
    expect(resourceUrlInput(emptyForm(), { ...emptyForm(), url: 'https://x.org' })).toBe('');
  });
});

describe('missing translation', () => {
  it('is a draft marked MISSING that was never saved', () => {
    expect(isMissing({ translationStatus: 'MISSING', version: 0 })).toBe(true);
    expect(isMissing({ translationStatus: 'OUTDATED', version: 3 })).toBe(false);
    expect(isMissing({ translationStatus: 'UP_TO_DATE', version: 0 })).toBe(false);
  });
});
