import path from 'node:path';
import picomatch from 'picomatch';
import { type Located, parseConfigFile } from './configFile';
import { type DocumentLocation, type DocumentReader, locationKey, locationName, type Reference, referenceError } from './documents';
import { resolveExtends, resolveSchemaLocation } from './references';
import type { ConfigRuleLevel } from './ruleSettings';

/** A schema named by a config, resolved but not yet loaded. */
export interface SchemaReference {
  /** The absolute path or URL: one load and one compilation per key. */
  readonly key: string;
  readonly location: DocumentLocation;
  readonly reference: Reference;
}

/** Tells whether a linted file (an absolute path) is one an entry's `files` globs select. */
export type FileSelector = (file: string) => boolean;

/** A config file with everything it extends folded in; what applies to a linted file is picked from it. */
export interface ProjectConfig {
  readonly configFile: string;
  readonly rules: Readonly<Record<string, ConfigRuleLevel>>;
  readonly schemas: readonly { readonly selects: FileSelector; readonly schema: SchemaReference }[];
  readonly overrides: readonly {
    readonly selects: FileSelector;
    readonly rules: Readonly<Record<string, ConfigRuleLevel>>;
    readonly schemas?: readonly SchemaReference[];
  }[];
  /** Local files read: the config, the configs it extends, package manifests. */
  readonly dependencies: readonly string[];
  readonly warnings: readonly string[];
}

interface Step {
  readonly location: DocumentLocation;
  /** Reached through a package or URL. */
  readonly shared: boolean;
  /** The directory `files` globs are relative to. */
  readonly globBase: string;
  /** The configs that led here, as keys and as shown, for cycle detection. */
  readonly chain: readonly { readonly key: string; readonly name: string }[];
  readonly reference?: Reference;
}

/** Reads `configFile` (absolute) and, depth first, what it extends; later layers override earlier ones. */
export async function loadProjectConfig(configFile: string, documents: DocumentReader): Promise<ProjectConfig> {
  const rules: Record<string, ConfigRuleLevel> = {};
  const schemas: ProjectConfig['schemas'][number][] = [];
  const overrides: ProjectConfig['overrides'][number][] = [];
  const dependencies = new Set<string>();
  const warnings = new Set<string>();

  const visit = async (step: Step): Promise<void> => {
    const name = locationName(step.location);
    const chain = [...step.chain, { key: locationKey(step.location), name }];
    const document = step.reference ? await documents.read(step.location, step.reference) : await documents.readConfigFile(configFile);
    if (document.file) dependencies.add(document.file);
    document.warnings.forEach((warning) => warnings.add(warning));
    const content = parseConfigFile(document.text, name);
    const referenceTo = (role: Reference['role'], entry: Located): Reference => ({ role, entry, declaredIn: name });
    const schemaReference = (entry: Located): SchemaReference => {
      const reference = referenceTo('schema', entry);
      const location = resolveSchemaLocation(reference, step.location);
      return { key: locationKey(location), location, reference };
    };

    for (const entry of content.extends) {
      const reference = referenceTo('config', entry);
      const extended = await resolveExtends(reference, step.location);
      extended.files.forEach((file) => dependencies.add(file));
      const key = locationKey(extended.location);
      const cycleStart = chain.findIndex((link) => link.key === key);
      if (cycleStart >= 0) {
        const cycle = [...chain.slice(cycleStart).map((link) => link.name), locationName(extended.location)];
        throw referenceError(reference, `Circular extends: ${cycle.join(' → ')}. Remove one of the "extends" entries in this cycle.`);
      }
      const shared = step.shared || extended.shared;
      await visit({
        location: extended.location,
        shared,
        // Globs in a shared config cannot know where they are installed: they match from the project.
        globBase: !shared && extended.location.kind === 'file' ? path.dirname(extended.location.path) : step.globBase,
        chain,
        reference,
      });
    }

    Object.assign(rules, content.rules);
    for (const entry of content.schemas) {
      schemas.push({ selects: fileSelector(step.globBase, entry.files), schema: schemaReference(entry.schema) });
    }
    for (const entry of content.overrides) {
      overrides.push({
        selects: fileSelector(step.globBase, entry.files),
        rules: entry.rules,
        ...(entry.schemas && { schemas: entry.schemas.map(schemaReference) }),
      });
    }
  };

  await visit({ location: { kind: 'file', path: configFile }, shared: false, globBase: path.dirname(configFile), chain: [] });
  return { configFile, rules, schemas, overrides, dependencies: [...dependencies], warnings: [...warnings] };
}

/** Globs match the linted file's path relative to `base`, with `/` separators; dot files included. */
function fileSelector(base: string, patterns: readonly string[]): FileSelector {
  const isMatch = picomatch([...patterns], { dot: true });
  return (file) => isMatch(path.relative(base, file).split(path.sep).join('/'));
}
