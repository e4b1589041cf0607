/**
 * What a schema says about a value it refuses, in English, once. Each key is also the message that
 * says it in the UI language (lib/i18n/schema-text.ts maps the English back to it where it is shown):
 * lib/model imports nothing of ours, so it cannot say it in another language itself.
 */
export const SCHEMA_WORDS = {
  vmIsoTime: 'expected an ISO 8601 time',
  vmLanguageCode: 'expected an ISO 639-1 code such as "en"',
  vmCountryCode: 'expected an ISO 3166-1 alpha-2 code such as "US"',
  vmDay: 'expected a date such as 2026-03-01',
  vmHttpUrl: 'expected an http(s) URL',
  vmWebAddress: 'expected a web address starting with https://',
  vmMinAboveMax: 'the minimum is above the maximum',
  vmFromAboveTo: 'from is above to',
  vmMapIdentifier: 'map at least one of handle, code or link to match rows to creators',
  vmMapValue: 'map at least one of impressions, clicks, conversions, revenue or spend',
  vmSomeText: 'expected some text',
  vmHandle: 'expected a handle without spaces, "@", ":" or "/"',
} as const;
