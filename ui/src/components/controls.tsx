// Shared page controls: the time-range picker and auto-refresh (both in the URL), a time cell with UTC on
// hover, a copy button, and a confirmation dialog.
import { useEffect, useId, useRef, useState } from 'react';
import { fmtTime, RANGES } from '../format.ts';
import { useParams } from '../route.ts';

export function useTimeControls() {
  const [params] = useParams();
  const range = params.range && RANGES[params.range] ? params.range : '24h';
  const refresh = Number(params.refresh ?? 0);
  return { range, refetchInterval: refresh > 0 ? refresh * 1000 : (false as const) };
}

export function TimeControls() {
  const [params, set] = useParams();
  return (
    <div className="controls" role="group" aria-label="Time range and refresh">
      <label>
        Time range{' '}
        <select
          value={params.range ?? '24h'}
          onChange={(e) => set({ range: e.target.value === '24h' ? undefined : e.target.value })}
        >
          <option value="1h">Last hour</option>
          <option value="24h">Last 24 hours</option>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
        </select>
      </label>
      <RefreshSelect />
    </div>
  );
}

function RefreshSelect() {
  const [params, set] = useParams();
  return (
    <label>
      Auto-refresh{' '}
      <select
        value={params.refresh ?? '0'}
        onChange={(e) => set({ refresh: e.target.value === '0' ? undefined : e.target.value })}
      >
        <option value="0">Off</option>
        <option value="5">5 s</option>
        <option value="30">30 s</option>
        <option value="60">1 min</option>
      </select>
    </label>
  );
}

/** Auto-refresh alone, for pages that show state rather than a time range (registry, collections). */
export function RefreshControl() {
  return (
    <div className="controls" role="group" aria-label="Refresh">
      <RefreshSelect />
    </div>
  );
}

export function Time({ t }: { t: number | string | null | undefined }) {
  const f = fmtTime(t);
  return (
    <time dateTime={f.utc} title={`${f.utc.replace('T', ' ').replace('Z', ' UTC')}`}>
      {f.text}
    </time>
  );
}

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        navigator.clipboard?.writeText(text).then(
          () => setDone(true),
          () => setDone(false),
        );
      }}
    >
      {done ? 'Copied' : label}
    </button>
  );
}

/** A modal confirmation (native <dialog>: focus trapped, Escape closes). */
export function Confirm({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = false,
}: {
  open: boolean;
  title: string;
  children?: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={onCancel} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="row end">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A button that asks first. `onConfirm` returning false keeps the dialog open (e.g. a required reason is missing).
 */
export function ConfirmButton({
  label,
  title,
  confirmLabel,
  onConfirm,
  danger = false,
  ariaLabel,
  disabled,
  children,
}: {
  label: string;
  title: string;
  confirmLabel: string;
  onConfirm: () => unknown;
  danger?: boolean;
  ariaLabel?: string;
  disabled?: boolean;
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={danger ? 'danger' : undefined}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <Confirm
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        danger={danger}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          if (onConfirm() !== false) setOpen(false);
        }}
      >
        {children}
      </Confirm>
    </>
  );
}

export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
