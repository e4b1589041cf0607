// Outside the extension its words come from the English file.
import '../lib/i18n/english';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc-min';
import { classifyComment } from '../lib/rules/comments/classify';
import { CLASSES } from '../lib/rules/comments/features';
import { loadModel, shippedModel, type Model } from '../lib/rules/comments/model';
import {
  EVAL_ONLY_SOURCES,
  groupOf,
  handKeys,
  loadAuthored,
  loadHandSample,
  loadHeldout,
  loadLabelled,
  loadSecondReading,
  SAMPLE_PER_SOURCE,
  type LabelledRow,
} from './data/comments/load';
import { label3, type Label3 } from './lib/comment-learner';
import {
  classScores,
  empty,
  f,
  genuineKept,
  macroF1,
  spamBinary,
  table,
  type Matrix,
} from './lib/confusion-matrix';
import {
  EPOCH_CHOICES,
  group,
  SPAM_LINE_CHOICES,
  trainSelected,
  type Selection,
} from './train-comments';

/**
 * `npm run eval:comments`: the whole classifier (certain rules + a model trained without the test
 * rows) on sources it never saw. Leave-one-source-out over every real source (the model trains on
 * the other real sources and every authored set), then leave-one-language-out over the authored
 * sets (never a headline figure: we wrote them). Writes docs/comment-model-evaluation.md.
 * `--errors` also prints the misses of the real folds; `--real` runs the real folds only and writes
 * nothing.
 */

const showErrors = process.argv.includes('--errors');
const realOnly = process.argv.includes('--real');
const real = loadLabelled();
const hand = loadHandSample(real);
/** Each real row's key in the hand-labelled sample ("source\tindex"). */
const handKey = handKeys(real);
/** The hand-labelled sample's truth against the folds' labels, per source. */
const handBySource = new Map<string, Matrix>();
/** The folds' label of each row of the hand-labelled sample, by its key. */
const handPredicted = new Map<string, Label3>();
const authored = loadAuthored();
const sourceOf = group;
const realSources = [...new Set(real.map(sourceOf))];
const trainable = real.filter((r) => !EVAL_ONLY_SOURCES.has(r.source));

/** The settings each fold chose inside its own training rows (nested selection). */
const chosen: { fold: string; selection: Selection }[] = [];

function foldModel(trainRows: readonly LabelledRow[], name: string): Model {
  const { weights, selection } = trainSelected(trainRows, name);
  chosen.push({ fold: name, selection });
  return loadModel(weights);
}

function run(model: Model, rows: readonly LabelledRow[], byLang?: Map<string, Matrix>): Matrix {
  const m = empty();
  for (const r of rows) {
    const truth = label3(r);
    const c = classifyComment(r.text, { model, creatorHandle: r.creator });
    m[truth][c.label]++;
    const handTruth = hand.get(handKey.get(r) ?? '');
    if (handTruth) {
      handPredicted.set(handKey.get(r)!, c.label);
      const g = groupOf(r);
      if (!handBySource.has(g)) handBySource.set(g, empty());
      handBySource.get(g)![handTruth][c.label]++;
      if (showErrors && c.label !== handTruth)
        console.log(
          `  hand ${handTruth}→${c.label} ${g} ${c.reasons.join('; ')} | ${r.text.slice(0, 140).replace(/\s+/g, ' ')}`,
        );
    }
    if (byLang) {
      const lang = r.lang ?? franc(r.text, { minLength: 12 });
      if (!byLang.has(lang)) byLang.set(lang, empty());
      byLang.get(lang)![truth][c.label]++;
    }
    if (showErrors && c.label !== truth && (truth === 'spam' || c.label === 'spam'))
      console.log(
        `  ${truth}→${c.label} ${r.source} ${c.reasons.join('; ')} | ${r.text.slice(0, 140).replace(/\s+/g, ' ')}`,
      );
  }
  return m;
}

const out: string[] = [
  '# Comment model: evaluation on sources it never saw',
  '',
  'Written by `npm run eval:comments` (do not edit by hand). Method: docs/methodology.md, "Comment',
  'labels". Each real source is left out in turn: a model is trained on every other real source and',
  'the authored sets, then the whole classifier (certain rules + that model) labels the left-out',
  "source's comments one by one, without the commenter or timing facts a page adds. The real sets",
  'label spam or not. Of their other comments, those a person labelled generic or genuine (SOURCES.md,',
  '"Labelled by hand") have that truth; the rest have a word list\'s (generic when no words, only tags,',
  'or only praise words; genuine otherwise, which calls most short reactions such as "I love this song"',
  'genuine): the 3-class figures of these tables mix the two truths, and the 3-class aim is measured',
  "on the hand-labelled sample below. Spam figures are the sets' own labels. janitr (X posts labelled for moderation) is never",
  'trained on, only evaluated: its "promo" posts are brands\' own posts, not comments under a',
  "creator's post, and training on it marked ordinary fan words as spam.",
  '',
  'Model selection is nested: each fold chooses its spam line (and its epochs, where there is a choice; the',
  'line is the probability below which a comment the model leans to call spam keeps another label) by an inner',
  'leave-one-source-out over its own training sources only (scripts/train-comments.ts,',
  '`selectSettings`). The left-out source never picks a setting; the choices are listed below.',
  '',
  '## Headline: leave-one-source-out over the real sources',
  '',
  '| left-out source | comments | spam precision | spam recall | spam F1 | genuine kept (not spam) | 3-class macro F1 |',
  '|---|---|---|---|---|---|---|',
];
const details: string[] = [];
const aim: { source: string; f1: number }[] = [];
const pooled = empty();
const byLang = new Map<string, Matrix>();
for (const source of realSources) {
  const test = real.filter((r) => sourceOf(r) === source);
  const trainRows = [...trainable.filter((r) => sourceOf(r) !== source), ...authored];
  const m = run(foldModel(trainRows, `all but ${source}`), test, byLang);
  for (const t of CLASSES) for (const p of CLASSES) pooled[t][p] += m[t][p];
  const b = spamBinary(m);
  out.push(
    `| ${source} | ${test.length} | ${f(b.p)} | ${f(b.r)} | ${f(b.f1)} | ${f(genuineKept(m))} | ${f(macroF1(m))} |`,
  );
  details.push(`### ${source} left out (trained on ${trainRows.length})`, '', ...table(m));
  aim.push({ source, f1: b.f1 });
  console.log(`${source}: spam F1 ${f(b.f1)}, macro F1 ${f(macroF1(m))}`);
}
const met = aim.filter((a) => a.f1 >= 0.95);
const short = aim.filter((a) => a.f1 < 0.95);
out.push(
  '',
  `Aim (issue #15): spam F1 ≥ 0.95 on every left-out real source. Met on ${met.length} of ${aim.length}${met.length ? ` (${met.map((a) => a.source).join(', ')})` : ''}; not met on ${short.map((a) => `${a.source} (${f(a.f1)})`).join(', ') || 'none'}.`,
);
out.push('', 'All real folds pooled:', '', ...table(pooled));

const handPooled = empty();
out.push(
  '## A sample of the real comments labelled by hand: the 3-class aim',
  '',
  "Here every comment's truth is the set's spam label or a person's reading:",
  `${SAMPLE_PER_SOURCE} comments drawn at random from each real source (scripts/draw-real-sample.ts), the sets' own`,
  'spam label kept, every other comment labelled generic or genuine by reading it, without the model',
  '(scripts/data/comments/real-sample-labelled.tsv, SOURCES.md). Labels predicted by the same',
  'leave-one-source-out folds as above.',
  '',
  '| source | comments | spam | generic | genuine | spam F1 | generic F1 | genuine F1 | 3-class macro F1 |',
  '|---|---|---|---|---|---|---|---|---|',
);
for (const source of realSources) {
  const m = handBySource.get(source);
  if (!m) continue;
  for (const t of CLASSES) for (const p of CLASSES) handPooled[t][p] += m[t][p];
  const s = classScores(m);
  out.push(
    `| ${source} | ${CLASSES.reduce((a, c) => a + s[c].n, 0)} | ${s.spam.n} | ${s.generic.n} | ${s.genuine.n} | ${f(s.spam.f1)} | ${f(s.generic.f1)} | ${f(s.genuine.f1)} | ${f(macroF1(m))} |`,
  );
}
out.push('', 'Pooled:', '', ...table(handPooled));
console.log(`hand-labelled sample: macro F1 ${f(macroF1(handPooled))}`);
out.push(...secondReading());
/**
 * How far the sample's truth is one reader's: the second reading against the first (agreement,
 * Cohen's kappa, and its 3-class macro F1 as if it were a model), and the folds' labels against
 * the second reading and on the rows both readings agree on.
 */
function secondReading(): string[] {
  const second = loadSecondReading(real);
  const readers = empty();
  const model = empty();
  const agreed = empty();
  for (const [key, first] of hand) {
    const other = first === 'spam' ? 'spam' : second.get(key);
    const predicted = handPredicted.get(key);
    if (!other || !predicted) throw new Error(`no second reading or label of sample row ${key}`);
    readers[first][other]++;
    model[other][predicted]++;
    if (other === first) agreed[first][predicted]++;
  }
  const both = readers.generic.generic + readers.genuine.genuine;
  const n = both + readers.generic.genuine + readers.genuine.generic;
  const observed = both / n;
  const g1 = (readers.generic.generic + readers.generic.genuine) / n;
  const g2 = (readers.generic.generic + readers.genuine.generic) / n;
  const chance = g1 * g2 + (1 - g1) * (1 - g2);
  const kappa = (observed - chance) / (1 - chance);
  const rowsAgreed = CLASSES.reduce((a, t) => a + CLASSES.reduce((b, p) => b + agreed[t][p], 0), 0);
  console.log(
    `second reading: agreement ${f(observed)}, kappa ${f(kappa)}, its macro F1 ${f(macroF1(readers))}; model on agreed rows ${f(macroF1(agreed))}`,
  );
  return [
    '### A second reading of the sample',
    '',
    `Another reader (an assistant of this project, working blind) read the sample's ${n} comments that`,
    `are not spam again, without the first reading or the model (scripts/data/comments/real-sample-second-reading.tsv, SOURCES.md). The two readings`,
    `agree on ${f(observed)} of them (Cohen's kappa ${f(kappa)}); read as a model against the first`,
    `reading (the spam labels are the sets' for both), the second scores 3-class macro F1`,
    `**${f(macroF1(readers))}**: what one reader reaches against another on this truth. The folds' labels score`,
    `${f(macroF1(model))} against the second reading, and ${f(macroF1(agreed))} on the ${rowsAgreed} comments where both readings agree.`,
    '',
    '| | generic (second) | genuine (second) |',
    '|---|---|---|',
    `| generic (first) | ${readers.generic.generic} | ${readers.generic.genuine} |`,
    `| genuine (first) | ${readers.genuine.generic} | ${readers.genuine.genuine} |`,
    '',
  ];
}

const heldout = loadHeldout();
out.push(
  '## Comments written blind and never trained on',
  '',
  'Ordinary Instagram/TikTok comments written in December 2026 by an assistant of this project that',
  'had not seen the model, its data or its word lists (scripts/data/comments/heldout/, SOURCES.md):',
  "every kind of spam a marketer meets, generic praise, and ordinary comments with spam's words (a",
  'price asked, a broken link in bio, a scam warning, a hacked account). Labelled by the shipped',
  'model, which no row of these sets trains. Not a headline figure (they are written, not collected),',
  'but the nearest we have to the comments the extension will meet. The misses of sets a and b were',
  'read while working on the model (December 2026), so their figures since are development ones; set',
  "c's rows have been read by no one working on the model. Aim (issue #15): spam recall ≥ 0.95 with",
  'precision ≥ 0.95.',
  '',
  '| set | comments | languages | spam recall | spam precision | ordinary comments called spam | 3-class macro F1 |',
  '|---|---|---|---|---|---|---|',
);
const heldoutPooled = empty();
for (const set of [...new Set(heldout.map((r) => r.source))]) {
  const rows = heldout.filter((r) => r.source === set);
  const m = run(shippedModel(), rows);
  for (const t of CLASSES) for (const p of CLASSES) heldoutPooled[t][p] += m[t][p];
  const b = spamBinary(m);
  const ordinary = rows.filter((r) => !r.spam).length;
  out.push(
    `| ${set.slice('heldout:'.length)} | ${rows.length} | ${new Set(rows.map((r) => r.lang)).size} | ${f(b.r)} | ${f(b.p)} | ${m.generic.spam + m.genuine.spam} of ${ordinary} | ${f(macroF1(m))} |`,
  );
  console.log(`${set}: spam recall ${f(b.r)}, precision ${f(b.p)}, macro F1 ${f(macroF1(m))}`);
}
out.push('', 'All sets pooled:', '', ...table(heldoutPooled));

if (realOnly) {
  console.log(
    out
      .slice(out.indexOf('## A sample of the real comments labelled by hand: the 3-class aim'))
      .join('\n'),
  );
  process.exit(0);
}

out.push(
  '## Real sources by language (pooled over the folds; language by franc, ≥ 20 comments)',
  '',
  '| language | comments | spam precision | spam recall | spam F1 | macro F1 |',
  '|---|---|---|---|---|---|',
);
for (const [lang, m] of [...byLang].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const n = CLASSES.reduce((s, t) => s + CLASSES.reduce((x, p) => x + m[t][p], 0), 0);
  if (n < 20) continue;
  const b = spamBinary(m);
  out.push(`| ${lang} | ${n} | ${f(b.p)} | ${f(b.r)} | ${f(b.f1)} | ${f(macroF1(m))} |`);
}

out.push(
  '',
  '## Authored sets, leave-one-language-out (not a headline figure)',
  '',
  'Ordinary Instagram/TikTok comments we wrote (follower sellers, feature pages, collab bait,',
  'giveaways, earn-from-home, adult bait, follow-for-follow, links, disguised letters; generic praise;',
  'specific comments and questions). Each language is left out in turn: the model trains on the real',
  "sources and the other languages, so it meets the left-out language's wording for the first time.",
  'It still knows the words of its concepts (lib/rules/comments/concept-words.ts) in that language,',
  "and three of the concepts and a few of their words were added after reading these folds' misses:",
  'for what the concepts add, these folds are no independent measure.',
  '',
  '| left-out language | comments | spam precision | spam recall | spam F1 | genuine kept (not spam) | 3-class macro F1 |',
  '|---|---|---|---|---|---|---|',
);
const langs = [...new Set(authored.map((r) => r.lang!))];
const pooledAuthored = empty();
for (const lang of langs) {
  const test = authored.filter((r) => r.lang === lang);
  const trainRows = [...trainable, ...authored.filter((r) => r.lang !== lang)];
  const m = run(foldModel(trainRows, `all but authored ${lang}`), test);
  for (const t of CLASSES) for (const p of CLASSES) pooledAuthored[t][p] += m[t][p];
  const b = spamBinary(m);
  out.push(
    `| ${lang} | ${test.length} | ${f(b.p)} | ${f(b.r)} | ${f(b.f1)} | ${f(genuineKept(m))} | ${f(macroF1(m))} |`,
  );
  console.log(`authored ${lang}: spam F1 ${f(b.f1)}, macro F1 ${f(macroF1(m))}`);
}
if (langs.length) out.push('', 'Authored folds pooled:', '', ...table(pooledAuthored));
out.push(
  '## Settings each fold chose inside its training data',
  '',
  `${EPOCH_CHOICES.length > 1 ? `Epochs among ${EPOCH_CHOICES.join('/')}` : `Epochs fixed at ${EPOCH_CHOICES[0]}`}; the spam line among ${SPAM_LINE_CHOICES.join('/')} (never below the unsure`,
  'line: an unsure label never counts as spam), by mean spam F1 over an inner leave-one-source-out',
  "on the fold's own real training sources (authored sets always train). Each choice's inner score:",
  '',
  `| fold | epochs | spam line | inner sources | ${SPAM_LINE_CHOICES.map((l) => `inner F1 at ${l}`).join(' | ')} |`,
  `|---|---|---|---|${SPAM_LINE_CHOICES.map(() => '---|').join('')}`,
  ...chosen.map(
    ({ fold, selection: s }) =>
      `| ${fold} | ${s.settings.epochs} | ${s.settings.spamAtLeast} | ${s.inner.length} | ${SPAM_LINE_CHOICES.map((l) => f(s.scores.find((c) => c.spamAtLeast === l && c.epochs === s.settings.epochs)!.score)).join(' | ')} |`,
  ),
  '',
);
out.push('## Per fold', '', ...details);

const file = join(dirname(fileURLToPath(import.meta.url)), '../docs/comment-model-evaluation.md');
writeFileSync(
  file,
  out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd() + '\n',
);
console.log(`wrote ${file}`);
