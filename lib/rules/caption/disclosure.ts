/**
 * The disclosure wording regulators and the platforms accept, by language (sources in
 * docs/methodology.md). Hashtags are written without "#" and matched as whole tags, so "#adventure"
 * and "#advice" are not "#ad"; phrases are matched as whole words anywhere in the caption.
 */
export const DISCLOSURE_TAGS: Record<string, readonly string[]> = {
  en: ['ad', 'ads', 'advert', 'advertisement', 'sponsored', 'paidpartnership', 'paidpartner'],
  es: ['publi', 'publicidad', 'patrocinado', 'colaboracionpagada', 'anuncio'],
  pt: ['publi', 'publicidade', 'parceria', 'parceriapaga', 'patrocinado', 'anuncio'],
  fr: ['sponsorise', 'partenariat', 'publicite', 'collaborationcommerciale', 'partenariatremunere'],
  de: ['anzeige', 'werbung', 'bezahltepartnerschaft', 'sponsored'],
  it: ['adv', 'sponsorizzato', 'collaborazione', 'pubblicita', 'inserzioneapagamento'],
};

export const DISCLOSURE_PHRASES: Record<string, readonly string[]> = {
  en: ['paid partnership', 'in partnership with', 'sponsored by'],
  es: ['colaboracion pagada', 'patrocinado por', 'en colaboracion con'],
  pt: ['parceria paga', 'patrocinado por', 'em parceria com'],
  fr: [
    'partenariat remunere',
    'sponsorise par',
    'en partenariat avec',
    'collaboration commerciale',
  ],
  de: ['bezahlte partnerschaft', 'in kooperation mit', 'anzeige', 'werbung'],
  it: ['partnership retribuita', 'sponsorizzato da', 'in collaborazione con'],
};
