import { t } from '../../lib/i18n/messages';
import { useState } from 'react';
import { DraftLanguage, TemplateKind, type Template } from '../../lib/model/template';
import { uiDraftLanguage } from '../../lib/outreach/draft-words';
import { languageName } from '../outreach/language-name';
import { BUILTIN_TEMPLATES } from '../../lib/outreach/builtin-templates';
import { templateKindLabel } from '../outreach/draft-text';
import { findPlaceholders, PLACEHOLDERS } from '../../lib/outreach/placeholders';
import { errorText, sendMessage, type DashboardData } from './store';
import { templateName } from '../../lib/i18n/labels';
import { Button } from '../common/Button';
import { Chip } from '../common/Chip';

const newId = () => `custom-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Outreach templates: the built-in ones to read or copy, the user's own to write and save. */
export function TemplatesView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const custom = props.data.templates.filter((tpl) => !tpl.builtIn);
  const [editing, setEditing] = useState<Template | null>(null);
  return (
    <>
      <h2>{t('templatesHeading')}</h2>
      <div className="two-columns">
        <div>
          <h3>{t('templatesBuiltIn')}</h3>
          <ul className="templates">
            {BUILTIN_TEMPLATES.map((tpl) => (
              <li key={tpl.id}>
                <details>
                  <summary>{templateName(tpl)}</summary>
                  <pre className="template-body">{tpl.body}</pre>
                </details>
                <Button
                  onClick={() =>
                    setEditing({
                      ...tpl,
                      id: newId(),
                      name: t('templateMyCopy', templateName(tpl)),
                      builtIn: false,
                      language: uiDraftLanguage(),
                    })
                  }
                >
                  {t('copyToEdit')}
                </Button>
              </li>
            ))}
          </ul>
          <h3>{t('templatesYours')}</h3>
          {custom.length === 0 ? <p>{t('noneYet')}</p> : null}
          <ul className="templates" hidden={custom.length === 0}>
            {custom.map((tpl) => (
              <li key={tpl.id}>
                <span className="template-title">
                  {templateName(tpl)}
                  {tpl.language ? <Chip>{languageName(tpl.language)}</Chip> : null}
                </span>
                <Button onClick={() => setEditing(tpl)}>{t('edit')}</Button>
              </li>
            ))}
          </ul>
          <Button
            variant="primary"
            onClick={() =>
              setEditing({
                id: newId(),
                name: t('newTemplate'),
                kind: 'custom',
                body: '',
                builtIn: false,
                language: uiDraftLanguage(),
              })
            }
          >
            {t('newTemplate')}
          </Button>
        </div>
        <div>
          {editing ? (
            <TemplateEditor
              key={editing.id}
              template={editing}
              reload={props.reload}
              onDone={() => setEditing(null)}
            />
          ) : null}
          <h3>{t('placeholdersHeading')}</h3>
          <dl className="placeholders">
            {Object.entries(PLACEHOLDERS).map(([name, what]) => (
              <div key={name}>
                <dt>
                  <code>{`{${name}}`}</code>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </>
  );
}

function TemplateEditor(props: {
  template: Template;
  reload: () => Promise<void>;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(props.template);
  const [message, setMessage] = useState<string | null>(null);
  const unknown = [
    ...new Set(
      findPlaceholders(draft.body)
        .filter((g) => g.kind === 'unknown')
        .map((g) => g.name),
    ),
  ];
  const save = async () => {
    const res = await sendMessage({ type: 'template/save', template: draft });
    setMessage(res.ok ? t('saved') : errorText(res.error));
    if (res.ok) await props.reload();
  };
  const remove = async () => {
    const res = await sendMessage({ type: 'template/delete', id: draft.id });
    if (res.ok) {
      await props.reload();
      props.onDone();
    } else setMessage(errorText(res.error));
  };
  return (
    <form
      className="template-editor"
      aria-label={t('templateEditor')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="template-fields">
        <label>
          {t('templateName')}
          <input
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('templateKind')}
          <select
            value={draft.kind}
            onChange={(e) =>
              setDraft({ ...draft, kind: e.currentTarget.value as Template['kind'] })
            }
          >
            {TemplateKind.options.map((k) => (
              <option key={k} value={k}>
                {templateKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templateLanguage')}
          <select
            value={draft.language ?? uiDraftLanguage()}
            onChange={(e) =>
              setDraft({ ...draft, language: e.currentTarget.value as DraftLanguage })
            }
            data-testid="scout-template-language"
          >
            {DraftLanguage.options.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {languageName(lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="template-text">
        {t('templateText')}
        <textarea
          rows={12}
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
          data-testid="scout-template-body"
        />
      </label>
      {unknown.length ? (
        <p role="alert">{t('unknownPlaceholders', unknown.map((n) => `{${n}}`).join(', '))}</p>
      ) : null}
      <div className="template-actions">
        <Button type="submit" variant="primary" disabled={draft.name.trim() === ''}>
          {t('saveTemplate')}
        </Button>
        <Button onClick={props.onDone}>{t('close')}</Button>
        <Button variant="ghost" className="danger" onClick={() => void remove()}>
          {t('delete')}
        </Button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </form>
  );
}
