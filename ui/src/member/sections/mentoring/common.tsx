// What the mentoring pages share: optional fields, review statuses, dates as the seed writes them.
import { useMemo } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '../../i18n';
import { Field } from '../../kit';
import type { Key } from '../../dict';
import { formatWhen, timeAgo } from './logic';

/** A field that may be left empty. */
export function OptField(props: { id: string; label: string; type?: string; value: string; set(v: string): void; autoComplete?: string; describedBy?: string }) {
  return <Field {...props} optional />;
}

/** A review status (PENDING, APPROVED, REJECTED) in words, marked for its colour. */
export function Status({ value }: { value: string }) {
  const { t } = useT();
  return <span className={'m-status m-status-' + value.toLowerCase()}>{t(('mentoring.status.' + value) as Key)}</span>;
}

/** "18 hours ago", with the full date for whoever points at it or reads it out. */
export function Ago({ iso }: { iso: string }) {
  const { lang } = useT();
  const full = formatWhen(iso, lang);
  return (
    <time dateTime={iso} title={full}>
      {timeAgo(iso, new Date(), lang)}
    </time>
  );
}

/** urql's context that asks again when the interface's language changes (titles follow it). */
export function useLangContext() {
  const { lang } = useT();
  return useMemo(() => ({ lang }), [lang]);
}

/** An answer of a multipart request (not through urql) as urql's error, for ServerError. */
export function asCombined(errors: { message: string; extensions?: Record<string, unknown> }[]): CombinedError {
  return { name: 'CombinedError', message: errors[0]?.message ?? '', graphQLErrors: errors } as unknown as CombinedError;
}
