// Saving an export: a Blob URL handed to downloads.download (the "downloads" permission), or an
// <a download> click where that API is missing or refuses. Used by the popup, the report page and
// the draft checker (extension pages: the MV3 service worker has no URL.createObjectURL, and
// DOMPurify needs the page's DOM).
import DOMPurify from 'dompurify';
import type { ExportFile } from '@/components/export';

/** DOMPurify over the page's own DOM, for the HTML export's markup. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html);
}

/** How long a Blob URL stays valid after the download started (a slow disk, a "Save as" dialog). */
const REVOKE_AFTER_MS = 60_000;

function clickDownload(url: string, filename: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves `file` to the downloads folder. Resolves once the browser has taken the download. */
export async function saveFile(file: ExportFile): Promise<void> {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  const downloads = (browser as { downloads?: typeof browser.downloads }).downloads;
  if (downloads?.download) {
    try {
      await downloads.download({ url, filename: file.filename, conflictAction: 'uniquify' });
      return;
    } catch {
      // e.g. a browser that refuses blob: URLs here: the plain way below
    }
  }
  clickDownload(url, file.filename);
}
