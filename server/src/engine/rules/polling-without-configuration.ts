import { membersOf } from '../json/objects';
import type { InstanceBody } from '../model/instanceBody';
import { instanceRule } from './rule';
import { elementKeyForHint, isUnsetValue } from './support/pollerFields';

/** The keys that tell the poller what to poll (domain.md §7). */
const POLLER_SOURCES = ['event.poller.configuration', 'event.poller.urls', 'event.objects'];

/**
 * Polling with nothing that says what to poll runs the element's default configuration
 * (domain.md §7), which the body does not show. Only an explicit `polling` vendor type counts:
 * many documented webhook bodies leave the type out, and the element decides then. A key that is
 * `null` or blank, as responses show unset keys, says nothing either.
 */
export default instanceRule(
  {
    id: 'polling-without-configuration',
    severity: 'warning',
    description: "Polling is on but the body says nothing about what to poll: the element's default configuration applies.",
    fixable: 'none',
  },
  (context, body) => {
    if (body.eventsEnabled !== true || body.isWebhooks) return;
    const poller = body.pollerConfiguration;
    // An empty object (or a string holding one): the other forms are poller-configuration-type's.
    if (poller?.root && membersOf(poller.root).length === 0 && poller.tree.syntaxProblems.length === 0) {
      context.report({
        range: poller.tree.range(poller.root),
        path: poller.tree.path(poller.root),
        message: "'event.poller.configuration' is empty: it names no resource to poll, and whether the element's default configuration applies instead is not documented. "
          + `List the resources to poll (the element's default, shown by ${seeDefault(body)}, is a good start), or remove the key.`,
      });
      return;
    }
    if (body.vendorType !== 'polling' || POLLER_SOURCES.some((key) => isSet(body, key))) return;
    const unset = poller?.member.valueNode;
    const { tree } = context;
    const place = unset ?? body.configMember('event.vendor.type')!.valueNode!;
    const what = unset
      ? `'event.poller.configuration' is ${unset.type === 'null' ? 'null' : 'blank'}, which leaves it unset`
      : "Polling is on but there is no 'event.poller.configuration'";
    context.report({
      range: tree.range(place),
      path: tree.path(place),
      message: `${what}: the element's default poller configuration applies. `
        + `Check that it polls the resources you need (read it with ${seeDefault(body)}), or set 'event.poller.configuration'.`,
    });
  },
);

/** Where to read the element's default configuration; built only for a message. */
function seeDefault(body: InstanceBody): string {
  return `'GET /elements/${elementKeyForHint(body)}/configuration'`;
}

function isSet(body: InstanceBody, key: string): boolean {
  const value = body.configMember(key)?.valueNode;
  return value !== undefined && !isUnsetValue(value);
}
