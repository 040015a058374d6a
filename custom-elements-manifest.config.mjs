// Custom Elements Manifest analyzer config (`npm run analyze`; run by `npm run build` and before
// Storybook). The manifest describes the published package, so module paths point at the built
// dist/*.js files rather than src/*.ts.
import { posix } from 'node:path';

/** `src/a/b.ts` or `src/a/b.js` → `dist/a/b.js`; other values unchanged. */
const toDist = (value) =>
  /^\/?src\/.+\.(?:ts|js)$/.test(value) ? value.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js') : value;

/** Rewrites every module `path` and every `module` reference (resolving relative ones). */
function distPathsPlugin() {
  const walk = (node, moduleDir) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, moduleDir);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'module' && typeof value === 'string') {
          const absolute = value.startsWith('./') || value.startsWith('../') ? posix.join(moduleDir, value) : value;
          node[key] = toDist(absolute);
        } else if (value && typeof value === 'object') {
          walk(value, moduleDir);
        }
      }
    }
  };
  return {
    name: 'civic-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        const sourcePath = mod.path.replace(/^\//, '');
        walk(mod, posix.dirname(sourcePath));
        mod.path = toDist(sourcePath);
      }
    },
  };
}

/**
 * Drops events the analyzer guessed from `new CustomEvent(name)` with a variable name (a helper
 * such as `emit(name, detail)` shows up as an event called "name"). Real events are documented
 * with `@fires civic-… - description`; an undocumented one is dropped with a warning.
 */
function documentedEventsOnlyPlugin() {
  return {
    name: 'civic-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          decl.events = decl.events.filter((event) => {
            if (event.description) return true;
            if (!event.inheritedFrom) {
              console.warn(`[custom-elements-manifest] ${decl.name}: dropped undocumented event "${event.name}" (document real events with @fires).`);
            }
            return false;
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The embed page and framework bindings are not elements (the bindings' types-only modules have no dist/*.js).
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts', 'src/**/test/**', 'src/embed/**', 'src/react/**', 'src/vue/**', 'src/tags.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json on every run (TOOLCHAIN pitfall 10):
  // package.json carries "customElements": "custom-elements.json" itself.
  packagejson: false,
  plugins: [distPathsPlugin(), documentedEventsOnlyPlugin()],
};
