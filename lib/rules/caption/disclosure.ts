import { escape, fold } from '../text';

/**
 * The disclosure wording regulators and the platforms accept, by language (sources in
 * docs/methodology.md): the one list both the caption check and the sponsored-post marks use.
 * Written as people write them; matched folded (case and accents aside). Hashtags are written
 * without "#" and matched as whole tags, so "#adventure" and "#advice" are not "#ad"; phrases are
 * matched as whole words anywhere in the caption. The platforms' own paid-partnership label, in
 * each language, is among the phrases.
 */
export const DISCLOSURE_TAGS: Record<string, readonly string[]> = {
  en: [
    'ad',
    'ads',
    'advert',
    'advertisement',
    'sponsored',
    'paidpartnership',
    'paidpartner',
    'gifted',
  ],
  es: ['publi', 'publicidad', 'patrocinado', 'colaboracionpagada', 'anuncio'],
  pt: ['publi', 'publicidade', 'parceria', 'parceriapaga', 'patrocinado', 'anuncio'],
  fr: ['sponsorisé', 'partenariat', 'publicité', 'collaborationcommerciale', 'partenariatrémunéré'],
  de: ['anzeige', 'werbung', 'bezahltepartnerschaft', 'sponsored'],
  it: ['adv', 'sponsorizzato', 'collaborazione', 'pubblicità', 'inserzioneapagamento'],
  nl: ['adv', 'advertentie', 'reclame', 'samenwerking', 'betaaldpartnerschap'],
  pl: ['reklama', 'współpraca', 'współpracareklamowa', 'sponsorowane', 'materiałsponsorowany'],
  tr: ['reklam', 'işbirliği', 'sponsorlu', 'ücretliortaklık'],
  id: ['iklan', 'bersponsor', 'disponsori', 'endorse', 'paidpromote'],
  ja: ['広告', 'プロモーション', 'タイアップ', '提供'],
  sv: ['reklam', 'annons', 'samarbete', 'sponsrad'],
  da: ['reklame', 'annonce', 'sponsoreret', 'samarbejde'],
  no: ['reklame', 'annonse', 'sponset', 'samarbeid'],
  fi: ['mainos', 'kaupallinenyhteistyö', 'yhteistyössä'],
  cs: ['reklama', 'spolupráce', 'placenáspolupráce', 'sponzorováno'],
  sk: ['reklama', 'spolupráca', 'platenáspolupráca', 'sponzorované'],
  ro: ['reclamă', 'publicitate', 'parteneriat', 'sponsorizat'],
  hu: ['hirdetés', 'reklám', 'szponzorált', 'együttműködés'],
  el: ['διαφήμιση', 'χορηγία', 'χορηγούμενο'],
  ru: ['реклама', 'партнерство', 'спонсор'],
  uk: ['реклама', 'партнерство', 'спонсор'],
  ar: ['إعلان', 'اعلان', 'شراكة_مدفوعة', 'برعاية'],
  ko: ['광고', '협찬', '유료광고', '유료광고포함'],
  zh: ['广告', '廣告', '合作', '赞助', '贊助', '业配', '業配'],
  vi: ['quảngcáo', 'tàitrợ', 'hợptác'],
  th: ['โฆษณา', 'สปอนเซอร์'],
  hi: ['विज्ञापन', 'प्रायोजित'],
};

export const DISCLOSURE_PHRASES: Record<string, readonly string[]> = {
  en: ['paid partnership', 'in partnership with', 'sponsored by'],
  es: ['colaboración pagada', 'patrocinado por', 'en colaboración con'],
  pt: ['parceria paga', 'patrocinado por', 'em parceria com'],
  fr: [
    'partenariat rémunéré',
    'sponsorisé par',
    'en partenariat avec',
    'collaboration commerciale',
  ],
  de: ['bezahlte partnerschaft', 'in kooperation mit', 'anzeige', 'werbung'],
  it: [
    'partnership retribuita',
    'partnership pagata',
    'collaborazione commerciale',
    'sponsorizzato da',
    'in collaborazione con',
  ],
  nl: ['betaald partnerschap', 'in samenwerking met', 'gesponsord door'],
  pl: ['płatna współpraca', 'współpraca reklamowa', 'we współpracy z', 'materiał sponsorowany'],
  tr: ['ücretli ortaklık', 'sponsorluğunda', 'iş birliğiyle'],
  id: ['kemitraan berbayar', 'bekerja sama dengan', 'disponsori oleh'],
  ja: ['プロモーションを含みます', 'タイアップ投稿'],
  sv: ['betalt partnerskap', 'i samarbete med', 'sponsrad av'],
  da: ['betalt partnerskab', 'i samarbejde med', 'sponsoreret af'],
  no: ['betalt partnerskap', 'i samarbeid med', 'sponset av'],
  fi: ['kaupallinen yhteistyö', 'maksettu kumppanuus', 'yhteistyössä'],
  cs: ['placené partnerství', 'placená spolupráce', 've spolupráci s'],
  sk: ['platené partnerstvo', 'platená spolupráca', 'v spolupráci s'],
  ro: ['parteneriat plătit', 'în parteneriat cu', 'sponsorizat de'],
  hu: ['fizetett partnerség', 'együttműködésben', 'szponzorálta'],
  el: ['πληρωμένη συνεργασία', 'σε συνεργασία με', 'χορηγούμενη ανάρτηση'],
  ru: ['платное партнерство', 'на правах рекламы', 'в партнерстве с', 'при поддержке'],
  uk: ['платне партнерство', 'на правах реклами', 'у партнерстві з'],
  ar: ['شراكة مدفوعة', 'إعلان مدفوع', 'برعاية'],
  ko: ['유료 파트너십', '유료 광고', '광고 포함', '협찬을 받아'],
  zh: ['付费合作', '付費合作', '合作推广', '合作推廣'],
  vi: ['quan hệ đối tác có trả phí', 'hợp tác với', 'được tài trợ bởi'],
  th: ['พาร์ทเนอร์ที่ได้รับค่าตอบแทน', 'ได้รับการสนับสนุนจาก'],
  hi: ['सशुल्क साझेदारी', 'के सहयोग से', 'द्वारा प्रायोजित'],
};

/**
 * Words that disclose only when written as a label: in brackets ("[PR]", "(ad)", "【PR】"), or
 * opening the caption or a line and followed by a separator ("AD | my kit", "Reklam: …"). "#PR"
 * alone is a personal record as often as a disclosure, so "PR" counts only as a label.
 */
const LABEL_ONLY = ['pr', 'sponsor', 'werbeanzeige'];

/** A folded copy of the text with, for each folded UTF-16 unit, the index of its source code point. */
export interface Folded {
  text: string;
  source: number[];
}

export function foldWithMap(text: string): Folded {
  let out = '';
  const source: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    out += f;
    for (let k = 0; k < f.length; k++) source.push(i);
    i++;
  }
  return { text: out, source };
}

export const WORD = '[\\p{L}\\p{N}_]';
export { escape };

const foldAll = (list: readonly string[]) =>
  [...new Set(list.map((s) => foldWithMap(s).text))].sort((a, b) => b.length - a.length);

/** Every disclosure tag, folded, without "#". */
export const FOLDED_DISCLOSURE_TAGS: readonly string[] = foldAll(
  Object.values(DISCLOSURE_TAGS).flat(),
);

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

let disclosureRe: RegExp | null = null;

/** One pattern for every tag and phrase; longest first so "#paidpartnership" wins over a prefix. */
function disclosurePattern(): RegExp {
  if (disclosureRe) return disclosureRe;
  const phrases = foldAll(Object.values(DISCLOSURE_PHRASES).flat());
  const alternatives = (list: string[]) =>
    list.map((p) => escape(p).replace(/ /g, '\\s+')).join('|');
  const tagPart = `#(?:${FOLDED_DISCLOSURE_TAGS.map(escape).join('|')})(?!${WORD})`;
  // Japanese and Chinese put no spaces between words: their phrases are found anywhere.
  const unspaced = phrases.filter((p) => UNSPACED.test(p));
  const spaced = phrases.filter((p) => !UNSPACED.test(p));
  const phrasePart = `(?<!${WORD}|#)(?:${alternatives(spaced)})(?!${WORD})`;
  const labels = alternatives(
    [...new Set([...FOLDED_DISCLOSURE_TAGS, ...phrases, ...LABEL_ONLY])].sort(
      (a, b) => b.length - a.length,
    ),
  );
  const opening = `(?<=(?:^|\\n)[ \\t]*)(?:${labels})(?!${WORD})(?=[ \\t]*[:|\\-–—•·/.])`;
  const bracketed = `(?<=[(\\[【「][ \\t]*)(?:${labels})(?=[ \\t]*[)\\]】」])`;
  disclosureRe = new RegExp(
    `${tagPart}|${phrasePart}${unspaced.length ? `|${alternatives(unspaced)}` : ''}|${opening}|${bracketed}`,
    'u',
  );
  return disclosureRe;
}

export interface DisclosureFinding {
  found: boolean;
  /** The wording as written in the caption ("#Anzeige", "Paid partnership"). */
  tag: string | null;
  /** Characters before the disclosure (user-perceived characters, as the platform counts them). */
  position: number | null;
  /** Whether the disclosure shows before the "more" cut-off; null when the cut-off is not known. */
  beforeCutoff: boolean | null;
}

/** The first disclosure in a caption, where it starts, and whether it ends before `cutoff` characters. */
export function findDisclosure(caption: string, cutoff: number | null): DisclosureFinding {
  const folded = foldWithMap(caption);
  const m = disclosurePattern().exec(folded.text);
  if (!m) return { found: false, tag: null, position: null, beforeCutoff: null };
  const start = folded.source[m.index]!;
  const end = folded.source[m.index + m[0].length - 1]! + 1;
  const tag = [...caption].slice(start, end).join('');
  return {
    found: true,
    tag,
    position: start,
    beforeCutoff: cutoff === null ? null : end <= cutoff,
  };
}
