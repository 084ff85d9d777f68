// Links that act like call-to-action buttons without being booking, call or contact links: "Submit a
// referral online", "Refer a patient", "Pay your bill", "Download the intake form", "Register for the
// seminar". classify.ts reads booking/call/contact CTAs; a dead href on any of these other action links
// (CTA-003) is just as much a lost patient or referral.
//
// Without class tokens in LinkFact (gather records href, text, name and role, not class), "styled as a
// button" cannot be read; the action verb at the start of the name is the signal. UI controls that
// live on "#" hrefs (menu toggles, "Back to top", carousel arrows, accordion and tab headers, share
// buttons) name no action verb, and the few that do ("Start slideshow", "Send to a friend", "Join the
// discussion") are excluded by name.
import type { Config, LinkFact, PageFacts } from '../types';
import { deadHref, pageCtas, type DeadReason } from './classify';

/** A name that starts with an action verb: "Submit a referral online", "Refer a patient", "Sign up". */
export const ACTION_START =
  /^(?:submit|send|refer|request|register|apply|get|start|order|pay|download|sign[- ]?up|join|enrol(?:l)?|book|schedule|reserve|buy|purchase|redeem|claim|donate|subscribe|upload|complete|fill\s+(?:out|in)|check[- ]?in|renew|refill|verify|create\s+(?:an?\s+|your\s+)?account)\b/i;

/** Named patient services that are actions in themselves: "Patient portal", "Online bill pay", "New patient forms". */
export const ACTION_NOUN =
  /^(?:(?:the\s+|our\s+)?patient\s+portal|online\s+(?:bill\s+)?pay(?:ment)?s?|bill\s+pay(?:ment)?|(?:new\s+)?patient\s+(?:intake\s+)?forms?|intake\s+forms?)\b/i;

/** Action-verb names that are UI controls or sharing, not calls to action. */
const NOT_ACTION =
  /^(?:start|stop|pause|play)\s+(?:the\s+)?(?:slide(?:show|r)?|show|video|animation|carousel|audio|autoplay)|^send\s+(?:to\s+a\s+friend|(?:this|it|the\s+(?:page|article|post))\b|via\b|by\s+e-?mail\b)|^join\s+(?:the\s+)?(?:conversation|discussion)|^get\s+(?:the\s+)?(?:link|embed\s+code|code)\b|^(?:request\s+)?(?:desktop|mobile)\s+(?:site|version)/i;

// Leading icons and punctuation before the words ("» Submit", "→ Refer a patient").
const LEAD = /^[^\p{L}\p{N}]+/u;
const QUESTION = /\?\s*$/;
const LOWER_START = /^\p{Ll}/u;

function wordCount(s: string): number {
  return s ? s.split(/\s+/).filter(Boolean).length : 0;
}

/** True when a link's accessible name reads as an action: an action verb first, short, not a question. */
export function isActionName(name: string): boolean {
  const n = name.replace(LEAD, '').trim();
  if (!n || n.length > 60 || wordCount(n) > 8 || QUESTION.test(n)) return false;
  return (ACTION_START.test(n) && !NOT_ACTION.test(n)) || ACTION_NOUN.test(n);
}

export interface DeadAction {
  link: LinkFact;
  dead: DeadReason;
}

const cache = new WeakMap<PageFacts, DeadAction[]>();

/**
 * Links with a dead href (missing, empty, "#", "javascript:", or a "#fragment" with no target on the
 * page) whose name is an action, and that classify.ts did not already read as a booking, call or
 * contact CTA. A "#" in the navigation (a sub-menu parent such as "Refer a patient ▾") and hash-route
 * fragments ("#/register", "#!/apply") are left out.
 */
export function deadActionLinks(facts: PageFacts, config?: Pick<Config, 'profile'> | null): DeadAction[] {
  const hit = cache.get(facts);
  if (hit) return hit;
  const ctas = pageCtas(facts, config);
  const out: DeadAction[] = [];
  for (const link of facts.links) {
    if (link.tag !== 'a' && link.tag !== 'area') continue;
    if (ctas.byLink[link.index]) continue; // a booking/call/contact CTA: classify.ts reports it
    const dead = deadHref(link, facts.ids);
    if (!dead) continue;
    if (dead === 'no-target' && /^#[!/]/.test((link.href ?? '').trim())) continue;
    if (link.region === 'nav' && dead !== 'javascript') continue;
    const name = link.name || link.text;
    if (!isActionName(name)) continue;
    // A lower-case link inside a sentence ("… to order him …") is prose, not a button.
    const block = link.block >= 0 ? facts.blocks[link.block] : undefined;
    if (LOWER_START.test(name.replace(LEAD, '')) && block && block.text.length > name.length + 20) continue;
    out.push({ link, dead });
  }
  cache.set(facts, out);
  return out;
}
