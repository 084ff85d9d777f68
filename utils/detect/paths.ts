// What a URL's path says about a page: a post under a listing, a dated permalink, the listing itself.

/** A page under a listing of posts: /blog/slug, /news/slug. */
export const ARTICLE_URL = /\/(blog|blogs|news|articles?|posts?|insights|resources\/articles|learn|library|announcements|press|updates)\/[^/?#]+/i;

/** WordPress-style date permalinks: /2016/07/04/slug/, /2019/05/slug. */
export const DATE_PERMALINK = /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/(?:(?:0?[1-9]|[12]\d|3[01])\/)?[^/?#]+/;

/** The listing itself: /blog, /news/, /blog.html, /blog/page/2, /category/… — its dates are its posts'. */
export const LISTING_PATH = /\/(?:blog|blogs|news|articles|posts|insights|updates|announcements|press)(?:\/(?:index\.html?|page\/\d+\/?)?|\.html?)?$|\/(?:category|tag|archives?)\/[^/]+\/?$/i;

/** The path of a URL, or the text as written when it does not parse. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
