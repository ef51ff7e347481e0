// Short messages in a corner: the server's refusal in its own words, or a quiet confirmation.
import { create } from 'zustand';

interface Toast {
  id: number;
  text: string;
  kind: 'error' | 'ok';
}

const useToasts = create<{ items: Toast[] }>(() => ({ items: [] }));
let seq = 0;

export function toast(text: string, kind: Toast['kind'] = 'error'): void {
  const id = ++seq;
  useToasts.setState((s) => ({ items: [...s.items.slice(-3), { id, text, kind }] }));
  setTimeout(() => dismiss(id), kind === 'error' ? 6000 : 2500);
}

function dismiss(id: number): void {
  useToasts.setState((s) => ({ items: s.items.filter((t) => t.id !== id) }));
}

export function Toasts() {
  const items = useToasts((s) => s.items);
  return (
    <div className="toasts" aria-live="assertive">
      {items.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} onClick={() => dismiss(t.id)}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
