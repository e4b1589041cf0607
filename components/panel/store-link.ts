import type { Send } from '../../lib/panel/controller';
import { sendMessage } from '../../lib/store/client';

/** The panel's way to the background store: the typed client (validated both ways, never throws). */
export const sendToStore: Send = (request) => sendMessage(request);
