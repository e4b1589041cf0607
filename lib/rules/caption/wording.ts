import { t } from '../../i18n/messages';
import { platformName } from '../../model/platforms';
import type { Platform } from '../../model/reading';

/** What the approval checklist says to the marketer. */
export const CAPTION_TEXT = {
  noDisclosure: () => t('capxNoDisclosure'),
  disclosureHidden: (tag: string, cutoff: number, platform: Platform) =>
    t('capxHidden', tag, cutoff, platformName(platform)),
  noCode: (code: string) => t('capxNoCode', code),
  noLink: (link: string) => t('capxNoLink', link),
  linkInBio: () => t('capxLinkInBio'),
  noBrand: (brand: string) => t('capxNoBrand', brand),
  competitor: (name: string) => t('capxCompetitor', name),
  excludedTopic: (topic: string) => t('capxExcluded', topic),
};

/** What text cannot show: the marketer ticks these after watching the draft. */
export const manualChecks = (): string[] => [
  t('capManualProduct'),
  t('capManualSafe'),
  t('capManualSaid'),
  t('capManualRights'),
];
