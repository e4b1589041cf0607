import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { loadDraftWords } from '../../lib/i18n/draft-words-file';
import type { Platform } from '../../lib/model/reading';
import { DraftLanguage, type Template } from '../../lib/model/template';
import {
  dmLength,
  findPlaceholders,
  isPlaceholderName,
  PLACEHOLDERS,
  uiDraftLanguage,
  uiDraftWords,
  type DraftWords,
} from '../../lib/outreach';
import { t } from '../../lib/i18n/messages';
import { Button } from '../common/Button';
import { DraftPreview } from './DraftPreview';
import { DRAFT_TEXT } from './draft-text';
import { languageName } from './language-name';
import { lengthText } from './length-text';
import './outreach.css';
import { templateName } from '../../lib/i18n/labels';
import { countedText } from '../../lib/i18n/plural';

export interface DraftEditorProps {
  platform: Platform;
  templates: readonly Template[];
  /** '' starts with no template chosen (none fits the creator's status). */
  initialTemplateId: string;
  /** The template filled for this creator in these words (lib/outreach buildDraft(...).text). */
  fill: (template: Template, words: DraftWords) => string;
  /** The language to write in when the template has none of its own (e.g. the campaign's audience's); the UI's by default. */
  defaultLanguage?: DraftLanguage;
  /** Why a placeholder is empty, by placeholder name, shown beside it. */
  hints?: Readonly<Record<string, string>>;
  /** The user picked another template (a code or link it needs may have to be made). */
  onTemplateChange?: (id: string) => void;
  /** Accessible name of the draft: "Draft for @jane.paints". */
  label?: string;
  /** Shown while no template is chosen: why none was picked for this creator. */
  noTemplateNote?: string;
  onCopied?: (text: string) => void;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The outreach draft: filled from a template, editable, with every placeholder still in it listed
 * (a button selects it in the text) and marked in a preview; its length against the platform's DM
 * limit; and a copy button that stays disabled while any placeholder is left, so that a draft is
 * never sent with a blank. Page text arrives here as plain strings and is rendered as text only.
 */
export function DraftEditor({
  platform,
  templates,
  initialTemplateId,
  fill,
  hints = {},
  onTemplateChange,
  label = t('draftDefaultLabel'),
  noTemplateNote = DRAFT_TEXT.chooseTemplate,
  onCopied,
  defaultLanguage = uiDraftLanguage(),
}: DraftEditorProps) {
  const ids = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [templateId, setTemplateId] = useState(
    initialTemplateId === '' || templates.some((tpl) => tpl.id === initialTemplateId)
      ? initialTemplateId
      : (templates[0]?.id ?? ''),
  );
  // The user's edited text of each template they left: switching back brings it back.
  const [kept, setKept] = useState<Readonly<Record<string, string>>>({});
  const template = templates.find((tpl) => tpl.id === templateId) ?? null;
  const [language, setLanguage] = useState(template?.language ?? defaultLanguage);
  const [words, setWords] = useState<DraftWords | null>(() =>
    language === uiDraftLanguage() ? uiDraftWords() : null,
  );
  const filled = useMemo(
    () => (template && words ? fill(template, words) : ''),
    [fill, template, words],
  );
  const [base, setBase] = useState(filled);
  const [text, setText] = useState(filled);
  const [notice, setNotice] = useState<Notice>(null);

  // Another language's words come from its locale file in the package; the UI's are at hand.
  useEffect(() => {
    if (words?.language === language) return;
    let live = true;
    loadDraftWords(language).then(
      (next) => {
        if (live) setWords(next);
      },
      (error: unknown) => {
        if (!live) return;
        setNotice({
          kind: 'error',
          text: t(
            'draftLanguageFailed',
            languageName(language),
            error instanceof Error ? error.message : String(error),
          ),
        });
        setLanguage(words?.language ?? uiDraftLanguage());
      },
    );
    return () => {
      live = false;
    };
  }, [language, words]);

  // New values arrived (a code or link was just made): refill unless the user has edited the text.
  if (filled !== base) {
    setBase(filled);
    if (text === base) setText(filled);
  }

  const gaps = useMemo(() => findPlaceholders(text), [text]);
  const length = useMemo(() => dmLength(text, platform), [text, platform]);
  const size = lengthText(length);
  const edited = text !== filled;
  const blank = text.trim() === '';
  const canCopy = gaps.length === 0 && !blank;

  const pickLanguage = (next: DraftLanguage) => {
    setLanguage(next);
    setNotice(edited ? { kind: 'ok', text: t('draftLanguageKept', languageName(next)) } : null);
  };

  const pickTemplate = (id: string) => {
    const next = templates.find((tpl) => tpl.id === id);
    // A template written in a language of its own is drafted in it; the others keep the choice.
    const nextWords = next?.language && next.language !== words?.language ? null : words;
    if (next?.language) setLanguage(next.language);
    if (!nextWords) setWords(null);
    const nextFilled = next && nextWords ? fill(next, nextWords) : '';
    const { [id]: keptText, ...others } = kept;
    setKept(edited ? { ...others, [templateId]: text } : others);
    setTemplateId(id);
    setBase(nextFilled);
    setText(keptText ?? nextFilled);
    const left = template ? templateName(template) : DRAFT_TEXT.noTemplateOption;
    setNotice(
      keptText !== undefined
        ? {
            kind: 'ok',
            text: DRAFT_TEXT.editsBack(next ? templateName(next) : DRAFT_TEXT.noTemplateOption),
          }
        : edited
          ? { kind: 'ok', text: DRAFT_TEXT.editsKept(left) }
          : null,
    );
    onTemplateChange?.(id);
  };

  const reset = () => {
    setText(filled);
    setNotice(null);
  };

  const select = (start: number, end: number) => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
  };

  const copy = () => {
    if (!canCopy) return;
    // Called inside the click: the clipboard accepts a write from a user gesture.
    navigator.clipboard.writeText(text).then(
      () => {
        setNotice({ kind: 'ok', text: DRAFT_TEXT.copied });
        onCopied?.(text);
      },
      (error: unknown) =>
        setNotice({
          kind: 'error',
          text: DRAFT_TEXT.copyFailed(error instanceof Error ? error.message : String(error)),
        }),
    );
  };

  return (
    <section className="draft" aria-labelledby={`${ids}-title`}>
      <div className="draft-head">
        <h3 className="draft-title" id={`${ids}-title`}>
          {label}
        </h3>
        <div className="draft-template">
          <label htmlFor={`${ids}-template`}>{t('draftTemplate')}</label>
          <select
            id={`${ids}-template`}
            value={templateId}
            onChange={(e) => pickTemplate(e.target.value)}
          >
            {templateId === '' || kept[''] !== undefined ? (
              <option value="">
                {DRAFT_TEXT.noTemplateOption}
                {kept[''] !== undefined ? DRAFT_TEXT.editedSuffix : ''}
              </option>
            ) : null}
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {templateName(tpl)}
                {kept[tpl.id] !== undefined ? DRAFT_TEXT.editedSuffix : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="draft-template">
          <label htmlFor={`${ids}-language`}>{t('draftLanguage')}</label>
          <select
            id={`${ids}-language`}
            data-testid="scout-draft-language"
            value={language}
            onChange={(e) => pickLanguage(e.target.value as DraftLanguage)}
          >
            {DraftLanguage.options.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {languageName(lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {templateId === '' ? <p className="draft-none">{noTemplateNote}</p> : null}

      <label className="cs-visually-hidden" htmlFor={`${ids}-text`}>
        {t('draftTextLabel', label)}
      </label>
      <textarea
        id={`${ids}-text`}
        ref={textarea}
        className="draft-text cs-focusable"
        data-testid="scout-draft"
        value={text}
        rows={9}
        spellCheck
        aria-describedby={`${ids}-length ${ids}-gaps-title`}
        onChange={(e) => {
          setText(e.target.value);
          setNotice(null);
        }}
      />

      <p className="draft-length" id={`${ids}-length`} data-over={length.over || undefined}>
        {size.text}
        {size.over ? <span className="draft-over"> {size.over}</span> : null}
      </p>

      <div className="draft-actions">
        <Button
          variant="primary"
          data-testid="scout-copy-draft"
          disabled={!canCopy}
          onClick={copy}
          aria-describedby={canCopy ? undefined : `${ids}-why-not`}
        >
          {t('draftCopy')}
        </Button>
        {edited && template ? (
          <Button variant="ghost" onClick={reset}>
            {t('draftReset')}
          </Button>
        ) : null}
        {!canCopy ? (
          <span className="draft-why-not" id={`${ids}-why-not`}>
            {blank ? DRAFT_TEXT.empty : DRAFT_TEXT.fillFirst}
          </span>
        ) : null}
      </div>
      <p className="draft-notice" role="status" data-kind={notice?.kind}>
        {notice?.text ?? ''}
      </p>

      {gaps.length > 0 ? (
        <div className="draft-gaps">
          <h4 className="draft-gaps-title" id={`${ids}-gaps-title`}>
            {countedText(gaps.length, 'draftGapsOne', 'draftGapsMany')}
          </h4>
          <ul>
            {gaps.map((gap, i) => (
              <li key={`${gap.start}-${i}`} data-kind={gap.kind}>
                <Button
                  variant="secondary"
                  className="draft-gap-go"
                  onClick={() => select(gap.start, gap.end)}
                  aria-label={t('draftSelectGap', `{${gap.name}}`)}
                >
                  {`{${gap.name}}`}
                </Button>{' '}
                <span className="draft-gap-why">
                  {gap.kind === 'unknown'
                    ? t('draftUnknownGap')
                    : (hints[gap.name] ??
                      (isPlaceholderName(gap.name) ? PLACEHOLDERS[gap.name] : ''))}
                </span>
              </li>
            ))}
          </ul>
          <DraftPreview text={text} gaps={gaps} label={t('draftPreviewLabel', label)} />
        </div>
      ) : (
        <span id={`${ids}-gaps-title`} hidden>
          {t('draftNoGap')}
        </span>
      )}
    </section>
  );
}
