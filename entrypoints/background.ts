// The toolbar badge. The popup sets a tab's badge itself right after an audit
// (browser.action.setBadgeText({ tabId, text })): no message hop, so nothing depends on the service
// worker being awake. The worker's one job is to clear that tab's badge when the tab starts loading
// a new page, because the count belonged to the old page.
// `status` in tabs.onUpdated is available without the "tabs" permission.
export default defineBackground(() => {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => {
        // the tab closed meanwhile
      });
    }
  });
});
