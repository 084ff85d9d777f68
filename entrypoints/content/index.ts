// Injected on demand by the popup (activeTab + scripting):
//   browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] })
// `registration: 'runtime'` with no matches keeps it out of the manifest, so the extension has no host
// permissions and never runs on a page the user did not ask about.
//
// Start-up only registers message handlers; nothing is read or changed until the popup asks.
// Double injection: every injection re-runs this file and WXT creates a new ContentScriptContext,
// whose constructor synchronously invalidates the previous one (a same-named script-started event).
// The previous copy's handlers and outline are removed in ctx.onInvalidated, so exactly one copy
// answers at any time (checked by the e2e test, which injects twice).
import { auditDocument } from '@/utils/engine';
import { defaultConfig } from '@/utils/config/defaults';
import { createLayoutHook } from '@/utils/layout';
import { onMessage } from '@/utils/messaging';
import { createHighlighter } from './highlight';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Only the document-level custom event, no window.postMessage that page scripts would see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const highlighter = createHighlighter(ctx);
    const removers = [
      onMessage('audit', ({ data }) =>
        auditDocument(document, {
          url: location.href,
          now: new Date(),
          config: defaultConfig(),
          layout: createLayoutHook(window),
          force: data?.force === true,
        }),
      ),
      onMessage('highlight', ({ data }) => highlighter.show(data.selector, data.label)),
      onMessage('clear', () => highlighter.clear()),
    ];
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
    });
  },
});
