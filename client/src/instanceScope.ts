import { parseJson } from '../../server/src/engine/json/jsonTree';
import { membersOf } from '../../server/src/engine/json/objects';
import { DocumentText } from '../../server/src/engine/text/embeddedText';
import { documentLocation } from '../../server/src/lsp/documentLocation';
import { FileGlobs } from '../../server/src/lsp/documentScope';

/**
 * Which open documents are instance documents, as the server decides it: the extension starts the
 * server for the first one and shows the status item for them. The globs and locations are the
 * server's own code; the body test mirrors the engine's `InstanceBody.recognise` (a test keeps the
 * two in step) without loading the rules.
 */

/** The documents the client hands to the server: JSON in files and unsaved editors (not diff views of git, ...). */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'untitled', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'untitled', language: 'jsonc' },
] as const;

/** The part of the `ceInstance` settings that says which documents are checked. */
export interface ScopeSettings {
  readonly enable: boolean;
  readonly files: readonly string[];
}

/** A document as the scope sees it; the text is read only when the globs do not decide. */
export interface ScopedDocument {
  readonly uri: string;
  readonly scheme: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export class InstanceScope {
  private readonly globs = new FileGlobs();
  /** The last answer for a document's content, by URI: documents are asked again on each status update. */
  private readonly bodies = new Map<string, { version: number; isBody: boolean }>();

  includes(document: ScopedDocument, settings: ScopeSettings): boolean {
    if (!settings.enable || !DOCUMENT_SELECTOR.some((filter) => filter.scheme === document.scheme && filter.language === document.languageId)) return false;
    return this.globs.matches(documentLocation(document.uri), settings.files) || this.isBody(document);
  }

  forget(uri: string): void {
    this.bodies.delete(uri);
  }

  private isBody(document: ScopedDocument): boolean {
    const known = this.bodies.get(document.uri);
    if (known?.version === document.version) return known.isBody;
    const isBody = looksLikeInstanceBody(document.getText());
    this.bodies.set(document.uri, { version: document.version, isBody });
    return isBody;
  }
}

/** A JSON object with a top-level `element` or `configuration`, read as tolerantly as the engine reads it. */
export function looksLikeInstanceBody(text: string): boolean {
  const root = parseJson(new DocumentText(text)).root;
  if (root?.type !== 'object') return false;
  return membersOf(root).some((member) => member.name === 'element' || member.name === 'configuration');
}
