/**
 * Promises by key, so concurrent callers share one piece of work. A rejected promise is
 * forgotten, so the next caller tries again (a file may have been fixed, the network may be back).
 */
export class PromiseCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  get(key: string, create: () => Promise<V>): Promise<V> {
    let entry = this.entries.get(key);
    if (!entry) {
      const created = create();
      entry = created;
      this.entries.set(key, created);
      created.catch(() => {
        if (this.entries.get(key) === created) this.entries.delete(key);
      });
    }
    return entry;
  }
}
