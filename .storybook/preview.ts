/// <reference types="vite/client" />
// Storybook preview: the Custom Elements Manifest feeds the docs tables (attributes, properties,
// events, slots, CSS parts and --civic-* custom properties), every story gets autodocs, and two
// toolbar globals switch `theme` and `locale` on every civic-* element of the story
// (.storybook/annotations.ts, which test/stories/ also uses).
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import preview from './annotations.js';

// `npm run storybook` / `npm run build-storybook` generate custom-elements.json first
// (TOOLCHAIN pitfall 10). A glob, not an import, so `tsc --noEmit` on a fresh clone (where the
// generated file does not exist yet) still passes.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('civic-charts: custom-elements.json is missing; run `npm run analyze`.');

export default preview;
