import type { Node } from 'jsonc-parser';
import { jsonTypeName } from '../json/objects';
import type { Fix } from '../types';
import { instanceRule } from './rule';
import { removeMember, replaceNode } from './support/edits';
import { findPlaceholders } from './support/placeholders';

const KEY = 'event.poller.refresh_interval';
const K = `'${KEY}'`;

/** What is wrong with a refresh interval, and the value that mends it. */
interface Verdict {
  readonly message: string;
  /** Replacement JSON, of the value's own JSON type. */
  readonly fix?: string;
  readonly safe?: boolean;
  readonly remove?: boolean;
}

/**
 * Minutes between polls (domain.md §2.2). The docs call it a number and the examples send strings
 * (`"15"`); the platform keeps configuration values as text, so `15.0` or `1e1` reach it as text
 * that is not a whole number. A value holding a docs placeholder is no-placeholders' business.
 */
export default instanceRule(
  {
    id: 'refresh-interval',
    severity: 'error',
    description: "'event.poller.refresh_interval' must be a whole number of minutes, at least 1 (a number or a numeric string).",
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const member = body.configMember(KEY);
    const value = member?.valueNode;
    if (!member || !value) return;
    const verdict = value.type === 'number'
      ? numberVerdict(value.value as number, tree.layer.text.slice(value.offset, value.offset + value.length))
      : value.type === 'string' ? stringVerdict(String(value.value)) : otherVerdict(value);
    if (!verdict) return;
    const edit = verdict.fix !== undefined ? replaceNode(tree, value, verdict.fix) : undefined;
    const fix: Fix | undefined = edit && { title: `Replace with ${verdict.fix}`, edits: [edit] };
    const removal: Fix | undefined = verdict.remove ? { title: `Remove '${KEY}' (the element's default applies)`, edits: [removeMember(tree, member)] } : undefined;
    context.report({
      range: tree.range(value),
      path: tree.path(value),
      message: verdict.message,
      fix: verdict.safe ? fix : undefined,
      suggestions: !verdict.safe && fix ? [fix] : removal ? [removal] : undefined,
    });
  },
);

function numberVerdict(minutes: number, raw: string): Verdict | undefined {
  if (/^\d+$/.test(raw)) return minutes >= 1 ? undefined : belowOne(raw);
  return wholeNumberVerdict(minutes, raw, String(minutes));
}

/** A number written other than as plain digits: `1.5`, `-5`, `15.0`, `1e1`, `"+15"`. */
function wholeNumberVerdict(minutes: number, shown: string, fixed: string): Verdict {
  if (!Number.isFinite(minutes)) return { message: `${K} must be a whole number of minutes, such as 15; ${shown} is not one.` };
  if (minutes < 1 && Number.isInteger(minutes)) return belowOne(shown);
  if (!Number.isInteger(minutes)) return { message: `${K} must be a whole number of minutes; ${shown} has a fraction. Write a whole number of at least 1.` };
  return {
    message: `${K} must be written as plain digits: the platform reads ${shown} as text that is not a whole number. Write ${fixed}.`,
    fix: fixed,
    safe: Number.isSafeInteger(minutes),
  };
}

function belowOne(shown: string): Verdict {
  return { message: `${K} must be at least 1 minute; it is ${shown}. Write the number of minutes between polls, such as 15.` };
}

const MINUTES = /^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)\.?$/i;
const HOURS = /^(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\.?$/i;
const SECONDS = /^(\d+)\s*(?:s|sec|secs|second|seconds)\.?$/i;
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function stringVerdict(value: string): Verdict | undefined {
  if (findPlaceholders(value).length > 0) return undefined;
  const text = value.trim();
  const shown = JSON.stringify(value.length > 32 ? `${value.slice(0, 31)}…` : value);
  if (text === '') {
    return { message: `${K} is empty: write the number of minutes between polls, such as "15", or leave the key out to use the element's default.`, remove: true };
  }
  if (/^\d+$/.test(text)) {
    if (Number(text) < 1) return belowOne(shown);
    if (text === value) return undefined;
    return { message: `${K} has white space around its number: write "${text}".`, fix: JSON.stringify(text), safe: true };
  }
  if (NUMERIC.test(text)) return wholeNumberVerdict(Number(text), shown, JSON.stringify(String(Number(text))));
  return unitVerdict(text, shown) ?? { message: `${K} must be a whole number of minutes, such as 15 or "15"; ${shown} is not a number.` };
}

/** `"15 minutes"`, `"15m"`: minutes already, so dropping the unit is safe; hours and seconds need converting. */
function unitVerdict(text: string, shown: string): Verdict | undefined {
  const inMinutes = (minutes: number, safe: boolean): Verdict => {
    if (!Number.isInteger(minutes) || minutes < 1) {
      return { message: `${K} is a whole number of minutes, at least 1, without a unit; ${shown} is not one.` };
    }
    const fixed = JSON.stringify(String(minutes));
    return { message: `${K} is always in minutes and takes the number alone: write ${fixed} for ${shown}.`, fix: fixed, safe };
  };
  const minutes = MINUTES.exec(text)?.[1];
  if (minutes !== undefined) return inMinutes(Number(minutes), true);
  const hours = HOURS.exec(text)?.[1];
  if (hours !== undefined) return inMinutes(Number(hours) * 60, false);
  const seconds = SECONDS.exec(text)?.[1];
  if (seconds !== undefined) return inMinutes(Number(seconds) / 60, false);
  return undefined;
}

function otherVerdict(value: Node): Verdict {
  if (value.type === 'null') {
    return { message: `${K} is null: write the number of minutes between polls, such as 15, or leave the key out to use the element's default.`, remove: true };
  }
  return { message: `${K} must be a whole number of minutes, such as 15 or "15"; it is ${jsonTypeName(value)}.` };
}
