import { createRoot } from 'react-dom/client';

function Placeholder() {
  return <main style={{ fontFamily: 'sans-serif', padding: 24 }}><h1>擂台 Leitai</h1><p>index</p></main>;
}

createRoot(document.getElementById('root')!).render(<Placeholder />);
