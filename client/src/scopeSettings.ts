import * as vscode from 'vscode';
import type { ScopedDocument, ScopeSettings } from './instanceScope';
import { SETTINGS_SECTION } from './manifest';

/** `ceInstance.enable` and `ceInstance.files` for a document; a wrong `files` falls back to the default, as in the server. */
export function scopeSettings(document: vscode.TextDocument): ScopeSettings {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, document);
  const files = settings.get<unknown>('files');
  const isGlobList = Array.isArray(files) && files.every((glob) => typeof glob === 'string');
  return {
    enable: settings.get<unknown>('enable', true) !== false,
    files: isGlobList ? files : (settings.inspect<string[]>('files')?.defaultValue ?? []),
  };
}

export function scopedDocument(document: vscode.TextDocument): ScopedDocument {
  return {
    uri: document.uri.toString(),
    scheme: document.uri.scheme,
    languageId: document.languageId,
    version: document.version,
    getText: () => document.getText(),
  };
}
