import type { InstanceBody } from '../../model/instanceBody';

/**
 * Wraps a derivation of the body so that it runs once per body however many rules ask for it:
 * several rules walk the same site lists, and rebuilding them per rule costs allocations.
 */
export function perBody<T>(derive: (body: InstanceBody) => T): (body: InstanceBody) => T {
  return (body) => body.derived(derive);
}
