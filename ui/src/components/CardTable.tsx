// One card and one table shape for every list: a card is a titled region, a column is a header and a cell
// renderer (numeric columns align right), and QueryTable adds the loading / error / empty states of its query.
import { QueryView } from './states.tsx';

export interface Column<T> {
  head: React.ReactNode;
  cell: (row: T) => React.ReactNode;
  /** Right-aligned (numbers). */
  num?: boolean;
  /** Extra class of a cell (e.g. 'bad' for a failing value). */
  tone?: (row: T) => string | undefined;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  selected,
  className,
}: {
  label: string;
  className?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, i: number) => string | number;
  selected?: (row: T) => boolean;
}) {
  return (
    <table aria-label={label} className={className}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are a fixed list
            <th key={i} scope="col" className={c.num ? 'num' : undefined}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          <tr key={rowKey(r, ri)} className={selected?.(r) ? 'selected' : undefined}>
            {columns.map((c, i) => {
              const cls = [c.num ? 'num' : '', c.tone?.(r) ?? ''].filter(Boolean).join(' ');
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are a fixed list
                <td key={i} className={cls || undefined}>
                  {c.cell(r)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A query's rows as a table; an empty list shows the empty state instead. */
export function QueryTable<D, T>({
  q,
  rows,
  emptyText,
  ...table
}: {
  q: { isPending: boolean; error: unknown; data: D | undefined };
  rows: (d: D) => T[];
  emptyText?: string;
} & Omit<Parameters<typeof DataTable<T>>[0], 'rows'>) {
  return (
    <QueryView q={q} empty={(d) => rows(d).length === 0} emptyText={emptyText}>
      {(d) => <DataTable rows={rows(d)} {...table} />}
    </QueryView>
  );
}

/** The "Actions" column header, named for screen readers only. */
export const ACTIONS = <span className="sr-only">Actions</span>;

/** A titled region (its heading names it for screen readers). */
export function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A card holding one query's table, with whatever else the card needs (forms, actions) under it. */
export function CardTable<D, T>({
  title,
  children,
  ...table
}: { title: string; children?: React.ReactNode } & Parameters<typeof QueryTable<D, T>>[0]) {
  return (
    <Card title={title}>
      <QueryTable {...table} />
      {children}
    </Card>
  );
}
