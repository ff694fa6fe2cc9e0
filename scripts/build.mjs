// Builds the server (tsc) and the web app (vite), then records a hash of the sources so
// `npm start` can tell whether the build is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { sourceHash } from './source-hash.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.server.json']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/build-info.json', JSON.stringify({ sourceHash: sourceHash(), builtAt: new Date().toISOString() }, null, 2));
console.log('build: dist/server and dist/web are ready');
