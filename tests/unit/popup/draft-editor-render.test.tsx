import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { DraftEditor } from '../../../components/outreach';
import type { Template } from '../../../lib/model/template';

const templates: Template[] = [
  { id: 't1', name: 'One', kind: 'custom', body: 'Hi {firstName} about {topic}', builtIn: false },
  { id: 't2', name: 'Two', kind: 'custom', body: 'All set', builtIn: false },
];

function render(fill: (t: Template) => string, initialTemplateId = 't1') {
  const html = renderToStaticMarkup(
    createElement(DraftEditor, { platform: 'instagram', templates, initialTemplateId, fill }),
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

test('hostile page text is text: no element is made from it', () => {
  const hostile = '<img src=x onerror=alert(1)> {topic} <script>alert(2)</script>';
  const doc = render(() => hostile);
  expect(doc.querySelector('img')).toBeNull();
  expect(doc.querySelector('script')).toBeNull();
  // React escapes the textarea's text (linkedom leaves RCDATA entities as written).
  expect(doc.querySelector('[data-testid="scout-draft"]')!.innerHTML).toContain(
    '&lt;img src=x onerror=alert(1)&gt;',
  );
  const marks = [...doc.querySelectorAll('.draft-preview mark')].map((m) => m.textContent);
  expect(marks).toEqual(['{topic}']);
  expect(doc.querySelector('.draft-preview')!.textContent).toBe(hostile);
});

test('a placeholder left: copy disabled, the gap listed with a button', () => {
  const doc = render((t) => t.body);
  const copy = doc.querySelector('[data-testid="scout-copy-draft"]')!;
  expect(copy.hasAttribute('disabled')).toBe(true);
  const gaps = [...doc.querySelectorAll('.draft-gaps li button')].map((b) => b.textContent);
  expect(gaps).toEqual(['{firstName}', '{topic}']);
});

test('a filled draft: copy enabled, no gap list, length shown', () => {
  const doc = render((t) => t.body, 't2');
  expect(doc.querySelector('[data-testid="scout-copy-draft"]')!.hasAttribute('disabled')).toBe(
    false,
  );
  expect(doc.querySelector('.draft-gaps')).toBeNull();
  expect(doc.querySelector('.draft-length')!.textContent).toBe(
    '7 of 1,000 bytes (Instagram DM limit)',
  );
});

test('every control has a label', () => {
  const doc = render((t) => t.body);
  for (const control of doc.querySelectorAll('select, textarea')) {
    const id = control.getAttribute('id');
    expect(id && doc.querySelector(`label[for="${id}"]`)).toBeTruthy();
  }
});
