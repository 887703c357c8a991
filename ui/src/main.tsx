import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ApiError } from './api.ts';
import { PAGES } from './pages/registry.ts';
import { parseHash } from './route.ts';
import './styles.css';

// A 401 anywhere means the session ended (expired, signed out elsewhere, key revoked): back to sign-in.
const onError = (err: unknown) => {
  if (err instanceof ApiError && err.status === 401) client.invalidateQueries({ queryKey: ['session'] });
};
const client: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // The API's refusals (4xx) are answers, not outages: show them, do not retry them.
      retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Fetch the linked page's code while the session is checked, instead of after.
const linked = parseHash(window.location.hash).page || 'overview';
PAGES.find((p) => p.id === linked)?.preload();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
