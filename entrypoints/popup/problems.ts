// Turns the errors of "inject the content script and ask for an audit" into words for the popup.
// Pure: no browser APIs, so it can be unit-tested.

export interface Problem {
  title: string;
  /** what happened and what to do, in plain words */
  explanation: string;
  /** the raw error text, shown under "Details" */
  detail: string;
  /** trying again can help (false for pages no extension may script) */
  retry: boolean;
}

const BROWSER_PAGE = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|devtools|view-source|chrome-search|chrome-untrusted):/i;
const STORE = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)\//i;

export function describeProblem(error: unknown, tabUrl?: string): Problem {
  const detail = error instanceof Error ? error.message : String(error ?? 'Unknown error');
  const url = tabUrl ?? '';

  if (BROWSER_PAGE.test(url) || /cannot access a (chrome|edge|about)|chrome:\/\/|chrome-extension:\/\/|about:|extension page|cannot be scripted|extensions gallery|the page is a browser page|missing host permission for the tab, or the tab is a privileged page/i.test(detail)) {
    return {
      title: 'Clinic Lint can’t check this page',
      explanation:
        'This is a browser page (settings, new tab, an extension or the add-on store). Browsers don’t let extensions read these pages. Open a clinic website in this tab and click Clinic Lint again.',
      detail,
      retry: false,
    };
  }
  if (STORE.test(url)) {
    return {
      title: 'Clinic Lint can’t check this page',
      explanation: 'Browsers don’t let extensions read the extension store. Open a clinic website and try again.',
      detail,
      retry: false,
    };
  }
  if (/^file:/i.test(url) || /file:\/\//i.test(detail)) {
    return {
      title: 'Local files need your permission',
      explanation:
        'To audit a file saved on this computer, turn on “Allow access to file URLs” in the extension’s details page, then reload the file and try again.',
      detail,
      retry: true,
    };
  }
  if (/error page/i.test(detail)) {
    return {
      title: 'This tab is showing an error page',
      explanation: 'The page didn’t load. Reload it, wait until it has loaded, and try again.',
      detail,
      retry: true,
    };
  }
  if (/cannot access contents of|permission|not allowed|host permission/i.test(detail)) {
    return {
      title: 'Clinic Lint has no access to this tab',
      explanation:
        'Clinic Lint only reads a page after you click its toolbar button on that page, and the access ends when the tab goes to another page. Click the Clinic Lint button again while the page is open.',
      detail,
      retry: false,
    };
  }
  if (/no tab|no active tab/i.test(detail)) {
    return {
      title: 'No page to check',
      explanation: 'Clinic Lint couldn’t find the tab you are looking at. Click a tab with a clinic page and open Clinic Lint again.',
      detail,
      retry: true,
    };
  }
  if (/no response|receiving end does not exist|could not establish connection|message port closed/i.test(detail)) {
    return {
      title: 'The page didn’t answer',
      explanation: 'The page may still be loading, or it navigated while Clinic Lint was reading it. Wait a moment and try again.',
      detail,
      retry: true,
    };
  }
  return {
    title: 'Something went wrong',
    explanation: 'Clinic Lint couldn’t finish the audit of this page. Try again; if it keeps failing, report it with the details below.',
    detail,
    retry: true,
  };
}
