import { useState } from 'react';
import {
  defaultRuleSettings,
  RuleSettings,
  Thresholds,
  type BenchmarkRow,
  type EngagementPreset,
  type PriceRange,
  type PricingSettings,
  type Tier,
} from '../../lib/model/settings';
import { formulaText } from '../../lib/rules/pricing/price-text';
import type { Sender } from '../../lib/model/settings-store';
import { errorText, sendMessage, type DashboardData } from './store';
import { LinkSettingsField } from './LinkSettingsField';
import { plainSource } from '../../lib/panel/evidence-words';
import { settingPathText, THRESHOLD_LABELS } from '../../lib/dashboard/threshold-labels';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function Num(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  percent?: boolean;
}) {
  const shown =
    props.value === null ? '' : String(round(props.percent ? props.value * 100 : props.value));
  return (
    <label className="num-input">
      <span className={props.label.startsWith('@') ? 'visually-hidden' : undefined}>
        {props.label.replace(/^@/, '')}
      </span>
      <input
        type="number"
        step="any"
        value={shown}
        onChange={(e) => {
          const t = e.currentTarget.value;
          const n = t === '' ? null : Number(t);
          props.onChange(
            n === null || !Number.isFinite(n) ? null : props.percent ? round(n / 100) : n,
          );
        }}
      />
    </label>
  );
}

const PRESETS: readonly { id: EngagementPreset; name: string; text: string }[] = [
  {
    id: 'seed',
    name: "The seed's rule (default)",
    text: '6–10%+ healthy for nano (1K–10K followers), 3–6% for micro (10K–100K), below 1% a red flag; by followers on both platforms.',
  },
  {
    id: 'modash',
    name: 'Modash medians',
    text: "what typical accounts reach (Modash's study of 72M+ Instagram profiles; TikTok by views, Nov 2025): lower bands than the seed's.",
  },
];

/** Sender details and the rule settings: tier table, benchmark tables, thresholds. */
export function SettingsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const [sender, setSender] = useState<Sender>(props.data.settings.sender);
  const [rules, setRules] = useState<RuleSettings>(props.data.settings.rules);
  const [message, setMessage] = useState<string | null>(null);
  const check = RuleSettings.safeParse(rules);

  const save = async () => {
    if (!check.success) return;
    const res = await sendMessage({ type: 'settings/set', patch: { sender, rules: check.data } });
    setMessage(res.ok ? 'Settings saved.' : errorText(res.error));
    if (res.ok) await props.reload();
  };
  const setTier = (i: number, patch: Partial<Tier>) =>
    setRules({ ...rules, tiers: rules.tiers.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const setRow = (b: number, r: number, patch: Partial<BenchmarkRow>) =>
    setRules({
      ...rules,
      benchmarks: rules.benchmarks.map((table, j) =>
        j === b
          ? { ...table, rows: table.rows.map((row, k) => (k === r ? { ...row, ...patch } : row)) }
          : table,
      ),
    });
  const pricing = rules.pricing;
  const setPricing = (patch: Partial<PricingSettings>) =>
    setRules({ ...rules, pricing: { ...pricing, ...patch } });
  const setTierRange = (id: string, range: PriceRange | null) => {
    const { [id]: _old, ...rest } = pricing.tierRanges;
    setPricing({ tierRanges: range ? { ...rest, [id]: range } : rest });
  };
  return (
    <>
      <h2>Settings</h2>
      <fieldset>
        <legend>Sender (signs outreach drafts)</legend>
        {(['name', 'company', 'email', 'website'] as const).map((k) => (
          <label key={k}>
            {k[0]!.toUpperCase() + k.slice(1)}{' '}
            <input
              value={sender[k]}
              onChange={(e) => setSender({ ...sender, [k]: e.currentTarget.value })}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Tiers (followers: from, inclusive; to, exclusive; empty = no limit)</legend>
        <table>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Label</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {rules.tiers.map((t, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Tier ${i + 1} id`}
                    value={t.id}
                    onChange={(e) => setTier(i, { id: e.currentTarget.value })}
                    size={8}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Tier ${i + 1} label`}
                    value={t.label}
                    onChange={(e) => setTier(i, { label: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <Num
                    label={`@Tier ${i + 1} from`}
                    value={t.min}
                    onChange={(v) => setTier(i, { min: v ?? 0 })}
                  />
                </td>
                <td>
                  <Num
                    label={`@Tier ${i + 1} to`}
                    value={t.max}
                    onChange={(v) => setTier(i, { max: v })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>Engagement benchmark</legend>
        {PRESETS.map((p) => (
          <label key={p.id} className="preset-choice">
            <input
              type="radio"
              name="engagement-preset"
              value={p.id}
              checked={rules.engagementPreset === p.id}
              onChange={() => setRules({ ...rules, engagementPreset: p.id })}
            />
            <span>
              <strong>{p.name}</strong>: {p.text}
            </span>
          </label>
        ))}
        <p className="hint">
          Whatever the preset, (likes + comments) ÷ followers below{' '}
          {Math.round(rules.thresholds.redFlagRate * 1000) / 10}% is flagged: the seed's red flag.
          Tables not in the preset still rate follower counts it has no row for.
        </p>
      </fieldset>
      {rules.benchmarks.map((table, b) => (
        <fieldset key={table.id}>
          <legend>
            Benchmark: {table.name}, by {table.basis}. Source: {plainSource(table.source)}.
          </legend>
          <table>
            <thead>
              <tr>
                <th scope="col">Followers from</th>
                <th scope="col">to</th>
                <th scope="col">Low below (%)</th>
                <th scope="col">High above (%)</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  <td>
                    <Num
                      label={`@${table.name} row ${r + 1} from`}
                      value={row.min}
                      onChange={(v) => setRow(b, r, { min: v ?? 0 })}
                    />
                  </td>
                  <td>
                    <Num
                      label={`@${table.name} row ${r + 1} to`}
                      value={row.max}
                      onChange={(v) => setRow(b, r, { max: v })}
                    />
                  </td>
                  <td>
                    <Num
                      label={`@${table.name} row ${r + 1} low`}
                      percent
                      value={row.low}
                      onChange={(v) => setRow(b, r, { low: v ?? 0 })}
                    />
                  </td>
                  <td>
                    <Num
                      label={`@${table.name} row ${r + 1} high`}
                      percent
                      value={row.high}
                      onChange={(v) => setRow(b, r, { high: v })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      ))}
      <fieldset className="pricing" data-testid="scout-settings-pricing">
        <legend>Fair price per post</legend>
        <p className="hint">{formulaText(pricing)}</p>
        <label>
          Currency{' '}
          <input
            value={pricing.currency}
            size={4}
            onChange={(e) => setPricing({ currency: e.currentTarget.value.toUpperCase() })}
          />
        </label>
        <Num
          label="Per 1,000 followers, Instagram"
          value={pricing.perThousand.instagram}
          onChange={(v) =>
            setPricing({ perThousand: { ...pricing.perThousand, instagram: v ?? Number.NaN } })
          }
        />
        <Num
          label="Per 1,000 followers, TikTok"
          value={pricing.perThousand.tiktok}
          onChange={(v) =>
            setPricing({ perThousand: { ...pricing.perThousand, tiktok: v ?? Number.NaN } })
          }
        />
        <Num
          label="Engagement for × 1 (%)"
          percent
          value={pricing.referenceRate}
          onChange={(v) => setPricing({ referenceRate: v ?? Number.NaN })}
        />
        <Num
          label="Engagement multiplier, least"
          value={pricing.multiplierMin}
          onChange={(v) => setPricing({ multiplierMin: v ?? Number.NaN })}
        />
        <Num
          label="Engagement multiplier, most"
          value={pricing.multiplierMax}
          onChange={(v) => setPricing({ multiplierMax: v ?? Number.NaN })}
        />
        <Num
          label="Range around the estimate, ± (%)"
          percent
          value={pricing.spread}
          onChange={(v) => setPricing({ spread: v ?? Number.NaN })}
        />
        <table>
          <caption>
            Usual price per post (empty “from” = none for the tier; empty “to” = no limit)
          </caption>
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...rules.tiers.map((t) => ({ id: t.id, label: t.label })),
              { id: '', label: 'Flat fee' },
            ].map(({ id, label }) => {
              const range = id ? (pricing.tierRanges[id] ?? null) : pricing.flatFee;
              const set = (next: PriceRange | null) =>
                id ? setTierRange(id, next) : next && setPricing({ flatFee: next });
              return (
                <tr key={id || 'flat'} data-testid={`scout-price-range-${id || 'flat'}`}>
                  <th scope="row">{label}</th>
                  <td>
                    <Num
                      label={`@${label} usual price from`}
                      value={range?.min ?? null}
                      onChange={(v) => set(v === null ? null : { min: v, max: range?.max ?? null })}
                    />
                  </td>
                  <td>
                    <Num
                      label={`@${label} usual price to`}
                      value={range?.max ?? null}
                      onChange={(v) => range && set({ ...range, max: v })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <LinkSettingsField links={rules.links} onChange={(links) => setRules({ ...rules, links })} />
      <fieldset className="thresholds">
        <legend>Thresholds</legend>
        {(Object.keys(Thresholds.shape) as (keyof Thresholds)[]).map((key) => (
          <Num
            key={key}
            label={THRESHOLD_LABELS[key].label}
            percent={THRESHOLD_LABELS[key].percent}
            value={rules.thresholds[key]}
            onChange={(v) =>
              setRules({ ...rules, thresholds: { ...rules.thresholds, [key]: v ?? Number.NaN } })
            }
          />
        ))}
      </fieldset>
      {!check.success ? (
        <div role="alert" className="errors">
          <p>Not saved yet; fix:</p>
          <ul>
            {check.error.issues.map((i, n) => (
              <li key={n}>
                {settingPathText(i.path)}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button
        type="button"
        disabled={!check.success}
        onClick={() => void save()}
        data-testid="scout-save-settings"
      >
        Save settings
      </button>{' '}
      <button type="button" onClick={() => setRules(structuredClone(defaultRuleSettings))}>
        Restore default rules
      </button>
      {message ? <p role="status">{message}</p> : null}
    </>
  );
}
