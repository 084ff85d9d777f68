// Third-party advertising pixels (catalog CMP-016, KB-20), matched against script src URLs.
// Analytics-only and tag-manager scripts are not listed: a tag manager alone proves no ad tag.

export interface Tracker {
  name: string;
  /** matched against the script src, lower-cased, without the protocol */
  pattern: RegExp;
}

export const AD_TRACKERS: Tracker[] = [
  { name: 'Meta (Facebook) Pixel', pattern: /(?:^|\/\/|\.)connect\.facebook\.net\/[^?#]*\/fbevents\.js|(?:^|\/\/|\.)connect\.facebook\.net\/signals\// },
  { name: 'TikTok Pixel', pattern: /(?:^|\/\/|\.)analytics\.tiktok\.com\// },
  { name: 'LinkedIn Insight Tag', pattern: /(?:^|\/\/|\.)snap\.licdn\.com\/li\.lms-analytics\/|(?:^|\/\/|\.)px\.ads\.linkedin\.com\// },
  { name: 'Google Ads conversion tag', pattern: /(?:^|\/\/|\.)googleadservices\.com\/pagead\/conversion|(?:^|\/\/|\.)googletagmanager\.com\/gtag\/js\?(?:[^#]*&)?id=aw-|(?:^|\/\/|\.)googleads\.g\.doubleclick\.net\// },
  { name: 'Microsoft Advertising UET', pattern: /(?:^|\/\/|\.)bat\.bing\.com\/bat\.js/ },
  { name: 'X (Twitter) Pixel', pattern: /(?:^|\/\/|\.)static\.ads-twitter\.com\/uwt\.js|(?:^|\/\/|\.)analytics\.twitter\.com\// },
  { name: 'Snap Pixel', pattern: /(?:^|\/\/|\.)sc-static\.net\/scevent\.min\.js|(?:^|\/\/|\.)tr\.snapchat\.com\// },
  { name: 'Pinterest Tag', pattern: /(?:^|\/\/|\.)s\.pinimg\.com\/ct\/core\.js|(?:^|\/\/|\.)ct\.pinterest\.com\// },
  { name: 'Reddit Pixel', pattern: /(?:^|\/\/|\.)redditstatic\.com\/ads\/pixel\.js|(?:^|\/\/|\.)alb\.reddit\.com\// },
  { name: 'Criteo', pattern: /(?:^|\/\/|\.)static\.criteo\.net\/js\/ld\/|(?:^|\/\/|\.)dynamic\.criteo\.com\// },
  { name: 'Taboola Pixel', pattern: /(?:^|\/\/|\.)cdn\.taboola\.com\/libtrc\/unip\// },
  { name: 'Outbrain Pixel', pattern: /(?:^|\/\/|\.)amplify\.outbrain\.com\/cp\/obtp\.js/ },
  { name: 'Quora Pixel', pattern: /(?:^|\/\/|\.)a\.quora\.com\/qevents\.js/ },
  { name: 'Nextdoor Pixel', pattern: /(?:^|\/\/|\.)ads\.nextdoor\.com\// },
];

/** The ad trackers a list of script src values loads (each once). */
export function adTrackersIn(srcs: string[]): Array<{ tracker: Tracker; src: string }> {
  const out: Array<{ tracker: Tracker; src: string }> = [];
  for (const raw of srcs) {
    const src = raw.trim().toLowerCase().replace(/^https?:/, '');
    for (const t of AD_TRACKERS) {
      if (out.some((o) => o.tracker === t)) continue;
      if (t.pattern.test(src)) out.push({ tracker: t, src: raw });
    }
  }
  return out;
}
