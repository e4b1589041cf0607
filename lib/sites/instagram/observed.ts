/**
 * Which responses the main-world observer hands to the content script. Called for every fetch
 * and XHR of the page, so it is one anchored regular expression, no URL parsing.
 */
const DATA_URL =
  /^(?:https:\/\/(?:www\.|i\.)?instagram\.com)?\/(?:graphql\/query|api\/graphql|api\/v1\/(?:users\/web_profile_info\/|feed\/user\/[^/?#]+\/|clips\/user\/|media\/\d+(?:_\d+)?\/(?:comments|info|likers)\/|friendships\/\d+\/(?:followers|following)\/))/;

export function isInstagramDataUrl(url: string): boolean {
  return DATA_URL.test(url);
}
