import type { ReactNode } from 'react';

/**
 * Where an element (a link, a button's name) goes in a sentence, whatever the language's word
 * order: the message is asked for with SLOT as its argument, and the element replaces it. Plain
 * ASCII: Chrome's i18n drops control characters always and a private-use one now and then
 * ("pulsa .Preseleccionar" in a Spanish browser test under load).
 */
export const SLOT = '@@slot@@';

export function Slotted({ text, slot }: { text: string; slot: ReactNode }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {slot}
      {text.slice(at + SLOT.length)}
    </>
  );
}
