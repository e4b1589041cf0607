/**
 * Everything the TikTok readers know about TikTok's markup and JSON, in one place.
 * Each alternative says where it was seen: a committed fixture (tests/fixtures/tiktok/, with its
 * capture date) or, for markup we have no capture of, the public scrapers' code it was taken from.
 * tests/unit/sites/tiktok/selectors.test.ts counts the matches of each one on the fixtures.
 */

/** Embedded JSON script ids, most recent first. */
export const SCRIPT_IDS = {
  // profile-rendered-2025-12.html, video-rendered-2025-12.html, video-logged-out-2026-07.html
  universal: '__UNIVERSAL_DATA_FOR_REHYDRATION__',
  // pages of 2021–2023 before the 2023 switch (design.md); modelled in sigi-*-synthetic.html
  sigi: 'SIGI_STATE',
} as const;

/** JSON paths inside the embedded data and the responses. */
export const JSON_PATHS = {
  // all three real fixtures (2025-12, 2026-07)
  scope: '__DEFAULT_SCOPE__',
  // profile-rendered-2025-12.html: { userInfo: { user, stats, statsV2, itemList }, statusCode }
  userDetail: 'webapp.user-detail',
  // video-rendered-2025-12.html, video-logged-out-2026-07.html: { itemInfo: { itemStruct }, statusCode }
  videoDetail: 'webapp.video-detail',
  // all three real fixtures: { language: "en" | "es" … }
  appContext: 'webapp.app-context',
  // SIGI_STATE (≤ 2023): UserModule.users[uniqueId], UserModule.stats[uniqueId]
  sigiUsers: ['UserModule', 'users'],
  sigiUserStats: ['UserModule', 'stats'],
  // SIGI_STATE (≤ 2023): ItemModule[videoId] with `author` as the uniqueId string
  sigiItems: 'ItemModule',
  // SIGI_STATE (≤ 2023): UserPage.statusCode / VideoPage.statusCode for missing or private pages
  sigiUserPage: 'UserPage',
  sigiVideoPage: 'VideoPage',
} as const;

/** Count field names, exact string form (`statsV2`) first. Seen in all three real fixtures. */
export const PROFILE_COUNT_FIELDS = {
  followers: ['followerCount'],
  following: ['followingCount'],
  posts: ['videoCount'],
  // `heartCount` overflowed int32 on large accounts (design.md); `heart` is the 64-bit twin.
  likes: ['heartCount', 'heart'],
} as const;

export const ITEM_COUNT_FIELDS = {
  likes: ['diggCount'],
  comments: ['commentCount'],
  views: ['playCount'],
  shares: ['shareCount'],
  saves: ['collectCount'],
} as const;

/**
 * An item's format. Videos carry `video` with a `duration` in seconds (video-rendered-2025-12.html:
 * 64, video-logged-out-2026-07.html: 67). Photo posts carry `imagePost.images[]` (one entry per
 * picture, each with `imageURL.urlList`, as public downloaders read it); they may carry a `video`
 * too (the slideshow's soundtrack render), so `imagePost` decides first.
 */
export const FORMAT_FIELDS = {
  photo: 'imagePost',
  photoImages: 'images',
  video: 'video',
  videoDuration: 'duration',
} as const;

/** statusCode values of webapp.user-detail / webapp.video-detail (public scrapers, 2023–2025). */
export const STATUS_CODES = {
  userNotFound: [10202, 10221, 10223],
  userPrivate: [10222],
  videoNotFound: [10204, 10231],
  videoPrivate: [10216, 10222],
} as const;

/** Paths of response URLs the main-world observer hands over (design.md). */
export const DATA_PATHS = {
  itemList: ['/api/post/item_list/', '/api/creator/item_list/'],
  commentList: ['/api/comment/list/'],
  commentReplies: ['/api/comment/list/reply/'],
  userDetail: ['/api/user/detail/'],
  itemDetail: ['/api/item/detail/'],
  /** Followers (scene=67) and following (scene=21) lists: the audience sample. */
  userList: ['/api/user/list/'],
} as const;

/**
 * `data-e2e` hook names, alternatives in order of preference. `e2e(name)` makes the selector.
 */
export const E2E = {
  profile: {
    // profile-rendered-2025-12.html: <h1 data-e2e="user-title">illojuan</h1>
    title: ['user-title'],
    // profile-rendered-2025-12.html: <h2 data-e2e="user-subtitle">IlloJuan</h2>
    subtitle: ['user-subtitle'],
    // profile-rendered-2025-12.html: <h2 data-e2e="user-bio">
    bio: ['user-bio'],
    // profile-rendered-2025-12.html: <a data-e2e="user-link"><span>twitch.tv/illojuan</span>
    link: ['user-link'],
    // profile-rendered-2025-12.html: <strong data-e2e="followers-count">783.4K</strong>
    followers: ['followers-count'],
    // profile-rendered-2025-12.html: <strong data-e2e="following-count">0</strong>
    following: ['following-count'],
    // profile-rendered-2025-12.html: <strong data-e2e="likes-count">3.9M</strong>
    likes: ['likes-count'],
  },
  grid: {
    // profile-rendered-2025-12.html: 18 <div data-e2e="user-post-item"> around <a href=".../video/<id>">
    item: ['user-post-item'],
    // profile-rendered-2025-12.html: <strong data-e2e="video-views">192.1K</strong>
    views: ['video-views'],
    // public scrapers (2023–2024): pinned videos carry <div data-e2e="video-card-badge">Pinned</div>
    pinnedBadge: ['video-card-badge'],
  },
  video: {
    // video-rendered-2025-12.html: feed layout, one <article data-e2e="recommend-list-item-container">
    // per video; the first is the page's own, the next ones are recommendations
    article: ['recommend-list-item-container'],
    // video-rendered-2025-12.html: <strong data-e2e="like-count">; older browse layout (2023–2024,
    // public scrapers): browse-like-count
    likes: ['like-count', 'browse-like-count'],
    // video-rendered-2025-12.html: comment-count; browse layout: browse-comment-count
    comments: ['comment-count', 'browse-comment-count'],
    // video-rendered-2025-12.html: share-count (both layouts)
    shares: ['share-count'],
    // video-rendered-2025-12.html: the favourites button's <strong data-e2e="undefined-count">1311</strong>
    saves: ['undefined-count'],
    // video-rendered-2025-12.html: <div data-e2e="video-desc">; browse layout: browse-video-desc
    desc: ['video-desc', 'browse-video-desc'],
    // video-rendered-2025-12.html: <a data-e2e="video-author-avatar" href="/@illojuan">;
    // browse layout: browse-user-avatar
    authorLink: ['video-author-avatar', 'browse-user-avatar'],
    // video-rendered-2025-12.html: <div data-e2e="sponsored-tag"><p>Paid partnership</p>
    sponsored: ['sponsored-tag'],
  },
  comments: {
    // public scrapers (2024–2025): <span data-e2e="comment-level-1"> (a <p> in 2023), replies level-2
    text: ['comment-level-1', 'comment-level-2'],
    // public scrapers (2024–2025): <div data-e2e="comment-username-1"><a href="/@x"><p>…
    username: ['comment-username-1', 'comment-username-2'],
    // public scrapers (2023–2025): <span data-e2e="comment-like-count">
    likes: ['comment-like-count'],
  },
} as const;

export const e2e = (name: string): string => `[data-e2e="${name}"]`;

/** Every hook name the readers look up, for the one-pass index of the page. */
export const ALL_E2E_NAMES: readonly string[] = Object.values(E2E).flatMap((group) =>
  Object.values(group).flat(),
);

/**
 * Inside a video's article: the player wrapper id ends in the video id
 * (video-rendered-2025-12.html: <div id="xgwrapper-0-7571863205253778710">).
 */
export const PLAYER_ID_PREFIX = 'xgwrapper-';

/** Links that carry a handle or a video id. */
export const LINKS = {
  // profile-rendered-2025-12.html: <a href="https://www.tiktok.com/@illojuan/video/7571863205253778710">
  // inside each grid item; photo posts link to /@x/photo/<id>
  gridVideo: 'a[href*="/video/"], a[href*="/photo/"]',
  // the same test as a pattern, for the one-walk read of a grid item
  gridVideoHref: /\/(?:video|photo)\//,
} as const;

/** Meta tags: the last rung of the ladder (profile-rendered-2025-12.html, video-rendered-2025-12.html). */
export const META = {
  description: ['meta[name="description"]', 'meta[property="og:description"]'],
  // video-rendered-2025-12.html: <link rel="canonical" href=".../@illojuan/video/7571863205253778710">
  // and <meta property="og:url">: which video the description is about
  pageUrl: ['link[rel="canonical"]', 'meta[property="og:url"]'],
} as const;

/**
 * Interstitials. Captcha: ids seen in public scrapers' checks (2023–2025); login modal:
 * data-e2e="login-modal" / #loginContainer (public scrapers, 2024–2025).
 */
export const INTERSTITIALS = {
  captcha:
    '#captcha-verify-container, #captcha-verify-container-main-page, #captcha_container, #tiktok-verify-ele, [id^="secsdk-captcha"]',
  login: '[data-e2e="login-modal"], #loginContainer, #login-modal',
} as const;

/**
 * Words that label counts in the meta description, per language (lower case). English is seen in
 * profile-rendered-2025-12.html ("3.9M Likes. 783.4K Followers.") and video-rendered-2025-12.html
 * ("25.5K Likes, 146 Comments."); the others are TikTok's own UI words for the same counts.
 */
export const META_WORDS: Record<
  string,
  { followers: string[]; following: string[]; likes: string[]; comments: string[] }
> = {
  en: {
    followers: ['followers'],
    following: ['following'],
    likes: ['likes'],
    comments: ['comments'],
  },
  es: {
    followers: ['seguidores'],
    following: ['siguiendo'],
    likes: ['me gusta'],
    comments: ['comentarios'],
  },
  pt: {
    followers: ['seguidores'],
    following: ['seguindo'],
    likes: ['curtidas'],
    comments: ['comentários'],
  },
  fr: {
    followers: ['abonnés'],
    following: ['abonnements'],
    likes: ["j'aime", 'j’aime'],
    comments: ['commentaires'],
  },
  de: {
    followers: ['follower'],
    following: ['gefolgt'],
    likes: ['likes', 'mal gefällt das'],
    comments: ['kommentare'],
  },
  it: {
    followers: ['follower'],
    following: ['seguiti'],
    likes: ['mi piace'],
    comments: ['commenti'],
  },
};

/** Visible texts of the error pages, checked only when no data could be read. */
export const STATE_TEXTS = {
  // TikTok's English error pages (public scrapers, 2023–2025)
  notFound: [
    "couldn't find this account",
    'couldn’t find this account',
    'video currently unavailable',
  ],
  private: ['this account is private'],
} as const;
