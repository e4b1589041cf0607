import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import { Button } from '../common/Button';
import { showGroup } from './campaign-header';
import { errorText, sendMessage } from './store';

/** The top of the campaign page: a new campaign by its name, and the campaigns to choose from. */
export function CampaignPicker(props: {
  campaigns: Campaign[];
  activeCampaignId: string | null;
  selected: string | null;
  onSelect: (id: string) => void;
  /** A campaign was made: it is chosen next. */
  onCreated: (id: string) => Promise<void>;
}) {
  const { campaigns, selected } = props;
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const create = async () => {
    const res = await sendMessage({
      type: 'campaign/create',
      campaign: {
        name,
        brief: null,
        startsOn: null,
        endsOn: null,
        offer: null,
        templateIds: [],
        landingUrl: null,
      },
    });
    setMessage(res.ok ? t('campCreated', res.data.campaign.name) : errorText(res.error));
    if (res.ok) {
      setName('');
      showGroup(null);
      await props.onCreated(res.data.campaign.id);
    }
  };
  return (
    <div className="campaigns-top">
      <h2>{t('campHeading')}</h2>
      <form
        className="toolbar campaign-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          <span className="cs-visually-hidden">{t('campNewName')}</span>
          <input
            value={name}
            placeholder={t('campNewName')}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="scout-campaign-name"
          />
        </label>
        <Button variant="primary" type="submit" disabled={name.trim() === ''}>
          {t('campCreate')}
        </Button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      <ul className="campaign-list">
        {campaigns.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              aria-pressed={c.id === selected}
              onClick={() => {
                // Another campaign opens on its own default group.
                if (c.id !== selected) showGroup(null);
                props.onSelect(c.id);
              }}
            >
              {c.name}
              {c.id === props.activeCampaignId ? t('campActiveMark') : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
