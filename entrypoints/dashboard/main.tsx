import '../../lib/i18n/browser-first';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import '../../components/dashboard/dashboard.css';
import { applyPageTokens } from '../../components/common/tokens';
import { applyZodLocale } from '../../lib/i18n/zod-locale';

applyPageTokens();
applyZodLocale();

createRoot(document.getElementById('root')!).render(<Dashboard />);
