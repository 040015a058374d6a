// Locates a Chrome/Chromium binary. Shared by scripts/ensure-chrome.mjs,
// scripts/bench.mjs and web-test-runner.config.mjs so they all agree.
import { accessSync, constants, statSync } from 'node:fs';

/** Candidate paths, in order of preference (CHROME_PATH first when set). */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the first executable browser path, or undefined.
 * $CHROME_PATH wins when it points at an executable file.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return CHROME_CANDIDATES.find(isExecutable);
}
