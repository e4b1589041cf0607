import '../../lib/i18n/browser-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';
import { applyPageTokens } from '../../components/common/tokens';

applyPageTokens();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
