import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { CreatorRecord } from '../../lib/model/creator';
import { WebLink } from '../../lib/model/messages';
import { CopyButton } from './CopyButton';
import { errorText, sendMessage } from './store';
import { Button } from '../common/Button';

/** The creator's affiliate link: typed, checked as a web address, saved through creator/update. */
export function AffiliateLinkField({
  record,
  reload,
}: {
  record: CreatorRecord;
  reload: () => Promise<void>;
}) {
  const [value, setValue] = useState(record.affiliateLink ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  // The stored link changes under the field when an import sets it or the data reloads.
  const [shown, setShown] = useState(record.affiliateLink);
  if (shown !== record.affiliateLink) {
    setShown(record.affiliateLink);
    setValue(record.affiliateLink ?? '');
  }
  const save = async () => {
    const typed = value.trim();
    const link = typed === '' ? null : WebLink.safeParse(typed);
    if (link && !link.success) {
      setInvalid(true);
      return setMessage(t('affiliateInvalid'));
    }
    setInvalid(false);
    const res = await sendMessage({
      type: 'creator/update',
      key: { platform: record.platform, handle: record.handle },
      patch: { affiliateLink: link ? link.data : null },
    });
    setMessage(res.ok ? t('saved') : errorText(res.error));
    if (res.ok) await reload();
  };
  return (
    <form
      className="affiliate-link"
      aria-labelledby="affiliate-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="affiliate-title">{t('affiliateTitle')}</h3>
      <p className="hint" id="affiliate-hint">
        {t('affiliateHint')} {record.affiliateLink ? t('affiliateEmpty') : null}
      </p>
      <div className="toolbar">
        <input
          type="url"
          inputMode="url"
          aria-labelledby="affiliate-title"
          aria-describedby="affiliate-hint"
          aria-invalid={invalid}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          data-testid="scout-affiliate-link"
        />
        <Button variant="primary" type="submit" data-testid="scout-affiliate-save">
          {t('affiliateSave')}
        </Button>
        {record.affiliateLink ? (
          <CopyButton text={record.affiliateLink} label={t('affiliateCopyLabel')} />
        ) : null}
      </div>
      {message ? (
        <p role={invalid ? 'alert' : 'status'} data-testid="scout-affiliate-message">
          {message}
        </p>
      ) : null}
    </form>
  );
}
