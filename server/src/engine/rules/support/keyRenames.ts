import type { Fix } from '../../types';
import type { JsonTree } from '../../json/jsonTree';
import type { Member } from '../../json/objects';
import { removeMember, renameKey } from './edits';

/** A misspelt key and the key it was meant to be. */
export interface KeyRename {
  readonly member: Member;
  readonly target: string;
}

/**
 * Renaming is safe only when it leaves one member with the target name: none has it yet and no
 * other misspelt key in the same object is meant as the same target.
 */
export function isUniqueRename(rename: KeyRename, all: readonly KeyRename[], siblings: readonly Member[]): boolean {
  if (siblings.some((member) => member.name === rename.target)) return false;
  return all.every((other) => other === rename || other.target !== rename.target);
}

export function renameFix(tree: JsonTree, member: Member, target: string): Fix {
  return { title: `Rename to '${target}'`, edits: [renameKey(tree, member, target)] };
}

export function removeFix(tree: JsonTree, member: Member): Fix {
  return { title: `Remove '${member.name}'`, edits: [removeMember(tree, member)] };
}
