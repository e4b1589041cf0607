import type { Campaign } from '../model/campaign';
import type { PipelineStatus } from '../model/creator';
import { DraftLanguage, type Template, type TemplateKind } from '../model/template';
import { BUILTIN_TEMPLATES, uiDraftLanguage } from '../outreach';

/**
 * The templates to offer: the built-in ones and the user's (a stored template with a built-in's id
 * replaces it), narrowed to the campaign's choice when it names any that exist.
 */
export function templatesFor(stored: readonly Template[], campaign: Campaign | null): Template[] {
  const byId = new Map<string, Template>();
  for (const t of BUILTIN_TEMPLATES) byId.set(t.id, t);
  for (const t of stored) byId.set(t.id, t);
  const all = [...byId.values()];
  const chosen = campaign?.templateIds.filter((id) => byId.has(id)) ?? [];
  return chosen.length > 0 ? chosen.map((id) => byId.get(id)!) : all;
}

/**
 * The kind of message that fits each pipeline status: first contact while shortlisted, a follow-up
 * once contacted, a counter-offer while negotiating, a thank-you after a no, the ambassador
 * invitation once the content is live. Null where no built-in message fits (signed, in approval,
 * paused): the user picks one rather than being handed a wrong one.
 */
const KIND_FOR: Record<PipelineStatus, TemplateKind | null> = {
  shortlisted: 'first-contact',
  contacted: 'follow-up',
  negotiating: 'counter-offer',
  signed: null,
  'content-approval': null,
  live: 'ambassador',
  reporting: 'ambassador',
  ambassador: 'ambassador',
  declined: 'thank-you',
  paused: null,
};

/**
 * The template to start with for a creator at a pipeline status ('' for none): the one of the kind
 * that fits; while shortlisted, the first offered when no first contact is among them.
 */
export function defaultTemplateId(templates: readonly Template[], status: PipelineStatus): string {
  const kind = KIND_FOR[status];
  const fitting = kind ? templates.find((t) => t.kind === kind) : undefined;
  if (fitting) return fitting.id;
  return status === 'shortlisted' ? (templates[0]?.id ?? '') : '';
}

/**
 * The language a draft starts in for a campaign: the UI's when the brief's audience speaks it (or
 * the brief names none), else the first of the brief's languages the extension writes in.
 */
export function draftLanguageFor(
  campaign: Campaign | null,
  ui: DraftLanguage = uiDraftLanguage(),
): DraftLanguage {
  const wanted = campaign?.brief?.languages ?? [];
  if (wanted.length === 0 || wanted.includes(ui)) return ui;
  for (const code of wanted) {
    const found = DraftLanguage.safeParse(code);
    if (found.success) return found.data;
  }
  return ui;
}
