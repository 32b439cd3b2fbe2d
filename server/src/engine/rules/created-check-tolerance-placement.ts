import { instanceRule } from './rule';
import { removeMember } from './support/edits';
import { moveMember, resourceFields } from './support/pollerFields';

/**
 * CE's guides put `createdCheckTolerance` on the resource; its HubSpot example puts it inside
 * `datesConfiguration` (domain.md §3.2). Which one the poller reads is not documented, so the
 * nested form is only noted, with a suggestion to use the documented place.
 */
export default instanceRule(
  {
    id: 'created-check-tolerance-placement',
    severity: 'info',
    description: "'createdCheckTolerance' sits inside 'datesConfiguration'; the documented place is the resource itself.",
    fixable: 'suggestion',
  },
  (context, body) => {
    for (const { resource, fields, dateFields } of resourceFields(body)) {
      const nested = dateFields.member('createdCheckTolerance');
      if (!nested || !resource.object) continue;
      const { tree, name } = resource;
      const outer = fields.member('createdCheckTolerance');
      context.report({
        range: tree.range(nested.keyNode),
        path: tree.path(nested.keyNode),
        message: outer
          ? `'createdCheckTolerance' is set both here, inside 'datesConfiguration', and on resource '${name}' itself; which one the poller reads is not documented. Keep the one on the resource.`
          : `'createdCheckTolerance' sits inside 'datesConfiguration', as in CE's HubSpot example, but CE's guides put it on the resource, beside 'idField'. Which place the poller reads is not documented: the resource level is the documented one.`,
        suggestions: [outer
          ? { title: "Remove this 'createdCheckTolerance'", edits: [removeMember(tree, nested)] }
          : { title: `Move 'createdCheckTolerance' to resource '${name}'`, edits: moveMember(tree, nested, resource.object) }],
      });
    }
  },
);
