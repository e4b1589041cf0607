import { createRoot } from 'react-dom/client';

function Popup() {
  return (
    <main>
      <h1>Creator Scout</h1>
      <p>Your shortlist will appear here.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
