// The one-line forms of the 对标 tab: add (or edit) a benchmark or an indicator.
import { useState } from 'react';

type Field = { name: string; label: string; placeholder?: string; optional?: boolean };
type DefFormProps = {
  fields: Field[];
  /** Editing an item: its values to start from, and a way back without saving. */
  initial?: Record<string, string>;
  onCancel?: () => void;
  cancel?: string;
  select?: { name: string; label: string; options: [string, string][] };
  submit: string;
  testId: string;
  onSubmit: (values: Record<string, string>) => Promise<{ ok: boolean }>;
};

/** A one-line form for a benchmark or an indicator; a new one clears itself once the server accepted it. */
export function DefForm({ fields, initial, onCancel, cancel, select, submit, testId, onSubmit }: DefFormProps) {
  const blank = () => initial ?? Object.fromEntries([...fields.map((f) => [f.name, '']), ...(select ? [[select.name, select.options[0]![0]]] : [])]) as Record<string, string>;
  const [values, setValues] = useState(blank);
  const [busy, setBusy] = useState(false);
  const ready = fields.every((f) => f.optional || values[f.name]!.trim() !== '');
  return (
    <form
      className="add-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready || busy) return;
        setBusy(true);
        void onSubmit(values).then((r) => {
          setBusy(false);
          if (r.ok) setValues(blank());
        });
      }}
    >
      {fields.map((f) => (
        <input key={f.name} className="input" name={f.name} aria-label={f.label} placeholder={f.placeholder ?? f.label} value={values[f.name]} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
      ))}
      {select && (
        <select className="input" name={select.name} aria-label={select.label} value={values[select.name]} onChange={(e) => setValues({ ...values, [select.name]: e.target.value })}>
          {select.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
      <button type="submit" className="btn btn-small" disabled={!ready || busy}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          {cancel}
        </button>
      )}
    </form>
  );
}
