import { t } from '../../lib/i18n/messages';
import { useState } from 'react';
import type { CreatorRecord } from '../../lib/model/creator';
import { errorText, sendMessage } from './store';
import { Button } from '../common/Button';

/** The tags of one creator, saved through creator/update (the conversations are ./ConversationLog.tsx). */
export function NotesTags({
  record,
  reload,
}: {
  record: CreatorRecord;
  reload: () => Promise<void>;
}) {
  const [tags, setTags] = useState(record.tags.join(', '));
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    const res = await sendMessage({
      type: 'creator/update',
      key: { platform: record.platform, handle: record.handle },
      patch: {
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      },
    });
    setMessage(res.ok ? t('saved') : errorText(res.error));
    if (res.ok) await reload();
  };
  return (
    <form
      className="notes"
      aria-labelledby="notes-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="notes-title">{t('tagsTitle')}</h3>
      <label>
        {t('tagsCommaSeparated')}
        <input
          value={tags}
          onChange={(e) => setTags(e.currentTarget.value)}
          data-testid="scout-tags"
        />
      </label>
      <Button variant="primary" type="submit" data-testid="scout-save-notes">
        {t('saveTags')}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </form>
  );
}
