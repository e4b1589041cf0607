import type { AccountList } from '../model/audience';
import type { Platform } from '../model/reading';
import { readInstagramAccountList } from './instagram/account-list';
import { classifyInstagramUrl } from './instagram/url';
import { readTikTokUserList } from './tiktok/user-list';
import { classifyTikTokUrl } from './tiktok/url';

/** Each platform's reader of followers, following and likes lists (one response → one page of a list). */
export const accountListReaders: Record<
  Platform,
  (body: unknown, url: string) => AccountList | null
> = {
  instagram: readInstagramAccountList,
  tiktok: readTikTokUserList,
};

/** The creator whose profile (or followers list: instagram.com/<handle>/followers/) a URL shows. */
export const profileHandleOf: Record<Platform, (url: string) => string | null> = {
  instagram: (url) => {
    const u = classifyInstagramUrl(url);
    return u.page === 'profile' ? u.handle : null;
  },
  tiktok: (url) => {
    const u = classifyTikTokUrl(url);
    return u.page === 'profile' ? u.handle : null;
  },
};
