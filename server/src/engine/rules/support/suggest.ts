/**
 * "Did you mean": the candidate closest to `word` by edit distance, ignoring case and the
 * characters people commonly slip on (spaces, `-`/`_`), when it is close enough to be a typo.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const normalised = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = normalise(candidate);
    if (other === normalised) return candidate;
    const limit = Math.max(1, Math.floor(Math.min(other.length, normalised.length) / 4));
    const distance = editDistance(normalised, other, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up beyond `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
