// A browser-storage write that failed, in words a person can act on: what was not saved, why, and
// what to do. Storage is bounded (Chrome: storage.local 10 MB without `unlimitedStorage`;
// storage.sync 100 KB in all, 8 KB per item, and a limit on writes per minute and per hour), so a
// write can be refused with a quota error ("QUOTA_BYTES quota exceeded", "Resource::kQuotaBytes
// quota exceeded", Firefox's QuotaExceededError). The callers catch it and show the message; what
// was stored before stays as it was. Pure: no browser APIs.

export type WriteArea = 'local' | 'sync';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : typeof err === 'string' ? err : String(err ?? ''));

/** The write was refused because a storage quota is used up (bytes or, in sync storage, writes). */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(messageOf(err));
}

/** Sync storage's limit on writes per minute / hour (a quota error that waiting fixes). */
function isRateLimit(err: unknown): boolean {
  return /MAX_WRITE_OPERATIONS|MaxWriteOperations/i.test(messageOf(err));
}

/**
 * What to tell the person when saving `what` ("this audit to the history", "the dismissal") to
 * `area` failed with `err`.
 */
export function storageErrorMessage(err: unknown, what: string, area: WriteArea): string {
  if (isRateLimit(err)) return `Couldn’t save ${what}: too many changes in a short time for your browser’s sync storage. Wait a minute, then try again.`;
  if (isQuotaError(err)) {
    return area === 'sync'
      ? `Couldn’t save ${what}: your browser’s sync storage for Clinic Lint is full. Remove some custom claims in Settings, then try again. Nothing was changed.`
      : `Couldn’t save ${what}: your browser’s storage for Clinic Lint is full. Clear the audit history in Settings (Audit history), then try again. Nothing else was changed.`;
  }
  const detail = messageOf(err).trim();
  return `Couldn’t save ${what}${detail ? ` (${detail})` : ''}. Try again.`;
}

/** A failed storage write, with the message to show (`full` when a quota was the reason). */
export class StorageWriteError extends Error {
  readonly full: boolean;
  constructor(
    readonly what: string,
    readonly area: WriteArea,
    /** the browser's own error */
    readonly original: unknown,
  ) {
    super(storageErrorMessage(original, what, area));
    this.name = 'StorageWriteError';
    this.full = isQuotaError(original);
  }
}

/** Runs a storage write; a failure becomes a StorageWriteError that says what was not saved. */
export async function writeOrExplain<T>(what: string, area: WriteArea, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof StorageWriteError) throw err;
    throw new StorageWriteError(what, area, err);
  }
}
