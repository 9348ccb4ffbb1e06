import { createContext, useCallback, useContext, useEffect, useRef, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { stripBase, withBase } from './route';

interface Router {
  path: string;
  search: URLSearchParams;
  navigate(to: string, opts?: { replace?: boolean }): boolean;
  /** While a blocker returns a message, leaving asks for confirmation (unsaved changes). */
  setBlocker(message: string | null): void;
}

const Ctx = createContext<Router | null>(null);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [loc, setLoc] = useState(() => ({ path: stripBase(location.pathname), search: location.search }));
  const blocker = useRef<string | null>(null);

  useEffect(() => {
    const onPop = () => {
      const next = { path: stripBase(location.pathname), search: location.search };
      if (blocker.current && !window.confirm(blocker.current)) {
        // Put the left address back.
        history.pushState(null, '', withBase(loc.path) + loc.search);
        return;
      }
      blocker.current = null;
      setLoc(next);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (blocker.current) {
        e.preventDefault();
        e.returnValue = blocker.current;
      }
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [loc]);

  const navigate = useCallback((to: string, opts?: { replace?: boolean }) => {
    if (blocker.current && !window.confirm(blocker.current)) return false;
    blocker.current = null;
    const url = new URL(withBase(to), location.origin);
    if (opts?.replace) history.replaceState(null, '', url.pathname + url.search);
    else history.pushState(null, '', url.pathname + url.search);
    setLoc({ path: stripBase(url.pathname), search: url.search });
    return true;
  }, []);

  const setBlocker = useCallback((m: string | null) => {
    blocker.current = m;
  }, []);

  const value: Router = { path: loc.path, search: new URLSearchParams(loc.search), navigate, setBlocker };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useRouter(): Router {
  const r = useContext(Ctx);
  if (!r) throw new Error('useRouter outside RouterProvider');
  return r;
}

/** Warns before leaving while `message` is set. */
export function useLeaveGuard(message: string | null) {
  const { setBlocker } = useRouter();
  useEffect(() => {
    setBlocker(message);
    return () => setBlocker(null);
  }, [message, setBlocker]);
}

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { navigate, path } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  const current = path === to.split('?')[0] || (to !== '/' && path.startsWith(to.split('?')[0] + '/'));
  return (
    <a href={withBase(to)} onClick={onClick} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
