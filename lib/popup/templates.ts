import type { Campaign } from '../model/campaign';
import type { PipelineStatus } from '../model/creator';
import type { Template, TemplateKind } from '../model/template';
import { BUILTIN_TEMPLATES } from '../outreach';

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

const LATER: ReadonlySet<PipelineStatus> = new Set([
  'contacted',
  'negotiating',
  'declined',
  'paused',
]);
const DONE: ReadonlySet<PipelineStatus> = new Set(['live', 'reporting', 'ambassador']);

/**
 * The template to start with for a creator at a pipeline status: first contact while shortlisted,
 * follow-up once contacted, the ambassador invitation once the content is live; the first offered
 * when the kind is not among the templates.
 */
export function defaultTemplateId(templates: readonly Template[], status: PipelineStatus): string {
  const kind: TemplateKind = DONE.has(status)
    ? 'ambassador'
    : LATER.has(status)
      ? 'follow-up'
      : 'first-contact';
  return (templates.find((t) => t.kind === kind) ?? templates[0])?.id ?? '';
}
