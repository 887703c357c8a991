// A card for one kind of stored definition (signal and drift monitors, SLOs, receivers, online evaluations): the
// list with Edit and Delete (confirmed) for operators, and one form that creates a new definition or, after Edit,
// replaces the chosen one (PUT by name: the name is fixed while editing).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ACTIONS, CardTable, type Column } from '../../components/CardTable.tsx';
import { ConfirmButton } from '../../components/controls.tsx';
import { ActionForm, Field } from '../../components/forms.tsx';
import { ErrorBox } from '../../components/states.tsx';
import type { Definition } from '../../types.ts';
import { useDeleteDefinition, usePutDefinition } from './common.ts';

export interface Named<S> {
  name: string;
  spec: S;
}

export interface DefinitionFormProps<S> {
  /** The definition being edited, or null for a new one. */
  editing: Named<S> | null;
  put: ReturnType<typeof usePutDefinition>;
  /** Leaves edit mode (Cancel). */
  done: () => void;
}

/** The stored definitions of one kind (GET path → {data}). */
export const useDefinitions = <S,>(path: string, key: string) =>
  useQuery({ queryKey: [key], queryFn: () => api<{ data: Definition<S>[] }>(path) });

/**
 * The create / edit form of a definition: "Create a(n) X" or "Edit X NAME" (the name then fixed), "Save X", the
 * API's refusal under it and Cancel while editing. `children` are the fields after the name.
 */
export function DefinitionForm<S>({
  what,
  article = /^[aeiou]/.test(what) ? 'an' : 'a',
  editing,
  put,
  done,
  onSubmit,
  children,
}: DefinitionFormProps<S> & {
  what: string;
  /** "a" or "an" before `what` (spelled-out acronyms: "an SLO"). */
  article?: 'a' | 'an';
  onSubmit: (f: FormData) => Record<string, unknown>;
  children: React.ReactNode;
}) {
  const label = editing ? `Edit ${what} ${editing.name}` : `Create ${article} ${what}`;
  return (
    <ActionForm
      label={label}
      title={label}
      submit={`Save ${what}`}
      m={put}
      errorTitle={`${what[0].toUpperCase()}${what.slice(1)} not saved`}
      onSubmit={(f) => put.mutate({ name: String(f.get('name') ?? '').trim(), ...onSubmit(f) })}
      actions={
        editing ? (
          <button type="button" onClick={done}>
            Cancel
          </button>
        ) : undefined
      }
    >
      <Field label="Name" name="name" required defaultValue={editing?.name} readOnly={editing !== null} />
      {children}
    </ActionForm>
  );
}

/**
 * The stored fields a form does not show, so that saving an edit (PUT replaces the whole definition) keeps them:
 * labels, receivers, descriptions, filters on other dimensions.
 */
export function unshown(spec: object | undefined, shown: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(spec ?? {}).filter(([k]) => k !== 'name' && !shown.includes(k)));
}

/** A route filter from the form's Route field, the stored filter's other dimensions kept. */
export const routeFilter = (spec: { filter?: Record<string, string> } | undefined, route: string) => ({
  ...spec?.filter,
  route: route || undefined,
});

export function DefinitionCard<D, S, R extends Named<S> = Named<S>>({
  title,
  label = `${title} list`,
  what,
  path,
  keys,
  q,
  rows,
  columns,
  canWrite,
  Form,
}: {
  title: string;
  /** The table's accessible name. */
  label?: string;
  /** How one is called in button names and messages ("drift monitor"). */
  what: string;
  path: string;
  /** Query keys to refresh after a change (the first is the list's). */
  keys: string[];
  q: { isPending: boolean; error: unknown; data: D | undefined };
  rows: (d: D) => R[];
  columns: Column<R>[];
  canWrite: boolean;
  Form: (p: DefinitionFormProps<S>) => React.ReactNode;
}) {
  const [editing, setEditing] = useState<Named<S> | null>(null);
  // A new key after each save remounts the form, so its fields go back to the defaults.
  const [saved, setSaved] = useState(0);
  const done = () => {
    setEditing(null);
    setSaved((n) => n + 1);
  };
  const put = usePutDefinition(path, keys, done);
  const del = useDeleteDefinition(path, keys);
  const actions: Column<R> = {
    head: ACTIONS,
    tone: () => 'actions',
    cell: (d) => (
      <>
        <button type="button" aria-label={`Edit ${what} ${d.name}`} onClick={() => setEditing(d)}>
          Edit
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${what} ${d.name}`}
          title={`Delete the ${what} ${d.name}?`}
          confirmLabel="Delete"
          danger
          onConfirm={() => del.mutate(d.name)}
        />
      </>
    ),
  };
  return (
    <CardTable
      title={title}
      q={q}
      rows={rows}
      label={label}
      rowKey={(d) => d.name}
      columns={canWrite ? [...columns, actions] : columns}
    >
      {del.error ? <ErrorBox error={del.error} title={`The ${what} was not deleted`} /> : null}
      {canWrite ? <Form key={`${editing?.name ?? ''}#${saved}`} editing={editing} put={put} done={done} /> : null}
    </CardTable>
  );
}
