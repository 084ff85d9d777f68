// Node's DOM for the engine: jsdom (parse5, spec-compliant), so the CLI sees what Chromium sees.
// Page scripts never run: jsdom's default is runScripts: undefined (no scripts, no subresources).
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

export function parseHtml(html: string, url?: string): Document {
  const dom = new JSDOM(html, { url: url && /^https?:|^file:/.test(url) ? url : 'https://page.invalid/', virtualConsole: quiet });
  return dom.window.document;
}
