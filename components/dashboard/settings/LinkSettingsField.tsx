import { t, type MessageKey } from '../../../lib/i18n/messages';
import type { LinkPlatformParam, LinkSettings } from '../../../lib/model/settings';

const CHOICES: { id: LinkPlatformParam; text: MessageKey }[] = [
  { id: 'utm_term', text: 'linksUtmTerm' },
  { id: 'utm_source', text: 'linksUtmSource' },
  { id: 'none', text: 'linksNone' },
];

/** Where a generated tracked link names the creator's platform, so analytics can split by it. */
export function LinkSettingsField(props: {
  links: LinkSettings;
  onChange: (links: LinkSettings) => void;
}) {
  return (
    <fieldset data-testid="scout-settings-links">
      <legend>{t('linksLegend')}</legend>
      {CHOICES.map((c) => (
        <label key={c.id} className="preset-choice">
          <input
            type="radio"
            name="link-platform"
            value={c.id}
            checked={props.links.platformParam === c.id}
            onChange={() => props.onChange({ ...props.links, platformParam: c.id })}
          />
          <span>{t(c.text)}</span>
        </label>
      ))}
      <p className="hint">{t('linksHint')}</p>
    </fieldset>
  );
}
