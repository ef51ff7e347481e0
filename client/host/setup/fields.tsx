// Small form pieces shared by the setup sections.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';

export function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/**
 * A number input that lets the operator type freely ("", "0.", "-") and reports a number only
 * when the text is one; an empty box reports NaN, which the server then names as the problem.
 */
export function NumField({ value, onChange, step, min, label, className }: {
  value: number;
  onChange: (n: number) => void;
  step?: number;
  min?: number;
  label?: string;
  className?: string;
}) {
  const [text, setText] = useState(Number.isFinite(value) ? String(value) : '');
  useEffect(() => {
    if (Number(text) !== value && !(text === '' && Number.isNaN(value))) setText(Number.isFinite(value) ? String(value) : '');
    // Only an outside change (import, paste) should overwrite what is being typed.
  }, [value]);
  return (
    <input
      className={className ?? 'input num'}
      type="number"
      inputMode="decimal"
      aria-label={label}
      step={step ?? 'any'}
      min={min}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
      }}
    />
  );
}

export function TextInput({ value, onChange, label, placeholder, className }: {
  value: string;
  onChange: (s: string) => void;
  label?: string;
  placeholder?: string;
  className?: string;
}) {
  return <input className={className ?? 'input'} aria-label={label} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />;
}

/** ↑ ↓ ✕ for one row of an editable table. */
export function RowButtons<T>({ list, index, set }: { list: T[]; index: number; set: (next: T[]) => void }) {
  const t = useT(setupStrings);
  return (
    <span className="row-buttons">
      <button type="button" className="icon-btn" title={t('moveUp')} aria-label={t('moveUp')} disabled={index === 0} onClick={() => set(move(list, index, -1))}>
        ↑
      </button>
      <button type="button" className="icon-btn" title={t('moveDown')} aria-label={t('moveDown')} disabled={index === list.length - 1} onClick={() => set(move(list, index, 1))}>
        ↓
      </button>
      <button type="button" className="icon-btn danger" title={t('remove')} aria-label={t('remove')} onClick={() => set(list.filter((_, i) => i !== index))}>
        ✕
      </button>
    </span>
  );
}

export function move<T>(list: T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function patchAt<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** Server issues whose field path starts with one of `prefixes` (e.g. "judges", "judgeGroups"). */
export function issuesUnder(issues: string[], prefixes: string[]): string[] {
  return issues.filter((m) => prefixes.some((p) => m.startsWith(`${p}:`) || m.startsWith(`${p}[`) || m.startsWith(`${p}.`)));
}

/** Whether an issue names row `index` of `list` ("judges[2].group: …"). */
export const rowHasIssue = (issues: string[], list: string, index: number) => issues.some((m) => m.startsWith(`${list}[${index}]`));

/** Turns a raw server issue into the sentence shown (set by the form, which knows the rows). */
export const IssueText = createContext<(raw: string) => string>((raw) => raw);

export function SectionIssues({ issues }: { issues: string[] }) {
  const text = useContext(IssueText);
  if (issues.length === 0) return null;
  return (
    <ul className="issues" role="alert">
      {issues.map((m) => (
        <li key={m}>{text(m)}</li>
      ))}
    </ul>
  );
}

export function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="panel form-section">
      <header className="section-head">
        <h2>{title}</h2>
        {extra}
      </header>
      {children}
    </section>
  );
}
