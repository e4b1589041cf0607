import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import '../../components/dashboard/dashboard.css';

createRoot(document.getElementById('root')!).render(<Dashboard />);
