import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import '../../components/dashboard/dashboard.css';
import { loadBrowserMessages } from '../../lib/i18n/browser-source';
import { applyPageTokens } from '../../components/common/tokens';

applyPageTokens();
loadBrowserMessages();

createRoot(document.getElementById('root')!).render(<Dashboard />);
