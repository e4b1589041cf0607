import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/messages';
import { PLATFORMS } from '../../lib/model/platforms';
import type { Platform } from '../../lib/model/reading';

/** One account the page points to: its profile link, an add-to-vet button and why it is listed. */
export function ProspectItem({
  platform,
  handle,
  added,
  onAdd,
  children,
}: {
  platform: Platform;
  handle: string;
  added: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <li data-testid="scout-prospect" data-handle={handle}>
      <a
        href={PLATFORMS[platform].profileUrl(handle)}
        target="_blank"
        rel="noopener noreferrer nofollow"
      >
        <bdi>@{handle}</bdi>
      </a>{' '}
      <button
        type="button"
        className="prospect-add"
        data-testid="scout-prospect-add"
        disabled={added}
        onClick={onAdd}
      >
        {added ? t('added') : t('addToVet')}
      </button>
      <p className="prospect-why">{children}</p>
    </li>
  );
}
