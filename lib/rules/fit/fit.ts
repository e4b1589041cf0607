import type { Brief } from '../../model/brief';
import type { PageReading } from '../../model/reading';
import type { Evidence, Fit, FitComponent, LabelledComment } from '../../model/verdict';
import { containsPhrase, excerpt, fold, hashtagsIn, tagKey } from '../text';
import { countriesIn } from './countries';
import type { LanguageDetector } from './detector';
import { languageName } from './language-name';
import { followerSpan } from './follower-span';
import { num, say } from '../say';
import { count } from '../stats';

const WEIGHTS = { topic: 0.35, hashtags: 0.15, language: 0.25, location: 0.15, followers: 0.1 };
/** Texts shorter than this (in words) say too little about their language. */
const MIN_WORDS_FOR_LANGUAGE = 3;
const MIN_TEXTS_FOR_LANGUAGE = 5;

interface Text {
  kind: 'post' | 'profile';
  id: string;
  folded: string;
  raw: string;
  tags: Set<string>;
  /** The countries it names (countriesIn), read when a brief first asks for them. */
  countries?: { code: string; match: string }[];
}

const textsCache = new WeakMap<PageReading, Text[]>();

/** Bio and captions of a reading, folded, with their hashtags (computed once per reading object). */
export function creatorTexts(reading: PageReading): Text[] {
  const cached = textsCache.get(reading);
  if (cached) return cached;
  const texts: Text[] = [];
  textsCache.set(reading, texts);
  const bio = reading.profile?.bio;
  if (bio)
    texts.push({
      kind: 'profile',
      id: 'bio',
      raw: bio,
      folded: fold(bio),
      tags: new Set(hashtagsIn(bio)),
    });
  for (const p of reading.posts) {
    const raw = p.caption ?? '';
    const tags = new Set([...p.hashtags.map(tagKey), ...hashtagsIn(raw)]);
    if (raw || tags.size || p.mentions.length)
      texts.push({ kind: 'post', id: p.id, raw, folded: fold(raw), tags });
  }
  return texts;
}

const ev = (t: Text, detail: string): Evidence => ({ kind: t.kind, id: t.id, detail });

function topic(brief: Brief, texts: Text[]): FitComponent | null {
  const phrases = [
    ...(brief.keywords ?? []),
    ...(brief.brand ? [brief.brand] : []),
    ...(brief.product ? [brief.product] : []),
  ]
    .map(fold)
    .filter(Boolean);
  if (!phrases.length) return null;
  if (!texts.length)
    return {
      id: 'topic',
      score: null,
      weight: WEIGHTS.topic,
      message: 'no bio or captions to compare with the keywords',
      said: say('fcNoTexts'),
      evidence: [],
    };
  const matched = new Set<string>();
  const evidence: Evidence[] = [];
  let textsMatching = 0;
  for (const t of texts) {
    const hits = phrases.filter(
      (k) =>
        containsPhrase(t.folded, k) ||
        [...t.tags].some((tag) => tag.includes(k.replace(/\s+/g, ''))),
    );
    if (hits.length) {
      textsMatching++;
      hits.forEach((h) => matched.add(h));
      evidence.push(ev(t, `${hits.join(', ')}: "${excerpt(t.raw, 60)}"`));
    }
  }
  const score = 0.5 * (matched.size / phrases.length) + 0.5 * (textsMatching / texts.length);
  return {
    id: 'topic',
    score,
    weight: WEIGHTS.topic,
    message: `${matched.size} of ${phrases.length} keywords found, in ${textsMatching} of ${texts.length} texts (bio and captions)`,
    said: say(
      'fcTopic',
      num(matched.size),
      num(phrases.length),
      num(textsMatching),
      num(texts.length),
    ),
    evidence,
  };
}

function hashtags(brief: Brief, texts: Text[]): FitComponent | null {
  const wanted = (brief.hashtags ?? []).map(tagKey).filter(Boolean);
  if (!wanted.length) return null;
  const used = new Set(texts.flatMap((t) => [...t.tags]));
  const found = wanted.filter((w) => used.has(w));
  return {
    id: 'hashtags',
    score: found.length / wanted.length,
    weight: WEIGHTS.hashtags,
    message: `${found.length} of ${wanted.length} campaign hashtags used`,
    said: say('fcHashtags', num(found.length), num(wanted.length)),
    evidence: found.flatMap((f) => {
      const t = texts.find((x) => x.tags.has(f));
      return t ? [ev(t, `#${f}`)] : [];
    }),
  };
}

function language(
  brief: Brief,
  texts: Text[],
  comments: readonly LabelledComment[],
  detect?: LanguageDetector,
): FitComponent | null {
  const wanted = brief.languages ?? [];
  if (!wanted.length) return null;
  if (!detect)
    return {
      id: 'language',
      score: null,
      weight: WEIGHTS.language,
      message: 'language not checked (no detector in this view)',
      said: say('fcNoDetector'),
      evidence: [],
    };
  const samples = [
    ...comments
      .filter((c) => !c.isCreatorReply && c.label !== 'spam')
      .map((c) => ({ e: { kind: 'comment' as const, id: c.id }, text: c.text })),
    ...texts.map((t) => ({ e: { kind: t.kind, id: t.id }, text: t.raw })),
  ].filter((s) => s.text.split(/\s+/).length >= MIN_WORDS_FOR_LANGUAGE);
  const counts = new Map<string, number>();
  const evidence: Evidence[] = [];
  let detected = 0;
  for (const s of samples) {
    const lang = detect(s.text.replace(/[@#][\p{L}\p{N}._]+/gu, ' '));
    if (!lang) continue;
    detected++;
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
    if (wanted.includes(lang) && evidence.length < 5)
      evidence.push({
        ...s.e,
        detail: `${languageName(lang)}: "${excerpt(s.text, 50)}"`,
        said: say('evLanguageQuote', { language: lang }, excerpt(s.text, 50)),
      });
  }
  // A language seen in one text of many is usually a misreading of a short text: counted, not named.
  const named = [...counts]
    .filter(([l, n]) => wanted.includes(l) || n >= 2 || detected < 10)
    .sort((a, b) => b[1] - a[1]);
  const rest = detected - named.reduce((t, [, n]) => t + n, 0);
  const summary = [
    ...named.map(([l, n]) => `${languageName(l)} ${n}`),
    ...(rest ? [`other ${rest}`] : []),
  ].join(', ');
  if (detected < MIN_TEXTS_FOR_LANGUAGE)
    return {
      id: 'language',
      score: null,
      weight: WEIGHTS.language,
      message: `language not checked: only ${detected} text${detected === 1 ? '' : 's'} long enough to tell`,
      said: say('fcFewTexts', num(detected)),
      evidence,
    };
  const inTarget = wanted.reduce((n, l) => n + (counts.get(l) ?? 0), 0);
  return {
    id: 'language',
    score: inTarget / detected,
    weight: WEIGHTS.language,
    message: `${inTarget} of ${detected} comments and captions in ${wanted.map(languageName).join('/')} (${summary})`,
    said: say(
      'fcLanguage',
      num(inTarget),
      num(detected),
      wanted.map(languageName).join('/'),
      summary,
    ),
    evidence,
  };
}

function location(brief: Brief, texts: Text[]): FitComponent | null {
  const wanted = brief.countries ?? [];
  if (!wanted.length) return null;
  const evidence: Evidence[] = [];
  const other: string[] = [];
  for (const t of texts)
    for (const c of (t.countries ??= countriesIn(t.raw, t.folded))) {
      if (wanted.includes(c.code)) evidence.push(ev(t, `${c.code} ("${c.match}")`));
      else if (!other.includes(c.code)) other.push(c.code);
    }
  const targets = [...new Set(evidence.map((e) => e.detail.slice(0, 2)))].join(', ');
  if (evidence.length)
    return {
      id: 'location',
      score: 1,
      weight: WEIGHTS.location,
      message: `target country mentioned (${targets})`,
      said: say('fcTargetCountry', targets),
      evidence,
    };
  if (other.length)
    return {
      id: 'location',
      score: 0,
      weight: WEIGHTS.location,
      message: `only other countries mentioned (${other.slice(0, 5).join(', ')})`,
      said: say('fcOtherCountries', other.slice(0, 5).join(', ')),
      evidence: [],
    };
  return {
    id: 'location',
    score: null,
    weight: WEIGHTS.location,
    message: 'no country mentioned in bio or captions',
    said: say('fcNoCountry'),
    evidence: [],
  };
}

function followerRange(brief: Brief, followers: number | null): FitComponent | null {
  const range = brief.followers;
  if (!range || (range.min === undefined && range.max === undefined)) return null;
  const span = followerSpan(range);
  if (followers === null)
    return {
      id: 'followers',
      score: null,
      weight: WEIGHTS.followers,
      message: 'no follower count to compare with the brief',
      said: say('fcNoFollowers'),
      evidence: [],
    };
  const inside =
    (range.min === undefined || followers >= range.min) &&
    (range.max === undefined || followers <= range.max);
  return {
    id: 'followers',
    score: inside ? 1 : 0,
    weight: WEIGHTS.followers,
    message: `${count(followers)} follower${followers === 1 ? '' : 's'} ${inside ? 'within' : 'outside'} the brief's range ${span.text}`,
    said: say(inside ? 'fcFollowersWithin' : 'fcFollowersOutside', num(followers), {
      said: span.said,
    }),
    evidence: [
      {
        kind: 'profile',
        id: 'followers',
        detail: count(followers),
        said: say('evCount', num(followers)),
      },
    ],
  };
}

/** Audience fit 0..1 against a brief, from the evidence a public page shows. */
export function computeFit(
  reading: PageReading,
  brief: Brief | null | undefined,
  comments: readonly LabelledComment[],
  detectLanguage?: LanguageDetector,
): Fit {
  if (!brief) return { score: null, message: 'no campaign brief', components: [], evidence: [] };
  const texts = creatorTexts(reading);
  const components = [
    topic(brief, texts),
    hashtags(brief, texts),
    language(brief, texts, comments, detectLanguage),
    location(brief, texts),
    followerRange(brief, reading.profile?.followers.value ?? null),
  ].filter((c): c is FitComponent => c !== null);
  const scored = components.filter((c) => c.score !== null);
  const weight = scored.reduce((n, c) => n + c.weight, 0);
  const score = weight > 0 ? scored.reduce((n, c) => n + c.weight * c.score!, 0) / weight : null;
  const unchecked = components.filter((c) => c.score === null).map((c) => c.message);
  const message =
    score === null
      ? `nothing to compare with the brief "${brief.name}"${unchecked.length ? ` (${unchecked.join('; ')})` : ''}`
      : `fit with "${brief.name}" from ${scored.map((c) => c.id).join(', ')}${unchecked.length ? `; ${unchecked.join('; ')}` : ''}`;
  return { score, message, components, evidence: components.flatMap((c) => c.evidence) };
}
