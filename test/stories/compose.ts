// Composes the stories of a CSF3 module the way Storybook's preview does, by hand: Storybook's own
// portable stories (`composeStories` from storybook/preview-api) do not load outside Vite (its
// browser chunks import CommonJS packages), and its web-components `renderToCanvas` writes
// `innerHTML`, itself a Trusted Types violation. What is composed, as Storybook does it:
//   args        project args, then meta args, then story args (later wins);
//   render      story.render ?? meta.render ?? the web-components default (element + properties);
//   decorators  story decorators innermost, then meta's, then the project's (.storybook/annotations.ts);
//   globals     the project's initialGlobals (the toolbar as a story opens).
// Only what these stories use is supported; anything else (loaders, play, beforeEach,
// include/excludeStories) fails loudly rather than being silently skipped.

type Args = Record<string, unknown>;
type Context = {
  id: string;
  title: string;
  name: string;
  args: Args;
  globals: Args;
  parameters: Args;
  viewMode: 'story';
  canvasElement: HTMLElement;
  component?: string;
};
type Render = (args: Args, context: Context) => unknown;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;

interface Annotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator[] | Decorator;
  parameters?: Args;
  name?: string;
  title?: string;
  component?: string;
  globals?: Args;
  initialGlobals?: Args;
  [key: string]: unknown;
}

export interface ComposedStory {
  /** Storybook's id (iframe.html?id=…), e.g. elements-civic-cluster-gauge--new-materials. */
  id: string;
  /** `title / export name (story name)`, as failures name the story. */
  label: string;
  exportName: string;
  /** Renders the decorated story for `canvasElement` (returns what a Lit `render()` takes). */
  template(canvasElement: HTMLElement): unknown;
}

const UNSUPPORTED = ['loaders', 'play', 'beforeEach', 'afterEach', 'includeStories', 'excludeStories', 'mount'];

const sanitize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Storybook's words of an export name: CoreTech5y → Core Tech 5 y (its id: core-tech-5-y). */
const words = (s: string) => s.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [s];

const list = (d: Annotations['decorators']): Decorator[] => (d == null ? [] : Array.isArray(d) ? d : [d]);

/** The web-components renderer's default render: the meta's component with args as properties. */
const defaultRender: Render = (args, context) => {
  if (!context.component) throw new Error(`story ${context.id} has no render and no component`);
  const el = document.createElement(context.component);
  Object.assign(el, args);
  return el;
};

/**
 * Every story of `module` (a `*.stories.ts` namespace) composed with `project`, in the namespace's
 * (alphabetical) order: Storybook's source order comes from an export list its Vite plugin adds.
 */
export function composeModule(module: Record<string, unknown>, project: Annotations): ComposedStory[] {
  const meta = module['default'] as Annotations | undefined;
  if (!meta?.title) throw new Error('a stories module without a default export with a title');
  for (const key of UNSUPPORTED) {
    if (key in meta || key in project) throw new Error(`${meta.title}: "${key}" is not composed by test/stories/compose.ts`);
  }
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && !exportName.startsWith('__'))
    .map(([exportName, raw]) => {
      const story: Annotations = typeof raw === 'function' ? { render: raw as Render } : (raw as Annotations);
      for (const key of UNSUPPORTED) {
        if (key in story) throw new Error(`${meta.title}/${exportName}: "${key}" is not composed by test/stories/compose.ts`);
      }
      const id = `${sanitize(meta.title!)}--${sanitize(words(exportName).join('-'))}`;
      const name = story.name ?? words(exportName).join(' ').replace(/^./, (c) => c.toUpperCase());
      const render = story.render ?? meta.render ?? project.render ?? defaultRender;
      const decorators = [...list(story.decorators), ...list(meta.decorators), ...list(project.decorators)];
      return {
        id,
        exportName,
        label: `${meta.title} / ${exportName} (${name})`,
        template(canvasElement: HTMLElement) {
          const context: Context = {
            id,
            title: meta.title!,
            name,
            args: { ...project.args, ...meta.args, ...story.args },
            globals: { ...project.initialGlobals, ...story.globals },
            parameters: { ...project.parameters, ...meta.parameters, ...story.parameters },
            viewMode: 'story',
            canvasElement,
            component: meta.component,
          };
          // Innermost first, as Storybook's defaultDecorateStory; `story(update)` merges the update.
          const decorated = decorators.reduce<(c: Context) => unknown>(
            (inner, decorator) => (c) => decorator((update) => inner(update ? { ...c, ...update } : c), c),
            (c) => render(c.args, c),
          );
          return decorated(context);
        },
      };
    });
}
