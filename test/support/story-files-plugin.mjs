// `executeServerCommand('story-files')`: the stories modules Storybook picks up (.storybook/main.ts:
// stories/**/*.stories.ts), as names relative to stories/ without `.stories.ts`, so a test can
// check that it covers every one of them.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));

export function storyFilesPlugin() {
  return {
    name: 'civic-story-files',
    async executeCommand({ command }) {
      if (command !== 'story-files') return undefined;
      const files = await readdir(storiesDir, { recursive: true });
      return files
        .filter((f) => f.endsWith('.stories.ts'))
        .map((f) => f.split(path.sep).join('/').slice(0, -'.stories.ts'.length))
        .sort();
    },
  };
}
