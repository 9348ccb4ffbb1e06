// A draft is saved with the version it was loaded at. When someone saved since, the server
// answers CONFLICT and the editor chooses: reload (take the other's draft, dropping local
// edits) or overwrite (save the local text again, on top of the other's version).
export type ConflictChoice = 'reload' | 'overwrite';

export interface Versioned<F> {
  form: F;
  version: number | null;
}

export interface ConflictPlan<F> {
  /** The form to show after the choice. */
  form: F;
  /** The version the next save must send as expectedVersion. */
  expectedVersion: number | null;
  /** Whether to save right away. */
  saveNow: boolean;
  /** Whether the form still holds unsaved edits. */
  dirty: boolean;
}

export function planConflict<F>(choice: ConflictChoice, local: F, server: Versioned<F>): ConflictPlan<F> {
  if (choice === 'reload') {
    return { form: server.form, expectedVersion: server.version, saveNow: false, dirty: false };
  }
  return { form: local, expectedVersion: server.version, saveNow: true, dirty: true };
}

/** Whether two forms differ, field by field. */
export function isDirty<F extends object>(a: F, b: F): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof F>;
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return true;
  return false;
}
