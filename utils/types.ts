// The engine's data contract: gather → detect → rules → report.
// Everything here is plain data except the `element` handles, which rules treat as opaque
// (they never read the DOM through them; the report turns them into CSS selectors).
import type { Locale } from './locale/types';

export type Category = 'stale' | 'cta' | 'phone' | 'claims' | 'trust' | 'links' | 'internal';
export type Severity = 'error' | 'warning' | 'info';
export type PageKind = 'clinic-article' | 'clinic-page' | 'other';

/** Where in the page template a piece of content sits. */
export type Region = 'header' | 'nav' | 'main' | 'aside' | 'footer' | 'other';

/** A run of text inside a block that belongs to a link or control (offsets into `TextBlock.text`). */
export interface TextSpan {
  start: number;
  end: number;
  /** index into `PageFacts.links`, or -1 for a non-link interactive control (button, [role=button]). */
  link: number;
}

/** Text of one block element (p, li, h2, td, a div with direct text…), in document order. */
export interface TextBlock {
  index: number;
  element: Element;
  tag: string;
  /** whitespace-collapsed text of the block, without the text of nested blocks */
  text: string;
  region: Region;
  /** inside the main content (article/main, or the detected content root) */
  inContent: boolean;
  /** h1–h6 level, 0 for non-headings */
  heading: number;
  /** inside blockquote, q or cite: quoted, not the page's own voice */
  quoted: boolean;
  /** spans of the text that sit inside links or controls */
  spans: TextSpan[];
  /** offsets into `text` where each text node starts, with the node (for exact-range highlights) */
  nodes: Array<{ start: number; node: Text }>;
}

export interface LinkFact {
  index: number;
  element: Element;
  /** 'a', 'area', 'button', 'input', or the tag of an element with role=button/link */
  tag: string;
  /** the raw href attribute (null when missing) */
  href: string | null;
  /** href resolved against the page URL / <base>, null when unresolvable or missing */
  url: string | null;
  /** visible text, whitespace-collapsed */
  text: string;
  /** accessible name: aria-label, aria-labelledby text, text, img alt, title */
  name: string;
  rel: string;
  target: string;
  region: Region;
  inContent: boolean;
  /** index of the block that holds the link text, -1 when the link has no text */
  block: number;
  hasOnclick: boolean;
  role: string | null;
  /** inside a bar the markup pins to the screen (class "sticky-…", "fixed-bottom", "call-now", inline
   * position: fixed/sticky): what the CLI knows of sticky bars; the browser's layout hook knows more */
  pinned?: boolean;
  /** links with the same row number sit together (one <ul> of menu items, one row of icons); -1 none */
  row?: number;
}

export interface FormFact {
  element: Element;
  action: string | null;
  /** input names/types/autocomplete/placeholder values, lower-cased */
  fields: string[];
  hasSubmit: boolean;
  region: Region;
  inContent: boolean;
}

export interface TimeFact {
  element: Element;
  datetime: string | null;
  text: string;
  region: Region;
  inContent: boolean;
  /** class/itemprop hints such as "entry-date published", "dateModified" */
  hint: string;
}

export interface JsonLdEntity {
  /** @type values, e.g. ["MedicalClinic"] */
  types: string[];
  data: Record<string, unknown>;
}

export interface HeadingFact {
  level: number;
  text: string;
  element: Element;
  block: number;
}

export interface LayoutBox {
  top: number;
  height: number;
  visible: boolean;
  /** position: fixed or sticky somewhere in its ancestry */
  fixed: boolean;
}

/** Optional layout facts that only a browser can supply (the content script passes it in). */
export interface LayoutHook {
  viewportHeight: number;
  box(el: Element): LayoutBox;
  isHidden(el: Element): boolean;
}

/** A frame gather could not read. */
export interface SkippedFrame {
  /** the frame's resolved src ("about:srcdoc" for an inline srcdoc frame) */
  url: string;
  /** cross-origin: the browser keeps its document from the page; sandboxed: a sandbox without
   * allow-same-origin; not-loaded: no document yet (also every src frame in the CLI, which fetches
   * no subresources); too-deep: frames nested past gather's limit */
  reason: 'cross-origin' | 'sandboxed' | 'not-loaded' | 'too-deep';
}

export interface PageFacts {
  url: string;
  title: string;
  lang: string;
  canonical: string | null;
  /** the hreflang of the page's own <link rel=alternate> entry (its declared locale), if any */
  hreflang?: string | null;
  /** name/property (lower-cased) → content values */
  meta: Record<string, string[]>;
  jsonLd: JsonLdEntity[];
  /** JSON-LD blocks that failed to parse */
  jsonLdErrors: number;
  blocks: TextBlock[];
  links: LinkFact[];
  forms: FormFact[];
  times: TimeFact[];
  headings: HeadingFact[];
  iframes: string[];
  scripts: string[];
  /** every element id and <a name> in the page, so in-page #fragment links can be checked */
  ids: Set<string>;
  /** the <article>/<main> element (or best content root) when one was found */
  contentRoot: Element | null;
  /** word count of the content root (or body) */
  wordCount: number;
  /** words of visible text in the whole page */
  totalWords: number;
  hasArticleElement: boolean;
  /** set when gather stopped early (time or size budget) */
  truncated: boolean;
  /** why gather stopped early: the time budget, or the size limits on text (optional, additive) */
  truncatedBy?: 'time' | 'size';
  /** shadow roots / frames that were skipped, for a limitation finding */
  skipped: string[];
  /** visible frames whose content could not be read (cross-origin, sandboxed, not loaded), for one
   * limitation finding. Optional: facts built before gather followed frames omit it. */
  skippedFrames?: SkippedFrame[];
  /** same-origin frames whose content was audited as part of the page */
  framesAudited?: number;
  layout: LayoutHook | null;
  /** the document itself, only for the report stage (selectors); rules must not use it */
  document: Document;
}

export interface Detection {
  kind: PageKind;
  confidence: number;
  signals: string[];
  /** the page is an article (Article/BlogPosting JSON-LD, og:type=article, /blog/ URL, long <article>) */
  isArticle: boolean;
}

export type DateSource =
  | 'jsonld:dateModified'
  | 'jsonld:datePublished'
  | 'jsonld:lastReviewed'
  | 'meta:modified'
  | 'meta:published'
  | 'visible:updated'
  | 'visible:published'
  | 'visible:reviewed'
  | 'time'
  | 'title'
  | 'url';

export interface DateSignal {
  source: DateSource;
  /** ISO date, YYYY-MM-DD */
  date: string;
  /** the text it came from */
  raw: string;
  element: Element | null;
}

export interface PageDates {
  published: string | null;
  modified: string | null;
  reviewed: string | null;
  /** best date for page age: reviewed, modified, published (most recent of the trustworthy ones) */
  best: string | null;
  /** a visible date (byline, "Updated …", "Medically reviewed …") exists */
  hasVisibleDate: boolean;
  signals: DateSignal[];
}

export interface ClinicProfile {
  /** canonical clinic numbers, any format */
  phones: string[];
  /** substrings or /regex/ strings that identify booking URLs */
  bookingUrlPatterns: string[];
  /** ISO 3166 alpha-2 default region for phone parsing, e.g. "US" */
  region: string | null;
  /** months before a review is overdue (warning), error at twice that */
  reviewCycleMonths: number;
}

export interface ClaimEntry {
  id: string;
  /** case-insensitive regular expression source */
  pattern: string;
  fact: string;
  trueFrom: string | null;
  falseFrom: string | null;
  recheckBy: string | null;
  /** text near the match that means the entry does not apply */
  exceptIfNear?: string[];
  severity: Severity;
  message: string;
  fix: string;
  sources: string[];
  category?: Category;
}

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
}

export interface Config {
  rules: Record<string, RuleOverride>;
  profile: ClinicProfile;
  /** user claims entries, added to the shipped knowledge base */
  claims: ClaimEntry[];
  /** run every rule even when the page is not detected as a clinic page */
  auditAnyPage: boolean;
  /** stop running rules after this many milliseconds and report a limitation */
  budgetMs: number;
}

export interface RuleContext {
  now: Date;
  /** YYYY-MM-DD of `now` */
  today: string;
  config: Config;
  detection: Detection;
  dates: PageDates;
  /** ISO country the page's national phone numbers and dates are read in (utils/region: decided once) */
  region: string;
  /** numeric dates on this page put the day first (08/04/2015 = 8 April), from the same decision */
  dayFirst: boolean;
  /** the words of the page's languages (utils/locale): English first, then the page's own language */
  locales: readonly Locale[];
  claims: ClaimEntry[];
}

/** What a rule returns; the report fills in ids, selectors and defaults from the rule's metadata. */
export interface FindingDraft {
  message: string;
  element?: Element | null;
  /** page: the problem has no single element (e.g. no call to action anywhere) */
  scope?: 'element' | 'page';
  /** the offending text itself */
  excerpt?: string;
  /** text of the nearest block; defaults to the block holding `element` */
  context?: string;
  severity?: Severity;
  fix?: string;
  data?: Record<string, unknown>;
  /** exact text range for highlights: a block index and offsets into its text */
  range?: { block: number; start: number; end: number };
}

export interface RuleSource {
  /** what the reader will find there, in words ("Google: creating helpful, people-first content") */
  title: string;
  url: string;
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  title: string;
  description: string;
  why: string;
  fix: string;
  /** catalog id such as "PHN-006" (for the team: never shown to users) */
  catalog?: string;
  /** the main source, linked from each finding (report format v1's helpUrl) */
  helpUrl?: string;
  /** where the rule's reasons come from, as titled links for its help page */
  sources?: RuleSource[];
  /**
   * Which pages the rule runs on: 'any' (objective markup defects), 'clinic' (clinic pages only, the default),
   * 'article' (clinic articles only).
   */
  runsOn?: 'any' | 'clinic' | 'article';
}

export interface Rule extends RuleMeta {
  check(facts: PageFacts, ctx: RuleContext): FindingDraft[];
}

export interface Finding {
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  scope: 'element' | 'page';
  message: string;
  excerpt: string;
  context: string;
  selector: string | null;
  fix: string;
  helpUrl: string;
  data: Record<string, unknown>;
}

export interface Report {
  schema: 'cliniclint.report/v1';
  generator: { name: 'cliniclint'; version: string };
  page: {
    url: string;
    title: string;
    lang: string;
    /** the language the page's text was read in (utils/locale), whatever its declared `lang` */
    language?: string;
    /** the language of the report's messages */
    messageLanguage?: string;
    auditedAt: string;
    detection: { kind: PageKind; confidence: number; signals: string[] };
    dates: { published: string | null; modified: string | null; reviewed: string | null };
  };
  summary: { error: number; warning: number; info: number; byCategory: Record<string, number> };
  findings: Finding[];
}
