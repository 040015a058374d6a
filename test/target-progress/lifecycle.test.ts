import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { progressData, withField } from './fixtures.js';
import { part, until } from '../support/helpers.js';
import { eventsContract, lifecycleContract, mount } from '../support/contract.js';
import { rows, rowsDrawing } from './drawing.js';

const fillOf = (el: Element, sel = '.fill') => getComputedStyle(el.shadowRoot!.querySelector(sel)!).fill;

describe('civic-target-progress: lifecycle', () => {
  const targetStroke = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.mark-target')!).stroke;
  lifecycleContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    record: 'new_hitech_year',
    drawing: rowsDrawing,
    titles: { theme: 'restyles the live rows on a theme change without re-creating them' },
    lazy: {
      summaryContains: '136%',
      before(el) {
        expect(el.shadowRoot!.querySelector('.pending')).not.to.equal(null);
        expect(part(el, 'table')!.textContent).to.contain('815家');
      },
    },
    dispose: { check: (_el, row: HTMLElement) => expect(row.getAttribute('aria-valuenow')).to.equal('815') },
    resize: {
      // The rows fill the box, and the marks keep their place on the scale (0–140%: the target at 100/140).
      each(el) {
        const figure = part(el, 'chart')!;
        for (const r of rows(el)) expect(r.getBoundingClientRect().width).to.be.closeTo(figure.clientWidth, 1);
        const bar = rows(el)[0].querySelector('svg.bar')!.getBoundingClientRect();
        const target = rows(el)[0].querySelector('.mark-target')!.getBoundingClientRect();
        expect((target.left + target.width / 2 - bar.left) / bar.width).to.be.closeTo(100 / 140, 0.01);
      },
    },
    theme: {
      record: 'rd_intensity_2025',
      colours: (el) => ({ track: fillOf(el, '.track'), target: targetStroke(el) }),
      dark(el, light: { track: string; target: string }) {
        expect(fillOf(el, '.track')).not.to.equal(light.track);
        expect(fillOf(el, '.track')).to.equal('rgb(43, 58, 73)');
        expect(targetStroke(el)).not.to.equal(light.target);
      },
      highContrast(el) {
        // High contrast: black and white with patterns; the estimate is a dashed outline, not a colour.
        expect(fillOf(el, '.fill')).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.fill')!).strokeDasharray).not.to.equal('none');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.mark-baseline')!).strokeDasharray).not.to.equal('none');
      },
    },
    autoTheme: { colours: (el) => fillOf(el, '.track') },
    portal: {
      style: '--civic-color-series-1: #ff0000; --civic-color-surface: #000000',
      check: (el) => expect(fillOf(el, '.fill')).to.equal('rgb(255, 0, 0)'),
    },
    reducedMotion: {
      skip: 'nothing moves: the rows are drawn in place, with no animation or transition',
      absent: async () => {
        const el = await mount<CivicTargetProgress>('civic-target-progress', { record: 'report_targets' });
        await rowsDrawing.drawn(el);
        const all = [...el.shadowRoot!.querySelectorAll('*')];
        expect(all.length).to.be.greaterThan(20);
        for (const node of all) {
          const style = getComputedStyle(node);
          expect(style.animationName, node.localName).to.equal('none');
          expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0), node.localName).to.equal(true);
        }
        expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      },
    },
  });

  eventsContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    drawing: rowsDrawing,
    data: () => progressData(),
    named: (title) => progressData({ title }),
    titleFor: (title) => title,
    bad: () => withField('goals.0.progress.0.value', 'lots'),
    legend: {
      skip: 'every goal is a row of its own: no series to hide (the key of marks is not interactive)',
      absent: async () => {
        const el = await mount<CivicTargetProgress>('civic-target-progress', { record: 'report_targets' });
        await rowsDrawing.drawn(el);
        expect(part(el, 'legend')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[aria-pressed]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('.legend')!.getAttribute('aria-hidden')).to.equal('true');
      },
    },
  });

  it('marks over-achievement with a pattern and every mark with a text label, not by colour alone', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress theme="high-contrast" record="report_targets"></civic-target-progress>`);
    await until(() => rows(el).length === 5, 'the rows');
    const over = el.shadowRoot!.querySelector('rect.over')!;
    expect(over.getAttribute('fill')).to.equal('url(#civic-hatch)');
    expect(el.shadowRoot!.querySelector('#civic-hatch .hatch-stripe')).not.to.equal(null);
    expect(getComputedStyle(el.shadowRoot!.querySelector('#civic-hatch .hatch-stripe')!).fill).to.equal('rgb(0, 0, 0)');
    const legend = el.shadowRoot!.querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
    for (const label of ['最新值', '目标（100%）', '超出目标部分', '预计值／下限', '基期', '已过时间']) expect(legend).to.contain(label);
  });
});
