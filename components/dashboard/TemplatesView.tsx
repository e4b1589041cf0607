import { useState } from 'react';
import { TemplateKind, type Template } from '../../lib/model/template';
import { BUILTIN_TEMPLATES } from '../../lib/outreach/builtin-templates';
import { templateKindLabel } from '../outreach/draft-text';
import { findPlaceholders, PLACEHOLDERS } from '../../lib/outreach/placeholders';
import { errorText, sendMessage, type DashboardData } from './store';

const newId = () => `custom-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Outreach templates: the built-in ones to read or copy, the user's own to write and save. */
export function TemplatesView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const custom = props.data.templates.filter((t) => !t.builtIn);
  const [editing, setEditing] = useState<Template | null>(null);
  return (
    <>
      <h2>Templates</h2>
      <div className="two-columns">
        <div>
          <h3>Built in</h3>
          <ul className="templates">
            {BUILTIN_TEMPLATES.map((t) => (
              <li key={t.id}>
                <details>
                  <summary>{t.name}</summary>
                  <pre className="template-body">{t.body}</pre>
                </details>
                <button
                  type="button"
                  onClick={() =>
                    setEditing({ ...t, id: newId(), name: `${t.name} (my copy)`, builtIn: false })
                  }
                >
                  Copy to edit
                </button>
              </li>
            ))}
          </ul>
          <h3>Yours</h3>
          {custom.length === 0 ? <p>None yet.</p> : null}
          <ul className="templates">
            {custom.map((t) => (
              <li key={t.id}>
                {t.name}{' '}
                <button type="button" onClick={() => setEditing(t)}>
                  Edit
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              setEditing({
                id: newId(),
                name: 'New template',
                kind: 'custom',
                body: '',
                builtIn: false,
              })
            }
          >
            New template
          </button>
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
          <h3>Placeholders</h3>
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
  const [t, setT] = useState(props.template);
  const [message, setMessage] = useState<string | null>(null);
  const unknown = [
    ...new Set(
      findPlaceholders(t.body)
        .filter((g) => g.kind === 'unknown')
        .map((g) => g.name),
    ),
  ];
  const save = async () => {
    const res = await sendMessage({ type: 'template/save', template: t });
    setMessage(res.ok ? 'Saved.' : errorText(res.error));
    if (res.ok) await props.reload();
  };
  const remove = async () => {
    const res = await sendMessage({ type: 'template/delete', id: t.id });
    if (res.ok) {
      await props.reload();
      props.onDone();
    } else setMessage(errorText(res.error));
  };
  return (
    <form
      className="template-editor"
      aria-label="Template editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Name <input value={t.name} onChange={(e) => setT({ ...t, name: e.currentTarget.value })} />
      </label>
      <label>
        Kind
        <select
          value={t.kind}
          onChange={(e) => setT({ ...t, kind: e.currentTarget.value as Template['kind'] })}
        >
          {TemplateKind.options.map((k) => (
            <option key={k} value={k}>
              {templateKindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Text
        <textarea
          rows={12}
          value={t.body}
          onChange={(e) => setT({ ...t, body: e.currentTarget.value })}
          data-testid="scout-template-body"
        />
      </label>
      {unknown.length ? (
        <p role="alert">
          Unknown placeholders (left as typed): {unknown.map((n) => `{${n}}`).join(', ')}
        </p>
      ) : null}
      <button type="submit" disabled={t.name.trim() === ''}>
        Save template
      </button>{' '}
      <button type="button" onClick={() => void remove()}>
        Delete
      </button>{' '}
      <button type="button" onClick={props.onDone}>
        Close
      </button>
      {message ? <p role="status">{message}</p> : null}
    </form>
  );
}
