// DOMPurify over a jsdom window, for the HTML export (the extension passes the browser's DOMPurify).
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

let purify: ReturnType<typeof createDOMPurify> | null = null;

export function sanitizeHtml(html: string): string {
  purify ??= createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  return purify.sanitize(html);
}
