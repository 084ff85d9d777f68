// Runs `task` over `items` with at most `concurrency` at a time; results keep the items' order.
// The first failure stops the run: no new task starts, `signal` aborts the ones in flight, and
// that failure is what the pool rejects with.
export async function mapPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  onDone?: (done: number, total: number, item: T) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const controller = new AbortController();
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await task(items[i]!, i, controller.signal);
      } catch (error) {
        if (!failure) failure = { error };
        controller.abort();
        return;
      }
      if (!failure) onDone?.(++done, items.length, items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
