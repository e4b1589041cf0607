import type { AudienceLists } from '../content-script/audience-collector';
import type { CreatorRecord } from '../model/creator';
import { defaultRuleSettings } from '../model/settings';
import type { PageReading, Platform } from '../model/reading';
import type { Snapshot } from '../model/snapshot';
import type { Verdict } from '../model/verdict';
import type { LanguageDetector } from '../rules/fit/detector';
import { summarizeAudience, toAggregate, type AudienceSample } from '../rules/audience/sample';
import { scoreReading, toSnapshot } from '../rules/score';
import { audienceView, type AudienceView } from './audience';
import { changeSinceLastVisit, type ChangeView } from './change';
import {
  isShortlistedIn,
  shortlistView,
  type ShortlistState,
  type ShortlistView,
} from './shortlist';
import {
  creatorKeyOf,
  defaultCampaignContext,
  keyParts,
  loadCampaignContext,
  loadCreatorRecord,
  safeSend,
  type CampaignContext,
  type Send,
} from './store-context';
import { displayText } from './text';
import { panelView, type PanelView } from './view';
import { postCaptionView, type PostCaptionView } from './post-caption';
import { createVisitRecorder } from './visit-recorder';
import { t } from '../i18n/messages';

export type { Send } from './store-context';

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
  /** The followers and likers samples read from the lists the page loaded (empty until opened). */
  audience: AudienceView[];
  /** The active campaign's approval checks on this post's caption, when its author is shortlisted. */
  caption: PostCaptionView | null;
}

const HOUR_MS = 3_600_000;
const DEFAULT_RECORD_DELAY_MS = 1_500;

/** A reading's content without its time: equal prints score the same. */
const contentOf = (r: PageReading): string => {
  try {
    return JSON.stringify({ ...r, readAt: '' });
  } catch {
    return String(Math.random());
  }
};

/**
 * The panel's state for one tab: scores each reading with the creator's history, the active
 * campaign's brief and the rule settings from the store; records each visit; shortlists. A reading
 * for another URL or creator clears everything shown at once, and answers that arrive for an
 * earlier creator are dropped (each navigation starts a new `generation`).
 */
export function createPanelController(deps: ControllerDeps) {
  const now = deps.now ?? (() => new Date());
  const send = safeSend(deps.send);

  let generation = 0;
  let reading: PageReading | null = null;
  let readingPrint = '';
  let verdict: Verdict | null = null;
  let key: string | null = null;
  let campaigns: CampaignContext = defaultCampaignContext;
  let record: CreatorRecord | null = null;
  let shortlistState: ShortlistState = 'unknown';
  let change: ChangeView | null = null;
  let notice: string | null = null;
  /** Why the current reading could not be scored or shown (a reader bug), or null. */
  let failure: string | null = null;
  let disposed = false;
  /** Accounts of the lists the page loaded, in memory only; the samples computed from them. */
  let audienceLists: AudienceLists = {};
  let audiencePrint = '';
  let samples: AudienceSample[] = [];
  const listsPrint = (lists: AudienceLists | undefined) =>
    `${lists?.followers?.length ?? 0}:${lists?.likers?.length ?? 0}`;

  const recorder = createVisitRecorder({
    send,
    now,
    delayMs: deps.recordDelayMs ?? DEFAULT_RECORD_DELAY_MS,
    setTimer: deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer:
      deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
    onResult: (gen, response) => {
      if (gen !== generation) return;
      if (!response.ok) {
        notice = t('couldntSaveVisit', response.error.message);
        emit();
      } else if (response.data.creator) {
        // Keep the history the rules score with as it was before this visit.
        record = { ...response.data.creator, snapshots: record?.snapshots ?? [] };
      }
    },
  });

  /** A reading the view cannot show (a reader bug) becomes "couldn't read", never stale numbers. */
  const safeView = (): PanelView => {
    const thresholds = campaigns.settings.thresholds;
    try {
      if (failure !== null) throw new Error(failure);
      return panelView({ reading, verdict, brief: campaigns.brief, thresholds });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      const unreadable = reading && {
        ...reading,
        status: 'unreadable' as const,
        statusReason: t('couldntShowPage', why),
        profile: null,
        posts: [],
        comments: [],
      };
      return panelView({ reading: unreadable, verdict: null, brief: null, thresholds });
    }
  };

  const state = (): PanelState => ({
    key,
    handle: reading?.handle ?? null,
    view: safeView(),
    shortlist: shortlistView(
      shortlistState,
      campaigns.campaignName ? displayText(campaigns.campaignName, 40) : null,
      key !== null,
    ),
    change,
    notice,
    audience:
      reading?.status === 'ok'
        ? samples.flatMap((sample) => {
            const v = audienceView(
              sample,
              campaigns.settings.audience ?? defaultRuleSettings.audience,
            );
            return v ? [v] : [];
          })
        : [],
    caption: safeCaption(),
  });
  const safeCaption = (): PostCaptionView | null => {
    try {
      return postCaptionView({
        reading,
        record,
        campaignId: campaigns.campaignId,
        campaignName: campaigns.campaignName ? displayText(campaigns.campaignName, 40) : null,
        brief: campaigns.brief,
      });
    } catch {
      return null;
    }
  };
  const emit = () => {
    if (!disposed) deps.onChange(state());
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
      const thresholds = campaigns.settings.audience ?? defaultRuleSettings.audience;
      samples = (['followers', 'likers'] as const).flatMap((kind) => {
        const accounts = audienceLists[kind];
        return accounts?.length
          ? [
              summarizeAudience(accounts, {
                platform: deps.platform,
                kind,
                thresholds,
                brief: campaigns.brief,
                detectLanguage: deps.detectLanguage,
              }),
            ]
          : [];
      });
      const followers = samples.find((x) => x.kind === 'followers');
      verdict = scoreReading(reading, {
        audience: followers ? toAggregate(followers) : null,
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
      // Visits are recorded once the store said what it holds (shortlist state known).
      if (reading.status === 'ok' && key !== null && shortlistState !== 'unknown')
        recorder.schedule(generation, { reading, verdict, key });
      else recorder.cancel();
    } catch (error) {
      verdict = null;
      change = null;
      failure = error instanceof Error ? error.message : String(error);
    }
  };

  /** Loads what scoring needs for the creator now shown; a newer navigation wins. */
  const loadContext = async (gen: number, creatorKey: string | null) => {
    const [loaded, creator] = await Promise.all([
      loadCampaignContext(send),
      creatorKey === null ? null : loadCreatorRecord(send, creatorKey),
    ]);
    if (gen !== generation) return;
    campaigns = loaded.context;
    record = creator?.record ?? null;
    notice = loaded.problem ?? creator?.problem ?? null;
    shortlistState = isShortlistedIn(record, campaigns.campaignId) ? 'done' : 'idle';
    rescore();
    emit();
  };

  return {
    /** A new reading of the page; `navigated`: the URL changed, so nothing shown may remain. */
    update(next: PageReading, navigated: boolean, audience?: AudienceLists) {
      const nextKey = creatorKeyOf(deps.platform, next);
      if (navigated || nextKey !== key || reading === null) {
        recorder.flush();
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
        audienceLists = audience ?? {};
        audiencePrint = listsPrint(audience);
        samples = [];
        // Clear the old creator's numbers before anything else can be awaited.
        emit();
        rescore();
        emit();
        void loadContext(generation, key);
        return;
      }
      // The page re-reads on every change of its DOM; an identical reading changes nothing.
      const print = contentOf(next);
      const lists = listsPrint(audience);
      if (print === readingPrint && lists === audiencePrint) return;
      reading = next;
      readingPrint = print;
      audienceLists = audience ?? {};
      audiencePrint = lists;
      rescore();
      emit();
    },

    /** Adds the creator to the active campaign (or the plain shortlist without one). */
    async shortlist() {
      if (key === null || !reading || shortlistState === 'saving' || shortlistState === 'done')
        return;
      const gen = generation;
      shortlistState = 'saving';
      emit();
      // The visit waiting for the page to be quiet is recorded now: a tab closed right after the
      // click must not leave a shortlisted creator without the posts its draft quotes.
      recorder.flush();
      const response = await send({
        type: 'creator/shortlist',
        key: keyParts(key),
        displayName: reading.profile?.displayName ?? null,
      });
      if (gen !== generation) return;
      if (response.ok) {
        shortlistState = 'done';
        notice = null;
        record = { ...response.data.creator, snapshots: record?.snapshots ?? [] };
      } else {
        shortlistState = 'error';
        notice = t('couldntShortlist', response.error.message);
      }
      emit();
    },

    state,

    /** Scores the current reading again (more context arrived, e.g. comment languages). */
    refresh() {
      if (!reading || disposed) return;
      rescore();
      emit();
    },
    dispose() {
      recorder.flush();
      disposed = true;
      generation++;
    },
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
