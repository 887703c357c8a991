// Access: tenants and their teams (admins), keys (create, edit, revoke, rotate) and provider credential names
// (never values). The pieces live under access/.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Card } from '../components/CardTable.tsx';
import { QueryView } from '../components/states.tsx';
import { Keys } from './access/keys.tsx';
import { Tenants } from './access/tenants.tsx';

function Credentials() {
  const q = useQuery({
    queryKey: ['credentials'],
    queryFn: () =>
      api<{ data: { name: string; provider?: string; tenant?: string | null }[] }>('/admin/provider-credentials'),
  });
  return (
    <Card title="Provider credentials">
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <ul>
            {d.data.map((c) => (
              <li key={`${c.tenant ?? ''}/${c.name}`}>
                {c.name}
                {c.tenant ? ` (tenant ${c.tenant})` : ''} — value hidden
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Card>
  );
}

export default function Access() {
  const s = useSignedIn();
  return (
    <>
      <div className="page-head">
        <h1>Access</h1>
      </div>
      {s.role === 'admin' ? <Tenants /> : null}
      <Keys />
      {s.role === 'admin' ? <Credentials /> : null}
    </>
  );
}
