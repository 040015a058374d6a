import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { progressData } from './fixtures.js';
import { nextFrame, part, until, untilState } from '../support/helpers.js';
import { lifecycleContract } from '../support/contract.js';
import { rows, rowsDrawing } from './drawing.js';

const fillOf = (el: Element, sel = '.fill') => getComputedStyle(el.shadowRoot!.querySelector(sel)!).fill;

/** Counts IntersectionObservers that observe something and are not disconnected. */
/**
 * The elements watched for the viewport, whichever IntersectionObserver watches them (the
 * elements share one per page, so what matters is whom it observes, not how many exist).
 */
function trackObservers() {
  const proto = IntersectionObserver.prototype;
  const { observe, unobserve, disconnect } = proto;
  const live = new Set<Element>();
  const watched = new WeakMap<IntersectionObserver, Set<Element>>();
  proto.observe = function (this: IntersectionObserver, target: Element) {
    live.add(target);
    if (!watched.has(this)) watched.set(this, new Set());
    watched.get(this)!.add(target);
    observe.call(this, target);
  };
  proto.unobserve = function (this: IntersectionObserver, target: Element) {
    live.delete(target);
    watched.get(this)?.delete(target);
    unobserve.call(this, target);
  };
  proto.disconnect = function (this: IntersectionObserver) {
    for (const t of watched.get(this) ?? []) live.delete(t);
    watched.delete(this);
    disconnect.call(this);
  };
  return { live, restore: () => Object.assign(proto, { observe, unobserve, disconnect }) };
}

describe('civic-target-progress: lifecycle', () => {
  const targetStroke = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.mark-target')!).stroke;
  lifecycleContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    record: 'new_hitech_year',
    drawing: rowsDrawing,
    titles: { theme: 'restyles the live rows on a theme change without re-creating them' },
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
    ready: { data: () => progressData(), named: (title) => progressData({ title }), titleFor: (title) => title },
  });

  it('draws no rows until the element comes near the viewport; text is there at once', async () => {
    const wrap = await fixture(html`<div>
      <div style="height: 4000px"></div>
      <civic-target-progress record="new_hitech_year"></civic-target-progress>
    </div>`);
    const el = wrap.querySelector('civic-target-progress')!;
    await untilState(el, 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(rows(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('svg.bar')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.pending')).not.to.equal(null);
    expect(part(el, 'summary')!.textContent).to.contain('136%');
    expect(part(el, 'table')!.textContent).to.contain('815家');
    el.scrollIntoView();
    await until(() => rows(el).length === 1, 'the rows after scrolling');
    expect(el.shadowRoot!.querySelector('svg.bar')).not.to.equal(null);
  });

  it('releases its rows and its observer when removed, and draws again when re-inserted', async () => {
    const tracker = trackObservers();
    try {
      const wrap = await fixture(html`<div><div style="height: 4000px"></div><civic-target-progress record="new_hitech_year"></civic-target-progress></div>`);
      const el = wrap.querySelector('civic-target-progress')!;
      await untilState(el, 'ready');
      await el.updateComplete;
      expect(tracker.live.has(el)).to.equal(true); // waiting for the viewport
      el.remove();
      await el.updateComplete;
      expect(tracker.live.has(el)).to.equal(false);
      wrap.append(el);
      await el.updateComplete;
      expect(tracker.live.has(el)).to.equal(true);
      el.scrollIntoView();
      await until(() => rows(el).length === 1, 'the rows');
      // Removed after drawing: the rows go and nothing watches it; re-inserted: they come back, with the same data.
      el.remove();
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(tracker.live.has(el)).to.equal(false);
      wrap.prepend(el);
      el.scrollIntoView();
      await until(() => rows(el).length === 1, 'the rows after re-insertion');
      expect(rows(el)[0].getAttribute('aria-valuenow')).to.equal('815');
      expect(el.state).to.equal('ready');
    } finally {
      tracker.restore();
    }
  });

  it('resizes with its container: the rows fill a narrower or wider box and keep their proportions', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><civic-target-progress record="report_targets"></civic-target-progress></div>`);
    const el = wrap.querySelector('civic-target-progress')!;
    await untilState(el, 'ready');
    await until(() => rows(el).length === 5, 'the rows');
    const inner = (w: number) => w - 2 - 32; // border and padding
    const figure = part(el, 'chart')!;
    expect(figure.clientWidth).to.equal(inner(600));
    const ratio = () => {
      const bar = rows(el)[0].querySelector('svg.bar')!.getBoundingClientRect();
      const target = rows(el)[0].querySelector('.mark-target')!.getBoundingClientRect();
      return (target.left + target.width / 2 - bar.left) / bar.width;
    };
    const wide = rows(el)[0].querySelector('svg.bar')!.getBoundingClientRect().width;
    expect(ratio()).to.be.closeTo(100 / 140, 0.01);
    wrap.style.width = '400px';
    await nextFrame();
    expect(figure.clientWidth).to.equal(inner(400));
    for (const r of rows(el)) expect(r.getBoundingClientRect().width).to.be.closeTo(inner(400), 1);
    expect(rows(el)[0].querySelector('svg.bar')!.getBoundingClientRect().width).to.be.below(wide - 150);
    expect(ratio()).to.be.closeTo(100 / 140, 0.01);
    wrap.style.display = 'none';
    await nextFrame();
    wrap.style.display = '';
    wrap.style.width = '500px';
    await nextFrame();
    expect(figure.clientWidth).to.equal(inner(500));
    expect(rows(el)).to.have.length(5);
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
