import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import annotations from '../../.storybook/annotations.js';
import { composeModule } from '../stories/compose.js';

describe('shots', () => {
  it('theme story and embed codes', async function () {
    this.timeout(90000);
    await setViewport({ width: 1300, height: 1000 });
    for (const [mod, pick, name] of [
      [await import('../../stories/theme.stories.js'), 0, 'theme-story'],
      [await import('../../stories/cluster-gauge.stories.js'), 0, 'gauge-story-embed'],
    ] as const) {
      const stories = composeModule(mod as never, annotations as never);
      const canvas = document.createElement('div');
      canvas.id = 'shot';
      document.body.append(canvas);
      render(stories[pick].template(canvas) as never, canvas);
      await new Promise((r) => setTimeout(r, 8000));
      await executeServerCommand('screenshot', { name, selector: '#shot' });
      if (name === 'theme-story') for (const [i, sel] of ['#shot table', '#shot section:last-child'].entries()) await executeServerCommand('screenshot', { name: `theme-part-${i}`, selector: sel });
      render(null, canvas);
      canvas.remove();
    }
  });
});
