import picomatch from 'picomatch';
import type { DocumentLocation } from './documentLocation';

/** The language ids the server checks; anything else an editor sends is left alone. */
const JSON_LANGUAGES: ReadonlySet<string> = new Set(['json', 'jsonc']);

export function isJsonLanguage(languageId: string): boolean {
  return JSON_LANGUAGES.has(languageId);
}

/**
 * Whether a document is named as an instance file by the `files` globs. A document that is not
 * may still be checked when its content is an instance body; that needs the parse, so the
 * caller decides.
 */
export class FileGlobs {
  private cache: { key: string; isMatch: (path: string) => boolean } | undefined;

  matches(location: DocumentLocation, globs: readonly string[]): boolean {
    if (globs.length === 0) return false;
    return this.matcher(globs)(location.globPath);
  }

  /** One compiled matcher, kept while the settings stay the same (they rarely change). */
  private matcher(globs: readonly string[]): (path: string) => boolean {
    const key = JSON.stringify(globs);
    if (this.cache?.key !== key) {
      this.cache = { key, isMatch: picomatch(globs.map(anyDepth), { dot: true }) };
    }
    return this.cache.isMatch;
  }
}

// Paths are absolute and not every client says where the workspace is, so a pattern anchored
// neither at the root nor by a leading `**/` matches at any depth: `instances/*.json` finds every
// `instances` folder.
function anyDepth(glob: string): string {
  return glob.startsWith('/') || glob.startsWith('**/') || /^[A-Za-z]:\//.test(glob) ? glob : `**/${glob}`;
}
