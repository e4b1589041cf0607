import type { LinkPlatformParam, LinkSettings } from '../../lib/model/settings';

const CHOICES: { id: LinkPlatformParam; text: string }[] = [
  {
    id: 'utm_term',
    text: 'as utm_term (utm_term=instagram; utm_source stays "influencer", as the method writes it)',
  },
  { id: 'utm_source', text: 'as utm_source (utm_source=instagram or tiktok)' },
  { id: 'none', text: 'not at all' },
];

/** Where a generated tracked link names the creator's platform, so analytics can split by it. */
export function LinkSettingsField(props: {
  links: LinkSettings;
  onChange: (links: LinkSettings) => void;
}) {
  return (
    <fieldset data-testid="scout-settings-links">
      <legend>Tracked links: name the platform</legend>
      {CHOICES.map((c) => (
        <label key={c.id} className="preset-choice">
          <input
            type="radio"
            name="link-platform"
            value={c.id}
            checked={props.links.platformParam === c.id}
            onChange={() => props.onChange({ ...props.links, platformParam: c.id })}
          />
          <span>{c.text}</span>
        </label>
      ))}
      <p className="hint">Links already made keep their parameters; new ones follow this choice.</p>
    </fieldset>
  );
}
