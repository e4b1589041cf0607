import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';
import { loadBrowserMessages } from '../../lib/i18n/browser-source';
import { applyPageTokens } from '../../components/common/tokens';

applyPageTokens();
loadBrowserMessages();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
