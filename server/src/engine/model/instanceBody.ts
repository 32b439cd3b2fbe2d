import type { Node } from 'jsonc-parser';
import type { JsonTree } from '../json/jsonTree';
import { type Member, memberNamed, membersOf } from '../json/objects';
import { type PollerConfiguration, readPollerConfiguration } from './pollerConfiguration';
import { collectEmbeddedSites, type EmbeddedSites } from './embeddedSites';

/** The vendor types the platform takes (domain.md §2.1). */
export type VendorType = 'polling' | 'webhook' | 'webhooks';

/**
 * An instance body: a JSON object with a top-level `element` or `configuration`. Rules, completion
 * and hover all read this one model; derived views are built on first use and kept.
 */
export class InstanceBody {
  private poller: PollerConfiguration | null | undefined;
  private sites: EmbeddedSites | undefined;
  // Nearly every rule reads a configuration key: the object is looked up once.
  private configurationNode: Node | null | undefined;
  private readonly derivations = new Map<object, unknown>();

  private constructor(
    readonly tree: JsonTree,
    readonly root: Node,
  ) {}

  /** The body in `tree`, or undefined when the JSON is not an instance body. */
  static recognise(tree: JsonTree): InstanceBody | undefined {
    const root = tree.root;
    if (!root || root.type !== 'object') return undefined;
    if (!memberNamed(root, 'element') && !memberNamed(root, 'configuration')) return undefined;
    return new InstanceBody(tree, root);
  }

  member(name: string): Member | undefined {
    return memberNamed(this.root, name);
  }

  /** The `configuration` object, when it is one. */
  get configuration(): Node | undefined {
    if (this.configurationNode === undefined) {
      const value = this.member('configuration')?.valueNode;
      this.configurationNode = value?.type === 'object' ? value : null;
    }
    return this.configurationNode ?? undefined;
  }

  configMembers(): readonly Member[] {
    return membersOf(this.configuration);
  }

  configMember(name: string): Member | undefined {
    return memberNamed(this.configuration, name);
  }

  /**
   * Whether events are switched on: true or false when `event.notification.enabled` says so
   * (as a boolean or a "true"/"false" string), undefined when it is absent or unreadable.
   */
  get eventsEnabled(): boolean | undefined {
    const value = this.configMember('event.notification.enabled')?.valueNode;
    if (!value) return undefined;
    if (value.type === 'boolean') return value.value as boolean;
    if (value.type === 'string') {
      if (value.value === 'true') return true;
      if (value.value === 'false') return false;
    }
    return undefined;
  }

  /** The vendor type when it is one of the accepted spellings. */
  get vendorType(): VendorType | undefined {
    const value = this.configMember('event.vendor.type')?.valueNode?.value;
    return value === 'polling' || value === 'webhook' || value === 'webhooks' ? value : undefined;
  }

  get isWebhooks(): boolean {
    const type = this.vendorType;
    return type === 'webhook' || type === 'webhooks';
  }

  /** `event.poller.configuration`, in object or string form; undefined when absent. */
  get pollerConfiguration(): PollerConfiguration | undefined {
    if (this.poller === undefined) {
      const member = this.configMember('event.poller.configuration');
      this.poller = member ? readPollerConfiguration(this.tree, member) : null;
    }
    return this.poller ?? undefined;
  }

  /**
   * A value derived from the body once, however many rules ask for it; `derive` itself is the key.
   * Kept on the body (not in a WeakMap keyed by bodies) so that garbage collection stays cheap.
   */
  derived<T>(derive: (body: InstanceBody) => T): T {
    const known = this.derivations.get(derive);
    // One lookup for the common case: `has` only settles whether a value is undefined or not yet derived.
    if (known !== undefined || this.derivations.has(derive)) return known as T;
    const value = derive(this);
    this.derivations.set(derive, value);
    return value;
  }

  /** Date patterns, URL templates and time zones wherever they stand in the body. */
  get embedded(): EmbeddedSites {
    this.sites ??= collectEmbeddedSites(this);
    return this.sites;
  }
}
