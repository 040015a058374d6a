// Storybook (`npm run storybook`, `npm run build-storybook`). Set up by hand: `storybook init`
// does not work with this registry (TOOLCHAIN pitfall 9). Both scripts run the Custom Elements
// Manifest analyzer first, so custom-elements.json exists for the docs tables (pitfall 10).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Autodocs pages (tables from custom-elements.json) need the docs addon in Storybook 10.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // One copy of Lit, pre-bundled up front (otherwise: "Multiple versions of Lit loaded").
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/directives/style-map.js',
          'echarts/core',
          'echarts/charts',
          'echarts/components',
          'echarts/renderers',
        ],
      },
      // The preview iframe bundles Lit, ECharts and Storybook's runtime (~1 MB, ~260 kB gzip).
      build: { chunkSizeWarningLimit: 1500 },
      // ECharts and zrender read process.env.NODE_ENV (TOOLCHAIN pitfall 5).
      define: {
        'process.env.NODE_ENV': JSON.stringify(configType === 'PRODUCTION' ? 'production' : 'development'),
      },
    });
  },
};

export default config;
