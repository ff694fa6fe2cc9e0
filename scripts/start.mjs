// `npm start`: build when dist/ is missing or older than the sources, then serve.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { sourceHash } from './source-hash.mjs';

process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

function builtHash() {
  try {
    return JSON.parse(readFileSync('dist/build-info.json', 'utf8')).sourceHash;
  } catch {
    return null;
  }
}

if (builtHash() !== sourceHash()) {
  console.log('start: the build is missing or stale; building first…');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
await import('../dist/server/main.js');
