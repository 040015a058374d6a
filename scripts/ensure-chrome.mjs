#!/usr/bin/env node
// Makes sure a Chrome/Chromium binary exists before the browser tests run.
// Order: $CHROME_PATH, then the usual Debian/Ubuntu/Google paths (see find-chrome.mjs).
// On Debian/Ubuntu as root, installs Debian's `chromium` (and CJK fonts for screenshots) with apt.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROME_CANDIDATES, findChrome } from './find-chrome.mjs';

const log = (msg) => console.log(`[ensure-chrome] ${msg}`);

let chrome = findChrome();
const fromEnv = process.env.CHROME_PATH?.trim();
if (fromEnv && chrome !== fromEnv) {
  log(`CHROME_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
}

if (chrome) {
  log(`using ${chrome}${chrome === fromEnv ? ' (from CHROME_PATH)' : ''}`);
  process.exit(0);
}

function osRelease() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .map((line) => line.match(/^([A-Z_]+)=(.*)$/))
        .filter(Boolean)
        .map(([, k, v]) => [k, v.replace(/^"|"$/g, '')]),
    );
  } catch {
    return {};
  }
}

const os = osRelease();
const family = `${os.ID ?? ''} ${os.ID_LIKE ?? ''}`;
const isDebianLike = /\b(debian|ubuntu)\b/.test(family);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const howTo =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`; ' +
  'macOS: install Google Chrome) or set CHROME_PATH to a Chrome/Chromium executable.\n' +
  `Looked for: ${['$CHROME_PATH', ...CHROME_CANDIDATES].join(', ')}`;

if (!isDebianLike || !isRoot) {
  console.error(`[ensure-chrome] No Chrome/Chromium found.\n${howTo}`);
  if (isDebianLike && !isRoot) console.error('(Not running as root, so it was not installed automatically.)');
  process.exit(1);
}

function run(cmd, args) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    console.error(`[ensure-chrome] \`${cmd} ${args.join(' ')}\` failed with exit code ${res.status}.\n${howTo}`);
    process.exit(1);
  }
}

log(`no Chrome/Chromium found; installing Debian's chromium with apt (${os.PRETTY_NAME ?? os.ID}).`);
run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk']);

chrome = findChrome();
if (!chrome) {
  console.error(`[ensure-chrome] apt-get finished but no browser binary was found.\n${howTo}`);
  process.exit(1);
}
log(`installed; using ${chrome}`);
