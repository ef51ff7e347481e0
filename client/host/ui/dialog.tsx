// One modal at a time, awaited like window.confirm/prompt but styled, bilingual and testable.
// Enter confirms, Escape cancels; run-of-show shortcuts are off while it is open.
import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { useNow } from '../../common/clock.ts';

interface DialogSpec {
  title: string;
  lines?: string[];
  /**
   * What follows the room while the dialog is open, read again four times a second: the lines of a
   * cut of the speaker's running time; the judges still missing at 仍然亮分, title and all, since
   * they keep submitting behind it (a dialog naming seven judges as 未提交 beside 已提交 7/7).
   */
  live?: () => Partial<Pick<DialogSpec, 'title' | 'lines' | 'confirm' | 'danger'>>;
  confirm: string;
  cancel: string;
  danger?: boolean;
  /** When set, the dialog asks for text (e.g. the reason for going back). */
  input?: {
    label: string;
    initial?: string;
    maxLength?: number;
    required?: boolean;
    /** What is wrong with the text as typed, or null: said under the field, and 确定 waits (a wrong count closed the dialog into a toast). */
    check?: (text: string) => string | null;
  };
  /** When set, the dialog asks to pick one (e.g. the question to merge into); resolves to its value. */
  choices?: { value: string; label: string; hint?: string }[];
}

interface Open extends DialogSpec {
  /** A new body per dialog: its text starts from this spec, never from the last dialog's. */
  id: number;
  resolve: (value: string | null) => void;
}
let opened = 0;

export const useDialog = create<{ open: Open | null }>(() => ({ open: null }));

function show(spec: DialogSpec): Promise<string | null> {
  return new Promise((resolve) => {
    useDialog.getState().open?.resolve(null);
    useDialog.setState({ open: { ...spec, id: ++opened, resolve } });
  });
}

export const confirmDialog = async (spec: Omit<DialogSpec, 'input' | 'choices'>) => (await show(spec)) !== null;
export const promptDialog = (spec: Omit<DialogSpec, 'choices'> & { input: NonNullable<DialogSpec['input']> }) => show(spec);
export const chooseDialog = (spec: Omit<DialogSpec, 'input'> & { choices: NonNullable<DialogSpec['choices']> }) => show(spec);

export function Dialog() {
  const open = useDialog((s) => s.open);
  return open ? <DialogBody key={open.id} open={open} /> : null;
}

function DialogBody({ open: spec }: { open: Open }) {
  const open = { ...spec, ...spec.live?.() };
  // The initial text is state from the first render: set in an effect after paint, it would
  // wipe what a quick hand typed in between (the void dialog then read an empty serial).
  const [text, setText] = useState(() => open.input?.initial ?? open.choices?.[0]?.value ?? '');
  useNow(spec.live !== undefined, 250);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    (open.input ? inputRef.current : confirmRef.current)?.focus();
  }, [spec]);
  // A reason the server requires (going back, voiding a code): 确定 waits for it, so the dialog
  // stays open instead of closing into a refusal the operator has to start over from.
  const problem = text.trim() === '' ? null : (open.input?.check?.(text) ?? null);
  const missing = (open.input?.required === true && text.trim() === '') || problem !== null;
  const close = (value: string | null) => {
    useDialog.setState({ open: null });
    open.resolve(value);
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close(null)}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={open.title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close(null);
          if (e.key === 'Enter' && (open.input || open.choices) && !missing) close(text);
        }}
      >
        <h2>{open.title}</h2>
        {open.lines?.map((l, i) => (
          <p key={i}>{l}</p>
        ))}
        {open.input && (
          <label className="field">
            <span>{open.input.label}</span>
            <input ref={inputRef} className="input" value={text} maxLength={open.input.maxLength ?? 200} aria-required={open.input.required === true} aria-invalid={problem !== null} onChange={(e) => setText(e.target.value)} />
            {problem && (
              <span className="field-error" role="alert" data-testid="dialog-problem">
                {problem}
              </span>
            )}
          </label>
        )}
        {open.choices && (
          <div className="choices" role="radiogroup" aria-label={open.title}>
            {open.choices.map((c) => (
              <label key={c.value} className={c.value === text ? 'choice picked' : 'choice'}>
                <input type="radio" name="dialog-choice" value={c.value} checked={c.value === text} onChange={() => setText(c.value)} />
                <span className="choice-label">{c.label}</span>
                {c.hint && <span className="muted small">{c.hint}</span>}
              </label>
            ))}
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={() => close(null)}>
            {open.cancel}
          </button>
          <button ref={confirmRef} type="button" className={open.danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={missing} onClick={() => close(text)}>
            {open.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
