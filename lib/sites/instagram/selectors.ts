/**
 * Every selector, JSON key and page phrase the Instagram readers use, in one place. Each
 * alternative says where it was seen (fixture in tests/fixtures/instagram/, capture date).
 * Generated class names (x1lliihq, _aacl…) are never used: they change with every release.
 * tests/unit/sites/instagram/selectors.test.ts counts each selector's matches on the fixtures.
 */

export const SELECTORS = {
  /** Relay payloads, server-rendered (reel-logged-in-2024-03.html, 2024-03; 30 blocks in the
   * logged-out pages of 2024-12). Any `application/json` script may carry data, so all are read. */
  jsonScripts: 'script[type="application/json"]',
  /** Pre-2022 pages: `window._sharedData = {…};` in an inline script
   * (post-rendered-with-comments-2021-10.html). */
  inlineScripts: 'script:not([src]):not([type="application/json"])',

  metaDescription: 'meta[name="description"]',
  /** og:description equals the description on posts; on profiles it has no bio
   * (profile-logged-out-2024-12.html). */
  ogDescription: 'meta[property="og:description"]',
  /** "Pluto (@pluto__travel) • Instagram photos and videos" (profile-logged-out-2024-12.html). */
  ogTitle: 'meta[property="og:title"]',
  ogUrl: 'meta[property="og:url"]',
  /** "Willyrex (@willyrex) • Instagram photo" on post pages (post-photo-logged-out-2024-12.html). */
  twitterTitle: 'meta[name="twitter:title"]',
  canonical: 'link[rel="canonical"]',

  /** Profile header counts. Links ending in /followers/ and /following/ (rendered profiles
   * 2019–2026; header-logged-in-synthetic.html); the exact follower count sits in a `title`
   * attribute inside the link when the text is rounded ("1.2M"). */
  followersLink: 'a[href$="/followers/"], a[href$="/followers"]',
  followingLink: 'a[href$="/following/"], a[href$="/following"]',
  header: 'header',
  /** Display name, category, bio spans in the header (dir="auto" on text Instagram did not write). */
  headerTexts: 'header section span[dir="auto"], header section h1, header section div[dir="auto"]',
  /** External link in the bio: Instagram wraps it in l.instagram.com (2019–2026). */
  externalLink:
    'header a[href^="https://l.instagram.com/"], header a[rel~="nofollow"][href^="http"]',
  /** Verified badge: svg aria-label "Verified" (2024–2026) or span title="Verified"
   * (post-rendered-with-comments-2021-10.html). Localized label: any language. */
  verifiedBadge: 'header svg[aria-label], header span[title]',

  /** Post page likes: "159,071 likes" in a link to /liked_by/ (post-rendered-with-comments-2021-10.html). */
  likedByLink: 'a[href$="/liked_by/"]',
  /** Post date: <time datetime> inside a link to the post itself, `a[href="/p/<code>/"]`
   * (post-rendered-with-comments-2021-10.html); the href is matched in code. */
  timeInLink: 'a[href] time[datetime]',

  /** Rendered comments: each has a permalink /p/<code>/c/<id>/ with <time datetime>
   * (comments-rendered-2026-fr-*.html, 2026; post-rendered-with-comments-2021-10.html). */
  commentPermalink: 'a[href*="/c/"]',
  commentTime: 'time[datetime]',
  buttons: 'button, [role="button"]',
  /** A comment block never reaches the post header or caption headings (2021 caption is an h2). */
  commentBlockStop: 'header, h1, h2',
  /** The comment text is the first span outside these (2021: span after h3; 2026: span[dir=auto]). */
  commentText: 'span',
  notCommentText: 'h1, h2, h3, button, [role="button"]',
  links: 'a[href]',
  /** The exact count in the header: `span[title="97,956,738"]` inside the followers link. */
  titled: '[title]',
  /**
   * Embed pages (/p/<code>/embed/, /reel/<code>/embed/captioned/) keep readable class names, as
   * public scrapers read them (no capture here: embed-captioned-synthetic.html): likes "4,809
   * likes" in .SocialProof, "View all 19 comments" in .CaptionComments, the author's handle.
   */
  embedLikes: '.SocialProof, .EmbedSocialProof',
  embedComments: '.CaptionComments',
  embedAuthor: '.UsernameText, .CaptionUsername',
  /** Anything Instagram renders for a page; its absence with no meta is an empty app shell. */
  renderedContent: 'header, article, main a[href], [role="main"] a[href]',

  /** State messages are headings: "Sorry, this page isn't available." (h2), "This account is
   * private" (h2) (not-found-synthetic.html, private-synthetic.html). */
  headings: 'h1, h2, h3',
  /** Login form: a password field (login wall, logged-out dialogs). */
  loginForm: 'form input[name="password"], input[type="password"]',
} as const;

/** Keys of the JSON Instagram serves, as public code reads them (design.md). */
export const JSON_KEYS = {
  /** data-sjs Relay result root fields seen in reel-logged-in-2024-03.html (2024-03). */
  mediaWebInfo: 'xdt_api__v1__media__shortcode__web_info',
  comments: 'xdt_api__v1__media__media_id__comments__connection',
  childComments:
    'xdt_api__v1__media__media_id__comments__parent_comment_id__child_comments__connection',
  profileTimeline: 'xdt_api__v1__profile_timeline',
  /** profile-grid-graphql-2024-03.json (2024-03). */
  userTimeline: 'xdt_api__v1__feed__user_timeline_graphql_connection',
  /** Reels tab; no capture (design.md, public scrapers): edges[].node.media. */
  clips: 'xdt_api__v1__clips__user__connection_v2',
  /** post-graphql-2025-06-*.json (2025-06). Pre-2022 `shortcode_media` has the same fields. */
  shortcodeMedia: 'xdt_shortcode_media',
  legacyShortcodeMedia: 'shortcode_media',
  /** Keys under which a comment list hangs when its comments are replies. */
  replyContainers: ['edge_threaded_comments', 'child_comments', 'preview_child_comments'],
  /** Keys under which text is a caption, not a comment. */
  captionContainers: ['caption', 'edge_media_to_caption'],
  /** Keys under which a carousel's slides hang (each slide may carry its own shortcode and
   * counts: post-graphql-2025-06-carousel.json); a slide is not a post of its own. */
  carouselChildren: ['carousel_media', 'edge_sidecar_to_children'],
} as const;

/**
 * How a media object states its format. v1 items (profile-grid-graphql-2024-03.json,
 * reel-logged-in-2024-03.html, 2024): `media_type` 1 photo, 2 video, 8 carousel, with
 * `product_type` "feed", "clips" (reel), "igtv" or "carousel_container" and a non-empty
 * `carousel_media` / `carousel_media_count` on carousels. GraphQL items
 * (post-graphql-2025-06-*.json, 2025; post-rendered-with-comments-2021-10.html, 2021):
 * `__typename` GraphImage / GraphVideo / GraphSidecar (prefixed "XDT" since 2023) and
 * `edge_sidecar_to_children` on sidecars. `is_video` alone tells a video from the rest but not a
 * photo from a carousel (a sidecar has is_video false).
 */
export const FORMAT_KEYS = {
  mediaType: { image: 1, video: 2, carousel: 8 },
  videoProducts: ['clips', 'igtv'],
  carouselProduct: 'carousel_container',
  typenamePrefix: 'XDT',
  typename: { image: 'GraphImage', video: 'GraphVideo', carousel: 'GraphSidecar' },
} as const;

/**
 * A script worth a JSON.parse names a Relay cache or a data field near its start: Relay blocks
 * open with `{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[["RelayPrefetchedStreamCache"`
 * and the root field follows within ~250 characters (reel-logged-in-2024-03.html);
 * PolarisQueryPreloaderCache carried the response as a JSON string (2023 profile pages, public
 * scrapers). Only the head is searched: logged-out pages carry ~1 MB of config JSON to skip.
 */
export const JSON_MARKER =
  /RelayPrefetchedStreamCache|PolarisQueryPreloaderCache|xdt_|shortcode_media|edge_followed_by|follower_count/;
export const JSON_MARKER_HEAD = 8192;

/**
 * Page phrases for states that have no structural marker. Seen: en "Sorry, this page isn't
 * available." (Instagram's not-found page, 2019–2026, not-found-synthetic.html); the other
 * languages are Instagram's translations of the same sentence (no capture).
 */
export const NOT_FOUND_PHRASES = [
  "sorry, this page isn't available",
  'sorry, this page isn’t available',
  'désolé, cette page n’est pas disponible',
  "désolé, cette page n'est pas disponible",
  'diese seite ist leider nicht verfügbar',
  'esta página no está disponible',
  'esta página não está disponível',
  'spiacenti, questa pagina non è disponibile',
] as const;

/** "This account is private" (private-synthetic.html, Instagram 2019–2026) and translations. */
export const PRIVATE_PHRASES = [
  'this account is private',
  'ce compte est privé',
  'dieses konto ist privat',
  'esta cuenta es privada',
  'esta conta é privada',
  'questo account è privato',
] as const;

/** aria-label / title of the verified badge (post-rendered-with-comments-2021-10.html: "Verified";
 * translations as Instagram labels the badge, no capture). Compared in lower case. */
export const VERIFIED_LABELS = [
  'verified',
  'vérifié',
  'verifiziert',
  'verificado',
  'verificada',
  'verificato',
  'подтвержденный',
  '认证账号',
  '認証済み',
] as const;
