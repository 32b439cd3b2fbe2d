/**
 * Remembers a pure function's results for the strings it saw last. Bodies repeat the same date
 * patterns, zones and URLs thousands of times over a repository (and a large poller configuration
 * repeats them within one file), so each distinct string is read once. Results are shared: callers
 * must treat them as read-only, which their `readonly` types say.
 */
export function memoByString<T>(compute: (value: string) => T, capacity = 4096): (value: string) => T {
  let recent = new Map<string, T>();
  return (value) => {
    // Long strings rarely repeat; keeping them would only hold memory.
    if (value.length > MAX_REMEMBERED_LENGTH) return compute(value);
    const known = recent.get(value);
    if (known !== undefined) return known;
    const result = compute(value);
    // A whole generation is dropped at once: cheaper than an LRU and as good for this traffic.
    if (recent.size >= capacity) recent = new Map();
    recent.set(value, result);
    return result;
  };
}

const MAX_REMEMBERED_LENGTH = 512;
