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
  let lastArgument: A | undefined;
  let lastResult: T | undefined;
  whenForgetting(() => {
    recent = new Map();
    lastArgument = undefined;
    lastResult = undefined;
  });
  return (argument) => {
    // Rules ask about the same argument several times in a row (every date-pattern rule walks the
    // same sites, and a resource's two formats are mostly one pattern): the last answer is kept.
    if (argument === lastArgument) return lastResult as T;
    const key = keyOf(argument);
    if (key.length > MAX_REMEMBERED_LENGTH) return compute(argument);
    let result = recent.get(key);
    if (result === undefined) {
      result = compute(argument);
      // A whole generation is dropped at once: cheaper than an LRU and as good for this traffic.
      if (recent.size >= capacity) recent = new Map();
      recent.set(key, result);
    }
    lastArgument = argument;
    lastResult = result;
    return result;
  };
}

/** Long strings rarely repeat; keeping them (even as the last one seen) would only hold memory. */
const MAX_REMEMBERED_LENGTH = 512;

/** What to run when the strings read so far are to be forgotten: memos, and the tokenizer's tables. */
const forgetters: (() => void)[] = [];

/** Registers `forget` (for the life of the process: memos and tables are made once, at load). */
export function whenForgetting(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Forgets every string remembered from the texts checked so far. The language server calls it when
 * its last document closes: the memos and tables hold values of the bodies (a callback URL with
 * its credentials, a secret) that no open document needs any more.
 */
export function forgetRememberedStrings(): void {
  for (const forget of forgetters) forget();
}
