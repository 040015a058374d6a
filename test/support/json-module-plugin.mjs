// Serves a .json file as a JavaScript module only when the browser imports it (`import()` of the
// bundled seeds, as Vite does in the build); a fetch() of the same kind of file gets plain JSON.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export function jsonModulePlugin(rootDir = process.cwd()) {
  return {
    name: 'civic-json-module',
    async serve(context) {
      if (!context.path.endsWith('.json') || context.get('sec-fetch-dest') !== 'script') return undefined;
      const file = path.resolve(rootDir, `.${decodeURIComponent(context.path)}`);
      if (!file.startsWith(rootDir + path.sep)) return undefined;
      const json = await readFile(file, 'utf8');
      return { body: `export default ${JSON.stringify(JSON.parse(json))};`, type: 'js' };
    },
  };
}
