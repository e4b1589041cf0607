import { createRoot } from 'react-dom/client';

function Dashboard() {
  return (
    <main>
      <h1>Creator Scout dashboard</h1>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Dashboard />);
