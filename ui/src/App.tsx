// The shell: sign-in when signed out, else the navigation (from the page registry, filtered by role) and the
// current page. Skip link, landmarks and a live region for screen readers.
import { Suspense, useEffect, useRef } from 'react';
import { Loading, ErrorBox } from './components/states.tsx';
import { PAGES } from './pages/registry.ts';
import { useRoute } from './route.ts';
import { can, type SessionInfo, useSession, useSignOut } from './session.ts';
import { SignIn } from './SignIn.tsx';

function Shell({ session }: { session: SessionInfo }) {
  const [route, navigate] = useRoute();
  const signOut = useSignOut();
  const visible = PAGES.filter((p) => p.needs.every((c) => can(session, c)) && (!p.globalOnly || session.global));
  const page = visible.find((p) => p.id === route.page) ?? visible[0];
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (page) document.title = `${page.title} · Lintel`;
  }, [page]);
  useEffect(() => {
    if (route.page === '' && page) navigate({ page: page.id, params: {} }, true);
  }, [route.page, page, navigate]);
  const groups = [...new Set(visible.map((p) => p.group))];
  return (
    <div className="shell">
      <button type="button" className="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header className="top">
        <span className="brand">Lintel</span>
        <span className="who">
          {session.subject} · <strong>{session.role}</strong>
          {session.tenant ? ` · tenant ${session.tenant}` : ' · all tenants'}
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav aria-label="Pages" className="nav">
        {groups.map((g) => (
          <div key={g} className="nav-group">
            <div className="nav-title">{g}</div>
            <ul>
              {visible
                .filter((p) => p.group === g)
                .map((p) => (
                  <li key={p.id}>
                    <a href={`#/${p.id}`} aria-current={page?.id === p.id ? 'page' : undefined}>
                      {p.title}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="main">
        {page ? (
          <Suspense fallback={<Loading label="Loading page" />}>
            <page.component key={page.id} />
          </Suspense>
        ) : (
          <ErrorBox title="Nothing to show" error={new Error(`The role ${session.role} has no console pages.`)} />
        )}
      </main>
    </div>
  );
}

export function App() {
  const session = useSession();
  if (session.isPending) return <Loading label="Loading console" />;
  if (session.error) return <ErrorBox error={session.error} title="The console could not reach the server" />;
  if (!session.data.signed_in) return <SignIn sso={session.data.sso} />;
  return <Shell session={session.data} />;
}

/** The session for pages (always signed in below the shell). */
export function useSignedIn(): SessionInfo {
  const s = useSession();
  if (!s.data?.signed_in) throw new Error('not signed in');
  return s.data;
}
