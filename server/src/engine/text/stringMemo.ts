/**
 * Remembers a pure function's results for the strings it saw last. Bodies repeat the same date
 * patterns, zones and URLs thousands of times over a repository (and a large poller configuration
 * repeats them within one file), so each distinct string is read once. Results are shared: callers
 * must treat them as read-only, which their `readonly` types say.
 */
export function memoByString<T>(compute: (value: string) => T, capacity = 4096): (value: string) => T {
  return memoByKey((value: string) => value, compute, capacity);
}

/**
 * The same for a function of something that a string stands for (a parsed pattern by its text):
 * `keyOf` must give equal keys only for arguments `compute` answers alike.
 */
export function memoByKey<A, T>(keyOf: (argument: A) => string, compute: (argument: A) => T, capacity = 4096): (argument: A) => T {
  let recent = new Map<string, T>();
  return (argument) => {
    const key = keyOf(argument);
    // Long strings rarely repeat; keeping them would only hold memory.
    if (key.length > MAX_REMEMBERED_LENGTH) return compute(argument);
    const known = recent.get(key);
    if (known !== undefined) return known;
    const result = compute(argument);
    // A whole generation is dropped at once: cheaper than an LRU and as good for this traffic.
    if (recent.size >= capacity) recent = new Map();
    recent.set(key, result);
    return result;
  };
}

const MAX_REMEMBERED_LENGTH = 512;
