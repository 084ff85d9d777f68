// "Copy fix" for the popup, the report page and the draft checker: the clipboard API, or the old
// execCommand way where the page has no clipboard permission; the copied finding is marked for a
// moment and the result is announced to assistive technology.
import type { Signal } from '@preact/signals';
import type { Finding } from '@/utils/types';

/** How long the "Copied" mark stays on the finding. */
const COPIED_MS = 2500;

export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard permission in this context: the old way
    const focused = document.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    focused?.focus();
    return ok;
  }
}

/** A copyFix(finding) bound to a page's "copied" signal and its announcer. */
export function createCopyFix(copiedId: Signal<string | null>, announce: (text: string) => void): (finding: Finding) => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return async (finding) => {
    if (!(await writeClipboard(finding.fix))) {
      announce('Couldn’t copy. Select the text of the fix and copy it yourself.');
      return;
    }
    copiedId.value = finding.id;
    announce('Fix copied to the clipboard.');
    clearTimeout(timer);
    timer = setTimeout(() => (copiedId.value = null), COPIED_MS);
  };
}
