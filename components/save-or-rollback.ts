// Optimistic saves for the extension pages: the view shows the new value at once, and goes back to
// the old one when storage refuses the write (a full quota), so nothing on screen claims a save that
// did not happen.
import type { Signal } from '@preact/signals';

/** Shows `next`, writes it; on failure restores the previous value and returns why (null when saved). */
export async function saveOrRollback<T>(state: Signal<T>, next: T, write: (value: T) => Promise<void>): Promise<string | null> {
  const before = state.value;
  state.value = next;
  try {
    await write(next);
    return null;
  } catch (err) {
    state.value = before;
    return err instanceof Error ? err.message : String(err);
  }
}
