// Sign in with a Lintel key (sent once to the server, which keeps it sealed in the session; the browser keeps
// only an HttpOnly cookie) or through single sign-on.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, setCsrfToken } from './api.ts';
import { parseHash } from './route.ts';

export function SignIn({ sso }: { sso: { enabled: boolean; label: string } }) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(parseHash(window.location.hash).params.error ?? null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const key = (new FormData(form).get('key') as string | null)?.trim() ?? '';
    setBusy(true);
    setError(null);
    try {
      const s = await api<{ csrf_token: string }>('/console/api/session', { method: 'POST', body: { key } });
      setCsrfToken(s.csrf_token);
      form.reset();
      await qc.invalidateQueries({ queryKey: ['session'] });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="signin" id="main">
      <h1>Sign in to Lintel</h1>
      <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
        <label htmlFor="key">Lintel key (master key or lk-… key)</label>
        <input id="key" name="key" type="password" autoComplete="off" required minLength={8} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {sso.enabled ? (
        <p>
          <a className="button" href="/console/oidc/login">
            {sso.label || 'Single sign-on'}
          </a>
        </p>
      ) : null}
      {error ? (
        <p id="signin-error" className="error-box" role="alert">
          {error}
        </p>
      ) : null}
    </main>
  );
}
