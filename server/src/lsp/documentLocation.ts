import { fileURLToPath } from 'node:url';

/** Where an open document lives, as far as config discovery and the `files` globs care. */
export interface DocumentLocation {
  /** The file for `file:` URIs; other schemes (untitled, git, ...) have none, so no config file applies. */
  readonly filePath: string | undefined;
  /** What the `files` globs are matched against: the file path with `/` separators, or the URI's path. */
  readonly globPath: string;
}

export function documentLocation(uri: string): DocumentLocation {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { filePath: undefined, globPath: uri };
  }
  if (url.protocol === 'file:') {
    try {
      const filePath = fileURLToPath(url);
      return { filePath, globPath: filePath.replace(/\\/g, '/') };
    } catch {
      // A file URI with a host on POSIX, for one: treat it like any other scheme.
    }
  }
  return { filePath: undefined, globPath: decodedPath(url.pathname) };
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
