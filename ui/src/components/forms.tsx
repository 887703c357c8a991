// Form building blocks shared by the create / edit forms: a labelled input or select, a form that submits its
// FormData to a mutation and shows the API's refusal under it, and readers for the submitted values.
import { ErrorBox } from './states.tsx';

type InputProps = React.InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, className, ...input }: { label: React.ReactNode; className?: string } & InputProps) {
  return (
    <label className={className}>
      {label}
      <input {...input} />
    </label>
  );
}

export function TextArea({
  label,
  className = 'wide',
  ...area
}: { label: React.ReactNode; className?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <label className={className}>
      {label}
      <textarea rows={3} {...area} />
    </label>
  );
}

/** Options are values, or [value, text] pairs. */
export function SelectField({
  label,
  options,
  ...select
}: { label: React.ReactNode; options: readonly (string | readonly [string, string])[] } & Omit<
  React.SelectHTMLAttributes<HTMLSelectElement>,
  'children'
>) {
  return (
    <label>
      {label}
      <select {...select}>
        {options.map((o) =>
          typeof o === 'string' ? (
            <option key={o}>{o}</option>
          ) : (
            <option key={o[0]} value={o[0]}>
              {o[1]}
            </option>
          ),
        )}
      </select>
    </label>
  );
}

/**
 * A form that hands its values to `onSubmit`, with a submit button (or `actions`) and the mutation's error.
 * `reset` clears the fields after a submit (one-line "new X" forms).
 */
export function ActionForm({
  label,
  title,
  submit,
  m,
  errorTitle,
  onSubmit,
  row = false,
  card = false,
  danger = false,
  reset = false,
  actions,
  after,
  children,
}: {
  label: string;
  title?: React.ReactNode;
  submit: string;
  /** The mutation the form drives: pending disables the button, its error shows under the form. */
  m: { isPending: boolean; error: unknown };
  errorTitle: string;
  onSubmit: (f: FormData, form: HTMLFormElement) => void;
  /** A one-line form (plain button) rather than a grid (primary button). */
  row?: boolean;
  /** A form standing alone on the page: its own card, its title a card (h2) heading. */
  card?: boolean;
  /** The submit button starts something drastic (it is red). */
  danger?: boolean;
  reset?: boolean;
  actions?: React.ReactNode;
  /** Shown under the buttons and the error (a result, a report). */
  after?: React.ReactNode;
  children: React.ReactNode;
}) {
  const button = (
    <button type="submit" className={danger ? 'danger' : row ? undefined : 'primary'} disabled={m.isPending}>
      {submit}
    </button>
  );
  return (
    <form
      className={`${card ? 'card ' : ''}${row ? 'row' : 'form-grid'}`}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget), e.currentTarget);
        if (reset) e.currentTarget.reset();
      }}
    >
      {title ? card ? <h2>{title}</h2> : <h3>{title}</h3> : null}
      {children}
      {actions ? (
        <div className="row">
          {button}
          {actions}
        </div>
      ) : (
        button
      )}
      {m.error ? <ErrorBox error={m.error} title={errorTitle} /> : null}
      {after}
    </form>
  );
}

/** A filter bar: Apply hands the fields to `onApply` (which puts them in the URL); `actions` follow Apply. */
export function FilterForm({
  label,
  onApply,
  actions,
  children,
}: {
  label: string;
  onApply: (f: FormData) => void;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <form
      className="filters"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(new FormData(e.currentTarget));
      }}
    >
      {children}
      <button type="submit" className="primary">
        Apply
      </button>
      {actions}
    </form>
  );
}

/** The trimmed text of a field ('' when absent). */
export const text = (f: FormData, name: string): string => String(f.get(name) ?? '').trim();

/** A number field, or undefined when left empty. */
export function optNum(f: FormData, name: string): number | undefined {
  const v = text(f, name);
  return v === '' ? undefined : Number(v);
}

/** Comma- or line-separated values, empty ones dropped. */
export const list = (f: FormData, name: string): string[] =>
  text(f, name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** An object without its undefined / empty-string entries (optional API fields are left out, not sent empty). */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
