import { jsonTypeName } from '../json/objects';
import { memoByString } from '../text/stringMemo';
import { instanceRule } from './rule';
import { replaceNode } from './support/edits';
import { nearestCandidates, normaliseName } from './support/eventKeys';
import { isPlaceholder } from './support/placeholders';

const KEY = 'event.vendor.type';

/** Both `webhook` and `webhooks` are accepted (domain.md §2.1). */
const VENDOR_TYPES = ['polling', 'webhook', 'webhooks'];

/** Words for the same thing that are too far from it for the edit distance to see. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['poll', 'polling'], ['polls', 'polling'], ['poller', 'polling'], ['hook', 'webhook'], ['hooks', 'webhooks'],
]);

const TAKES = "'event.vendor.type' takes 'polling' (the platform asks the provider for changes) or 'webhook'/'webhooks' (the provider calls the platform)";

export default instanceRule(
  {
    id: 'vendor-type',
    severity: 'error',
    description: "'event.vendor.type' must be 'polling', 'webhook' or 'webhooks'.",
    fixable: 'safe',
  },
  (context, body) => {
    const { tree } = context;
    const value = body.configMember(KEY)?.valueNode;
    // null is how responses show an unset key: the element's default applies.
    if (!value || value.type === 'null') return;
    // Range and path are written out in each report: V8 builds `{ ...at(), message }` many times slower.
    if (value.type !== 'string') {
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'${KEY}' must be a string: 'polling', 'webhook' or 'webhooks'; it is ${jsonTypeName(value)}.`,
      });
      return;
    }
    const text = value.value as string;
    if (VENDOR_TYPES.includes(text) || isPlaceholder(text)) return;
    if (text.trim() === '') {
      context.report({
        range: tree.range(value),
        path: tree.path(value),
        message: `'${KEY}' is ${text === '' ? 'empty' : 'blank'}: ${TAKES}. Set one, or leave the key out to use the element's default.`,
      });
      return;
    }
    const { message, meant } = unknownType(text);
    context.report({
      range: tree.range(value),
      path: tree.path(value),
      message,
      fix: meant ? { title: `Replace with '${meant}'`, edits: [replaceNode(tree, value, JSON.stringify(meant))] } : undefined,
    });
  },
);

/**
 * The message for an unknown vendor type, and the type it stands for. Remembered per text: a
 * repository repeats the same misspelling, and the edit distances are the costly part.
 */
const unknownType = memoByString((text: string) => {
  const meant = meantType(text);
  return { message: `Unknown vendor type '${text}': ${TAKES}.${meant ? ` Did you mean '${meant}'?` : ''}`, meant };
});

/** The vendor type a variant or near miss stands for, when only one fits. */
function meantType(text: string): string | undefined {
  const word = normaliseName(text);
  const short = SHORT_FORMS.get(word);
  if (short) return short;
  const nearest = nearestCandidates(word, VENDOR_TYPES, 2);
  // webhook and webhooks mean the same: a tie between them is no real ambiguity.
  if (nearest.length === 2 && nearest.every((type) => type.startsWith('webhook'))) return word.endsWith('s') ? 'webhooks' : 'webhook';
  return nearest.length === 1 ? nearest[0] : undefined;
}
