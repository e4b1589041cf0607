import { t, type MessageKey } from '../../../lib/i18n/messages';
import type { Sender } from '../../../lib/model/settings-store';

const FIELDS = {
  name: 'senderName',
  company: 'senderCompany',
  email: 'senderEmail',
  website: 'senderWebsite',
} as const satisfies Record<keyof Sender, MessageKey>;

/** Who signs the outreach drafts. */
export function SenderFields(props: { sender: Sender; onChange: (sender: Sender) => void }) {
  return (
    <fieldset>
      <legend>{t('senderLegend')}</legend>
      {(Object.keys(FIELDS) as (keyof Sender)[]).map((k) => (
        <label key={k}>
          {t(FIELDS[k])}{' '}
          <input
            value={props.sender[k]}
            onChange={(e) => props.onChange({ ...props.sender, [k]: e.currentTarget.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
