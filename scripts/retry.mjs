#!/usr/bin/env node
// `node scripts/retry.mjs N command args…`: runs the command up to N times until it exits 0, saying
// so each time it fails. Used only for the iframe embed test (test/embed/embed.test.ts): its
// cross-origin frames in a second headless tab intermittently stop answering the DevTools protocol
// on this machine, with or without the code under test changed (a known open defect of the test
// harness, not of the embed; see the closing note of stop 13). Every attempt's output is shown.
import { spawnSync } from 'node:child_process';

const [n, cmd, ...args] = process.argv.slice(2);
const tries = Number(n);
if (!(tries >= 1) || !cmd) {
  console.error('usage: node scripts/retry.mjs <tries> <command> [args…]');
  process.exit(2);
}
for (let i = 1; i <= tries; i++) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status === 0) process.exit(0);
  console.error(`[retry] ${cmd} ${args.join(' ')} failed (attempt ${i} of ${tries}, exit ${r.status ?? r.signal})`);
}
process.exit(1);
