import { instanceRule } from './rule';
import { removeFix } from './support/keyRenames';

/** With webhooks the provider calls the platform: nothing polls, so poller keys do nothing (domain.md §7). */
export default instanceRule(
  {
    id: 'webhook-poller-keys',
    severity: 'warning',
    description: "Poller keys ('event.poller.*') in a body whose vendor type is webhook(s): they have no effect.",
    fixable: 'suggestion',
  },
  (context, body) => {
    const { tree } = context;
    const vendorType = body.configMember('event.vendor.type')?.valueNode?.value;
    const type = typeof vendorType === 'string' ? vendorType.trim().toLowerCase() : '';
    // Case variants are vendor-type's to fix; what they mean is still plain.
    if (type !== 'webhook' && type !== 'webhooks') return;
    for (const member of body.configMembers()) {
      if (!member.name.trim().toLowerCase().startsWith('event.poller.')) continue;
      const value = member.valueNode;
      // null and "" are how responses show unset keys.
      if (!value || value.type === 'null' || value.value === '') continue;
      context.report({
        range: tree.range(member.keyNode),
        path: tree.path(member.keyNode),
        message: `'${member.name}' is a polling setting, but 'event.vendor.type' is '${vendorType}': the platform does not poll, so it has no effect. Remove it, or set the vendor type to 'polling'.`,
        suggestions: [removeFix(tree, member)],
      });
    }
  },
);
