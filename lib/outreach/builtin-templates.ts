import type { Template } from '../model/template';

/**
 * The built-in templates, following docs/domain.md "Outreach": one specific recent post and what
 * was good about it; who you are, what you make, why their audience fits; the offer up front
 * (dates, fee, commission, rights stay with the creator, creative freedom with FTC disclosure);
 * a friendly way out. Kept short so that, filled, they fit an Instagram DM (1,000 bytes).
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  {
    id: 'builtin-first-contact',
    name: 'First contact',
    kind: 'first-contact',
    builtIn: true,
    body: [
      "Hi {firstName}! I've followed you {followingFor}, and your recent post stuck with me: {postStandout} ({postUrl})",
      '',
      "I'm {sender} from {company}. We make {product}, and your {topic} audience is exactly who it's for.",
      '',
      'Our offer, up front: {offer}, for a campaign running {campaignDates}. Your content stays yours (you keep the rights) and you have full creative freedom; we only ask for a clear #ad or paid-partnership label (FTC). Your code would be {code} and your link {link}',
      '',
      "Interested? If it's not a fit, no worries at all.",
      '',
      '{sender}',
    ].join('\n'),
  },
  {
    id: 'builtin-follow-up',
    name: 'Follow-up',
    kind: 'follow-up',
    builtIn: true,
    body: [
      'Hi {firstName}, just following up on my message about the {company} campaign ({campaignDates}): {offer}, your content rights stay with you, and full creative freedom with a simple #ad disclosure.',
      '',
      "Happy to answer any questions. And if it's not for you, no worries, a quick no is totally fine!",
      '',
      '{sender}',
    ].join('\n'),
  },
  {
    id: 'builtin-ambassador',
    name: 'Ambassador invitation',
    kind: 'ambassador',
    builtIn: true,
    body: [
      'Hi {firstName}! Thank you for your work on our campaign for {product}. We would love to keep going: would you join {company} as an ambassador?',
      '',
      'That means an ongoing partnership with {offer}, early access to launches, and a short monthly check-in. Your code {code} stays yours, your content rights stay with you, and you keep full creative freedom (with the usual #ad disclosure).',
      '',
      'Would you like to talk it over? No pressure either way.',
      '',
      '{sender}',
    ].join('\n'),
  },
  {
    id: 'builtin-counter-offer',
    name: 'Counter-offer',
    kind: 'counter-offer',
    builtIn: true,
    body: [
      "Hi {firstName}, thanks for getting back to me and for being clear about your rates. We can't go that far for this campaign, but here is what we can do: {offer}, for the campaign running {campaignDates}.",
      '',
      'Your content rights stay with you and you keep full creative freedom (just the #ad disclosure). We pay half on signing and half once the post is live.',
      '',
      'Would that work for you? If not, no hard feelings.',
      '',
      '{sender}',
    ].join('\n'),
  },
  {
    id: 'builtin-thank-you',
    name: 'Thank you (after a no)',
    kind: 'thank-you',
    builtIn: true,
    body: [
      "Hi {firstName}, thank you for letting me know, and no worries at all. I really enjoy your work, so I hope it's all right if I reach out again for a future campaign.",
      '',
      'All the best,',
      '{sender}',
    ].join('\n'),
  },
];

export function builtinTemplate(kind: Template['kind']): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.kind === kind);
}
