// Form controls of the facilitators' pages that kit.tsx lacks: optional fields, choices, a
// longer text, each labelled, with its problem announced next to it.
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { Key } from '../../dict';

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  const { t } = useT();
  return (
    <label htmlFor={id}>
      {label} <span className="req">{t(optional ? 'facilitators.optional' : 'field.required')}</span>
    </label>
  );
}

export function Problem({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} className="field-problem" role="alert">
      {text}
    </p>
  ) : null;
}

export function Text(props: {
  id: string;
  label: string;
  value: string;
  set(v: string): void;
  optional?: boolean;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  problem?: string | null;
  hint?: string;
}) {
  const describedBy = [props.hint ? props.id + '-hint' : '', props.problem ? props.id + '-problem' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <Label id={props.id} label={props.label} optional={props.optional} />
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.set(e.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={!props.optional}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.hint && (
        <p id={props.id + '-hint'} className="hint">
          {props.hint}
        </p>
      )}
      <Problem id={props.id + '-problem'} text={props.problem ?? null} />
    </div>
  );
}

export function LongText(props: { id: string; label: string; value: string; set(v: string): void; optional?: boolean; rows?: number; hint?: string }) {
  return (
    <div className="field">
      <Label id={props.id} label={props.label} optional={props.optional} />
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.set(e.target.value)}
        required={!props.optional}
        aria-describedby={props.hint ? props.id + '-hint' : undefined}
      />
      {props.hint && (
        <p id={props.id + '-hint'} className="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function Choice(props: { id: string; label: string; value: string; set(v: string): void; options: readonly string[]; keyOf(v: string): Key }) {
  const { t } = useT();
  return (
    <div className="field">
      <Label id={props.id} label={props.label} />
      <select id={props.id} name={props.id} value={props.value} onChange={(e) => props.set(e.target.value)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {t(props.keyOf(o))}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Check(props: { id: string; label: string; checked: boolean; set(v: boolean): void }) {
  return (
    <div className="field check">
      <input id={props.id} name={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.set(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

export function Loading({ children }: { children?: ReactNode }) {
  const { t } = useT();
  return <p role="status">{children ?? t('state.loading')}</p>;
}
