import { useState } from 'react';
import { t, type MessageKey } from '../../lib/i18n/messages';
import {
  LOG_MAX,
  LOG_TEXT_MAX,
  LogChannel,
  sortLog,
  type LogEntry,
} from '../../lib/model/conversation-log';
import type { CreatorRecord } from '../../lib/model/creator';
import { blockText } from '../../lib/outreach/plain-text';
import { formatCount, formatDateTime } from '../../lib/panel/format';
import { errorText, sendMessage } from './store';
import { Button } from '../common/Button';
import { countedText } from '../../lib/i18n/plural';

const CHANNEL_LABEL: Record<LogChannel, MessageKey> = {
  email: 'logChannelEmail',
  dm: 'logChannelDm',
  call: 'logChannelCall',
  meeting: 'logChannelMeeting',
  other: 'logChannelOther',
};

export const channelLabel = (channel: LogChannel): string => t(CHANNEL_LABEL[channel]);

/** A time as a datetime-local input shows it: the browser's local time, to the minute. */
function localInput(at: number | string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

type Draft = { when: string; channel: LogChannel; text: string };
const blank = (): Draft => ({ when: localInput(Date.now()), channel: 'email', text: '' });

/**
 * The creator's dated conversations: an editor (date and time defaulting to now, channel, text)
 * above the list, newest first, each with edit and delete. Saved through creator/update as
 * additions and removals of whole entries, so a conversation logged in another tab is kept.
 */
export function ConversationLog({
  record,
  reload,
}: {
  record: CreatorRecord;
  reload: () => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft>(blank);
  const [editing, setEditing] = useState<LogEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<LogEntry | null>(null);
  const log = sortLog(record.log);
  const full = log.length >= LOG_MAX && editing === null;

  const change = async (patch: { logAdd?: LogEntry[]; logRemove?: LogEntry[] }) => {
    const res = await sendMessage({
      type: 'creator/update',
      key: { platform: record.platform, handle: record.handle },
      patch,
    });
    if (!res.ok) setMessage(errorText(res.error));
    else await reload();
    return res.ok;
  };

  const save = async () => {
    const time = Date.parse(draft.when);
    if (draft.when === '' || Number.isNaN(time)) return setMessage(t('logBadTime'));
    const text = draft.text.trim();
    if (text === '') return setMessage(t('logNoText'));
    if (text.length > LOG_TEXT_MAX)
      return setMessage(t('logTooLong', formatCount(LOG_TEXT_MAX), formatCount(text.length)));
    const entry: LogEntry = { at: new Date(time).toISOString(), channel: draft.channel, text };
    const ok = await change({ logAdd: [entry], ...(editing && { logRemove: [editing] }) });
    if (!ok) return;
    setMessage(editing ? t('saved') : t('logAdded'));
    setDeleted(null);
    setEditing(null);
    setDraft(blank());
  };

  const remove = async (entry: LogEntry) => {
    if (await change({ logRemove: [entry] })) {
      setMessage(t('logDeleted'));
      setDeleted(entry);
      if (editing && editing === entry) setEditing(null);
    }
  };

  const undo = async (entry: LogEntry) => {
    if (await change({ logAdd: [entry] })) {
      setMessage(t('logAdded'));
      setDeleted(null);
    }
  };

  return (
    <section className="conversation-log" aria-labelledby="log-title" data-testid="scout-log">
      <h3 id="log-title">{t('logTitle')}</h3>
      <form
        className="log-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="row">
          <label>
            {t('logWhen')}{' '}
            <input
              type="datetime-local"
              value={draft.when}
              onChange={(e) => setDraft({ ...draft, when: e.currentTarget.value })}
              data-testid="scout-log-when"
            />
          </label>
          <label>
            {t('logChannel')}{' '}
            <select
              value={draft.channel}
              onChange={(e) =>
                setDraft({ ...draft, channel: LogChannel.parse(e.currentTarget.value) })
              }
              data-testid="scout-log-channel"
            >
              {LogChannel.options.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('logText')}
          <textarea
            rows={3}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
            data-testid="scout-log-text"
          />
        </label>
        <div className="row">
          <Button variant="primary" type="submit" disabled={full} data-testid="scout-log-save">
            {editing ? t('logSaveEdit') : t('logAdd')}
          </Button>
          {editing ? (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setDraft(blank());
              }}
            >
              {t('logCancelEdit')}
            </button>
          ) : null}
        </div>
        {full ? (
          <p className="hint warn" data-testid="scout-log-full">
            {t('logFull', formatCount(LOG_MAX))}
          </p>
        ) : null}
        {message ? (
          <p role="status">
            {message}{' '}
            {deleted ? (
              <button type="button" onClick={() => void undo(deleted)}>
                {t('logUndo')}
              </button>
            ) : null}
          </p>
        ) : null}
      </form>
      {log.length === 0 ? (
        <p className="hint">{t('logEmpty')}</p>
      ) : (
        <>
          <p className="hint">{countedText(log.length, 'logCountOne', 'logCountMany')}</p>
          <ol className="log-entries">
            {log.map((entry, i) => {
              const when = formatDateTime(entry.at);
              return (
                <li key={`${entry.at}:${i}`} data-testid="scout-log-entry">
                  <p className="log-head">
                    <time dateTime={entry.at}>{when}</time> · {channelLabel(entry.channel)}
                    <button
                      type="button"
                      aria-label={t('logEditOf', when)}
                      onClick={() => {
                        setEditing(entry);
                        setDraft({
                          when: localInput(entry.at),
                          channel: entry.channel,
                          text: entry.text,
                        });
                      }}
                    >
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('logDeleteOf', when)}
                      onClick={() => void remove(entry)}
                    >
                      {t('delete')}
                    </button>
                  </p>
                  <p className="log-text">
                    <bdi>{blockText(entry.text, LOG_TEXT_MAX)}</bdi>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
