import { loadBrowserMessages } from './browser-source';

// Imported first by an extension page's entry, so that the browser's messages are in place before
// any other module is evaluated (a label computed at load would otherwise find none).
loadBrowserMessages();
