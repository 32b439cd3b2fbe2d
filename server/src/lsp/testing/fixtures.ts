import { type ClientCapabilities, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../engine';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type InProcessServer, startInProcess } from './inProcessServer';
import type { ServerOptions } from '../server';

/**
 * An instance body with a comment (safe fix), two trailing commas (safe fixes of one rule) and a
 * duplicate key (suggestion only). Its findings, by line and character:
 * no-comments 1:2-1:16, no-trailing-commas 2:26-2:27 and 3:26-3:27, no-duplicate-keys 4:15-4:21.
 */
export const BROKEN_BODY = '{\n  // the element\n  "element": {"key": "box",},\n  "configuration": {"x": 1,},\n  "name": "a", "name": "b"\n}\n';
/** BROKEN_BODY with every safe fix applied. */
export const FIXED_BODY = '{\n  "element": {"key": "box"},\n  "configuration": {"x": 1},\n  "name": "a", "name": "b"\n}\n';

/** A client that takes pushed diagnostics and answers `workspace/configuration`. */
export const PUSH_CLIENT: ClientCapabilities = { workspace: { configuration: true } };

/** A client that pulls diagnostics and lets the server ask it to pull again. */
export const PULL_CLIENT: ClientCapabilities = {
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

/** An in-process server, initialized for `capabilities`. */
export async function initializedServer(capabilities: ClientCapabilities, options: ServerOptions = {}): Promise<InProcessServer> {
  const server = startInProcess(options);
  await server.client.initialize(capabilities);
  await server.client.initialized();
  return server;
}

/** Applies the edits `edit` makes to `uri`, as an editor would. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = [...(edit?.changes?.[uri] ?? [])];
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      edits.push(...change.edits.filter((one): one is TextEdit => 'range' in one && 'newText' in one));
    }
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, text), edits);
}

/** The position of the `nth` (0-based) occurrence of `needle` in `text`, moved `delta` characters into it. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = text.indexOf(needle);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return new LineIndex(text).position(at + delta);
}

/** The range `needle` covers in `text` (its `nth` occurrence). */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  return { start: positionOf(text, needle, 0, nth), end: positionOf(text, needle, needle.length, nth) };
}
