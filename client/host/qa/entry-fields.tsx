// The selects the host's entry forms share: which judge (optionally "the host") and which
// presenter a question or comment is recorded for.
import type { HostView } from '../../../shared/protocol/index.ts';

type Presenter = HostView['presenters'][number];

export function JudgeSelect({ view, value, onChange, label, none }: { view: HostView; value: string; onChange: (id: string) => void; label: string; none: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {view.judges.map((j) => (
          <option key={j.id} value={j.id}>
            {j.title ? `${j.name}（${j.title}）` : j.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PresenterSelect({ options, value, onChange, label, currentId, currentTag }: { options: Presenter[]; value: string; onChange: (id: string) => void; label: string; currentId: string | null; currentTag: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.unit}
            {p.id === currentId ? `（${currentTag}）` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
