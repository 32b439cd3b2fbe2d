// The floor: a Node process that only reads every .json file of a folder and JSON.parses it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let count = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.json')) continue;
  JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  count++;
}
if (count === 0) process.exit(3);
