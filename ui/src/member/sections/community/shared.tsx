// What the community sections' pages share: their sub-navigation, loading and error states,
// belts and languages as read, and optional form fields.
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { memberPath } from '../../route';
import { ServerError, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import { fileHref } from './logic';

/** The links between a section's pages; the current one is marked for screen readers. */
export function SubNav({ ctx, label, current, items }: { ctx: Ctx; label: string; current: string; items: [string, Key][] }) {
  const { t } = useT();
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {items.map(([page, key]) => (
          <li key={page}>
            <a
              href={memberPath(ctx.space, page)}
              aria-current={page === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                ctx.go(page);
              }}
            >
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A link to another page of the member area (a sub-path such as "community/groups/12"). */
export function Go({ ctx, to, children }: { ctx: Ctx; to: string; children: ReactNode }) {
  return (
    <a
      href={memberPath(ctx.space, to)}
      onClick={(e) => {
        e.preventDefault();
        ctx.go(to);
      }}
    >
      {children}
    </a>
  );
}

/** A query's state before its data: loading, or the server's error. */
export function Waiting({ error, id }: { error?: CombinedError | null; id: string }) {
  const { t } = useT();
  return error ? <ServerError error={error} id={id} /> : <p role="status">{t('state.loading')}</p>;
}

export function useBelt() {
  const { t } = useT();
  return (belt: string | null | undefined) => (belt ? t(('community.belt.' + belt) as Key) : t('community.belt.none'));
}

export function useLangs() {
  const { t } = useT();
  return (ls: readonly string[]) => ls.map((l) => t(('community.lang.' + l) as Key)).join(', ');
}

/** A text field that may stay empty (kit's Field marks its field required). */
export function Optional(props: { id: string; label: string; value: string; set(v: string): void; type?: string; autoComplete?: string; describedBy?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        aria-describedby={props.describedBy}
        onChange={(e) => props.set(e.target.value)}
      />
    </div>
  );
}

export function TextArea(props: { id: string; label: string; value: string; set(v: string): void; required?: boolean; maxLength?: number; describedBy?: string; rows?: number }) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span className="req"> {t('field.required')}</span>}
      </label>
      <textarea
        id={props.id}
        name={props.id}
        value={props.value}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        required={props.required}
        aria-describedby={props.describedBy}
        onChange={(e) => props.set(e.target.value)}
      />
    </div>
  );
}

/** Sanitized HTML the server rendered (guides, news, FAQ answers, search snippets). */
export function Html({ html, className }: { html: string; className?: string }) {
  return <div className={className ?? 'prose'} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A page whose title is the data's (a post, a group, a guide) shows it only once loaded: the
 * focus then moves to it, as App does on navigation for pages titled at once.
 */
export function useFocusTitle(ready: boolean) {
  useEffect(() => {
    if (ready) document.getElementById('page-title')?.focus();
  }, [ready]);
}

/**
 * A file of the space: restricted files answer only with the session's token, so the link
 * fetches it with it and hands it to the browser as a download; other links open as usual.
 */
export function FileLink({ ctx, url, filename, children, className }: { ctx: Ctx; url: string; filename?: string | null; children: ReactNode; className?: string }) {
  const { t, lang } = useT();
  const { href, ours } = fileHref(url, location.origin);
  const [failed, setFailed] = useState(false);
  const click = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (!ours || !ctx.token) return;
    e.preventDefault();
    setFailed(false);
    try {
      const res = await fetch(href, { headers: { Authorization: 'Bearer ' + ctx.token, 'Accept-Language': lang } });
      if (!res.ok) throw new Error(String(res.status));
      const blobUrl = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = blobUrl;
      a.download = filename ?? href.split('/').pop() ?? 'file';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <a href={href} className={className} download={ours ? (filename ?? '') : undefined} onClick={click}>
        {children}
      </a>
      {failed && (
        <span className="error" role="alert">
          {' '}
          {t('community.toolbox.failed')}
        </span>
      )}
    </>
  );
}
