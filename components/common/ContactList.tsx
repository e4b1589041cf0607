import { useState } from 'react';
import type { Contact } from '../../lib/model/contact';
import { CONTACT_WORDS as W } from './contact-words';

/** Shows at most this much of an address or link; the copy button copies all of it. */
const SHOWN = 60;
const shown = (s: string) => (s.length <= SHOWN ? s : `${s.slice(0, SHOWN - 1)}…`);

function CopyButton({ value }: { value: string }) {
  const [notice, setNotice] = useState('');
  return (
    <>
      <button
        type="button"
        className="contact-copy cs-btn"
        data-variant="ghost"
        aria-label={W.copyLabel(value)}
        onClick={() => {
          // Inside the click: the clipboard accepts a write from a user gesture.
          navigator.clipboard.writeText(value).then(
            () => setNotice(W.copied),
            () => setNotice(W.copyFailed),
          );
        }}
      >
        {W.copy}
      </button>
      <span role="status" className="contact-notice">
        {notice}
      </span>
    </>
  );
}

/**
 * The e-mails and links the creator's page showed, each with where it was read and a one-click
 * copy. Text only: addresses and links are page text and never become HTML.
 */
export function ContactList({
  contact,
  level = 3,
}: {
  contact: Contact | null | undefined;
  /** The heading's level where it sits (the panel's sections are h2). */
  level?: 2 | 3;
}) {
  if (!contact) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  const empty = contact.emails.length + contact.links.length === 0;
  return (
    <section className="contact" data-testid="contact" aria-label={W.heading}>
      <Heading className="contact-heading">{W.heading}</Heading>
      {empty ? (
        <p className="contact-none muted">{W.none}</p>
      ) : (
        <ul className="contact-list">
          {contact.emails.map((e) => (
            <li key={`e:${e.address}`} data-contact="email">
              <bdi className="contact-value">{shown(e.address)}</bdi>{' '}
              <span className="contact-where muted">{W.where(e.where)}</span>{' '}
              <CopyButton value={e.address} />
            </li>
          ))}
          {contact.links.map((l) => (
            <li key={`l:${l.url}`} data-contact={l.linkInBio ? 'link-in-bio' : 'link'}>
              <bdi className="contact-value">{shown(l.url.replace(/^https?:\/\//, ''))}</bdi>{' '}
              <span className="contact-where muted">
                {l.linkInBio ? W.linkInBio(l.linkInBio) : W.where(l.where)}
              </span>{' '}
              <CopyButton value={l.url} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
