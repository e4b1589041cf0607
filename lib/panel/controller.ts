import type { Brief } from '../model/brief';
import type { CreatorRecord } from '../model/creator';
import type { RequestInput, RequestType, Response } from '../model/messages';
import type { PageReading, Platform } from '../model/reading';
import { defaultRuleSettings, type RuleSettings } from '../model/settings';
import type { Snapshot } from '../model/snapshot';
import type { Verdict } from '../model/verdict';
import type { LanguageDetector } from '../rules/fit/detector';
import { scoreReading, toSnapshot } from '../rules/score';
import { changeSinceLastVisit, type ChangeView } from './change';
import {
  isShortlistedIn,
  shortlistView,
  type ShortlistState,
  type ShortlistView,
} from './shortlist';
import { displayText } from './text';
import { panelView, type PanelView } from './view';

export type Send = <T extends RequestType>(request: RequestInput<T>) => Promise<Response<T>>;

export interface ControllerDeps {
  platform: Platform;
  send: Send;
  now?: () => Date;
  detectLanguage?: LanguageDetector;
  /** Called after every change of state (render). */
  onChange: (state: PanelState) => void;
  /** Quiet time after the last reading before its visit is recorded. */
  recordDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface PanelState {
  /** Creator key of what is shown (`platform:handle`), null when the page names no creator. */
  key: string | null;
  handle: string | null;
  view: PanelView;
  shortlist: ShortlistView;
  change: ChangeView | null;
  /** A store failure worth telling (plain text), or null. */
  notice: string | null;
}

interface Campaigns {
  brief: Brief | null;
  campaignId: string | null;
  campaignName: string | null;
  settings: RuleSettings;
}

const HOUR_MS = 3_600_000;

interface Visit {
  reading: PageReading;
  verdict: Verdict;
  key: string;
}
const DEFAULT_RECORD_DELAY_MS = 1_500;

const keyOf = (platform: Platform, reading: PageReading | null): string | null => {
  const raw: unknown = reading?.handle;
  const handle = typeof raw === 'string' ? raw.trim().replace(/^@/, '').toLowerCase() : null;
  return handle ? `${platform}:${handle}` : null;
};

/** A reading's content without its time. */
const contentOf = (r: PageReading): string => {
  try {
    return JSON.stringify({ ...r, readAt: '' });
  } catch {
    return String(Math.random());
  }
};

/** The snapshot without its time: two visits with equal fingerprints need not be sent twice. */
const fingerprint = (s: Snapshot): string => JSON.stringify({ ...s, at: '' });

/**
 * The panel's state for one tab: scores each reading with the creator's history, the active
 * campaign's brief and the rule settings from the store; records each visit; shortlists. A reading
 * for another URL or creator clears everything shown at once, and answers that arrive for an
 * earlier creator are dropped.
 */
export function createPanelController(deps: ControllerDeps) {
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const recordDelay = deps.recordDelayMs ?? DEFAULT_RECORD_DELAY_MS;

  let generation = 0;
  let reading: PageReading | null = null;
  /** The current reading's content without its time: equal prints score the same. */
  let readingPrint = '';
  let verdict: Verdict | null = null;
  let key: string | null = null;
  let campaigns: Campaigns = {
    brief: null,
    campaignId: null,
    campaignName: null,
    settings: defaultRuleSettings,
  };
  let record: CreatorRecord | null = null;
  let shortlistState: ShortlistState = 'unknown';
  let change: ChangeView | null = null;
  let notice: string | null = null;
  let recordTimer: unknown = null;
  let pendingVisit: (() => void) | null = null;
  /** Why the current reading could not be scored or shown (a reader bug), or null. */
  let failure: string | null = null;
  const lastSent = new Map<string, string>();
  let disposed = false;

  const state = (): PanelState => {
    const view = safeView();
    const canShortlist = key !== null;
    return {
      key,
      handle: reading?.handle ?? null,
      view,
      shortlist: shortlistView(
        shortlistState,
        campaigns.campaignName ? displayText(campaigns.campaignName, 40) : null,
        canShortlist,
      ),
      change,
      notice,
    };
  };
  const emit = () => {
    if (!disposed) deps.onChange(state());
  };

  /** A reading the view cannot show (a reader bug) becomes "couldn't read", never stale numbers. */
  const safeView = () => {
    try {
      if (failure !== null) throw new Error(failure);
      return panelView({
        reading,
        verdict,
        brief: campaigns.brief,
        thresholds: campaigns.settings.thresholds,
      });
    } catch (error) {
      const reason = `Creator Scout could not show this page (${error instanceof Error ? error.message : String(error)})`;
      return panelView({
        reading: reading && {
          ...reading,
          status: 'unreadable',
          statusReason: reason,
          profile: null,
          posts: [],
          comments: [],
        },
        verdict: null,
        brief: null,
        thresholds: campaigns.settings.thresholds,
      });
    }
  };

  /** History from earlier clock hours only: a snapshot of this hour is this visit itself. */
  const history = (at: Date): Snapshot[] => {
    const hour = Math.floor(at.getTime() / HOUR_MS);
    return (record?.snapshots ?? []).filter((s) => Math.floor(Date.parse(s.at) / HOUR_MS) < hour);
  };

  const rescore = () => {
    if (!reading) return;
    try {
      const at = now();
      verdict = scoreReading(reading, {
        brief: campaigns.brief,
        history: history(at),
        settings: campaigns.settings,
        now: at,
        detectLanguage: deps.detectLanguage,
      });
      const current = toSnapshot(reading, verdict, at.toISOString());
      change =
        reading.status === 'ok' ? changeSinceLastVisit(record?.snapshots ?? [], current) : null;
      failure = null;
      scheduleRecord();
    } catch (error) {
      verdict = null;
      change = null;
      failure = error instanceof Error ? error.message : String(error);
    }
  };

  /** Schedules recording the current reading once the page has been quiet for a moment. */
  const scheduleRecord = () => {
    if (recordTimer !== null) clearTimer(recordTimer);
    recordTimer = null;
    pendingVisit = null;
    if (!reading || !verdict || reading.status !== 'ok' || key === null) return;
    if (shortlistState === 'unknown') return;
    const gen = generation;
    const visit: Visit = { reading, verdict, key };
    pendingVisit = () => {
      pendingVisit = null;
      void recordVisit(gen, visit);
    };
    recordTimer = setTimer(() => {
      recordTimer = null;
      pendingVisit?.();
    }, recordDelay);
  };

  /** Leaving a creator (navigation, unmount): their visit is recorded now rather than dropped. */
  const flushVisit = () => {
    if (recordTimer !== null) clearTimer(recordTimer);
    recordTimer = null;
    pendingVisit?.();
  };

  const recordVisit = async (gen: number, visit: Visit) => {
    const snapshot = toSnapshot(visit.reading, visit.verdict, now().toISOString());
    const print = fingerprint(snapshot);
    if (lastSent.get(visit.key) === print) return;
    lastSent.set(visit.key, print);
    const response = await deps
      .send({
        type: 'creator/record-visit',
        reading: visit.reading,
        snapshot,
        verdict: visit.verdict as unknown as Record<string, unknown>,
      })
      .catch((error: unknown) => ({
        ok: false as const,
        error: { code: 'unavailable' as const, message: String(error), issues: [] },
      }));
    if (!response.ok) lastSent.delete(visit.key);
    if (gen !== generation) return;
    if (!response.ok) {
      notice = `Couldn't save this visit: ${response.error.message}`;
      emit();
      return;
    }
    if (response.data.creator) {
      // Keep the history the rules score with as it was before this visit.
      record = { ...response.data.creator, snapshots: record?.snapshots ?? [] };
    }
  };

  const loadCampaigns = async (gen: number) => {
    const [list, settings] = await Promise.all([
      deps.send({ type: 'campaign/list' }),
      deps.send({ type: 'settings/get' }),
    ]);
    if (gen !== generation) return;
    const next: Campaigns = { ...campaigns };
    if (settings.ok) next.settings = settings.data.settings.rules;
    if (list.ok) {
      const active = list.data.campaigns.find((c) => c.id === list.data.activeCampaignId) ?? null;
      next.campaignId = active?.id ?? null;
      next.campaignName = active?.name ?? null;
      next.brief = active?.brief ?? null;
    }
    if (!list.ok || !settings.ok)
      notice = `Couldn't load the campaign settings: ${(!list.ok ? list.error : !settings.ok ? settings.error : null)?.message ?? ''}`;
    campaigns = next;
  };

  const loadCreator = async (gen: number, creatorKey: string) => {
    const [platform, ...rest] = creatorKey.split(':');
    const response = await deps.send({
      type: 'creator/get',
      key: { platform: platform as Platform, handle: rest.join(':') },
    });
    if (gen !== generation) return;
    if (response.ok) record = response.data.creator;
    else notice = `Couldn't load this creator's history: ${response.error.message}`;
  };

  /** Loads what scoring needs for the creator now shown; a newer navigation wins. */
  const loadContext = async (gen: number) => {
    try {
      const creatorKey = key;
      await Promise.all([
        loadCampaigns(gen),
        creatorKey === null ? Promise.resolve() : loadCreator(gen, creatorKey),
      ]);
      if (gen !== generation) return;
      shortlistState = isShortlistedIn(record, campaigns.campaignId) ? 'done' : 'idle';
      rescore();
      emit();
    } catch (error) {
      if (gen !== generation) return;
      shortlistState = 'idle';
      notice = `Couldn't reach the extension's storage: ${String(error)}`;
      emit();
    }
  };

  return {
    /** A new reading of the page; `navigated`: the URL changed, so nothing shown may remain. */
    update(next: PageReading, navigated: boolean) {
      const nextKey = keyOf(deps.platform, next);
      const fresh = navigated || nextKey !== key || reading === null;
      if (fresh) {
        flushVisit();
        generation++;
        verdict = null;
        record = null;
        change = null;
        notice = null;
        failure = null;
        shortlistState = 'unknown';
        key = nextKey;
        reading = next;
        readingPrint = contentOf(next);
        // Clear the old creator's numbers before anything else can be awaited.
        emit();
        rescore();
        emit();
        void loadContext(generation);
        return;
      }
      // The page re-reads on every change of its DOM; an identical reading changes nothing.
      const print = contentOf(next);
      if (print === readingPrint) return;
      reading = next;
      readingPrint = print;
      rescore();
      emit();
    },

    /** Adds the creator to the active campaign (or the plain shortlist without one). */
    async shortlist() {
      if (key === null || !reading || shortlistState === 'saving' || shortlistState === 'done')
        return;
      const gen = generation;
      const handle = key.slice(key.indexOf(':') + 1);
      shortlistState = 'saving';
      emit();
      const response = await deps
        .send({
          type: 'creator/shortlist',
          key: { platform: deps.platform, handle },
          displayName: reading.profile?.displayName ?? null,
        })
        .catch((error: unknown) => ({
          ok: false as const,
          error: { code: 'unavailable' as const, message: String(error), issues: [] },
        }));
      if (gen !== generation) return;
      if (response.ok) {
        shortlistState = 'done';
        notice = null;
        record = { ...response.data.creator, snapshots: record?.snapshots ?? [] };
      } else {
        shortlistState = 'error';
        notice = `Couldn't shortlist: ${response.error.message}`;
      }
      emit();
    },

    state,

    dispose() {
      flushVisit();
      disposed = true;
      generation++;
    },
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
