import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { oneEvent, part, partLines, partText, until, untilState } from '../support/helpers.js';
import { accessibilityContract } from '../support/contract.js';
import { rows, rowsDrawing } from './drawing.js';

const active = (el: Element) => rows(el).map((r) => r.hasAttribute('data-active'));
async function drawn(el: CivicTargetProgress, n: number) {
  await untilState(el, 'ready');
  el.scrollIntoView(); // earlier fixtures of the same test stay on the page
  await until(() => rows(el).length === n, 'the rows');
}

describe('civic-target-progress: keyboard, pointer and accessibility', () => {
  accessibilityContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    drawing: rowsDrawing,
    attrs: { record: 'report_targets' },
    // A goal with no reported progress: the goal and "no progress reported".
    empty: { record: 'startups_year' },
    more: [
      { what: 'in English, with part-of-whole ratios', attrs: { locale: 'en', record: 'institute_ratios' } },
      {
        what: 'with a keyboard tooltip open',
        attrs: { record: 'rd_intensity_2025' },
        async prepare(el) {
          part(el, 'chart')!.focus();
          await sendKeys({ press: 'ArrowDown' });
          await until(() => !part(el, 'tooltip')!.hidden, 'the tooltip');
        },
      },
    ],
  });

  it('reaches every goal with the arrow keys, showing its tooltip and marking its row, and selects with Enter', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="report_targets"></civic-target-progress>`);
    await drawn(el, 5);
    const chart = part(el, 'chart')!;
    expect(chart.tabIndex).to.equal(0);
    chart.focus();
    expect(part(el, 'tooltip')!.hidden).to.equal(true);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    expect(partLines(el, 'tooltip')).to.deep.equal([
      '力争全年新增高新技术企业600家',
      '目标：600家，2019年底前（年份为推断）',
      '基期：618家（2018年；时期为推断）',
      '最新：815家（2019年；时期为推断）',
      '目标完成比例：136%（推算值）',
      '最新值时已过时间：100%（推算值）',
      '来源：China Daily，2020-04-09',
    ]);
    expect(active(el)).to.deep.equal([true, false, false, false, false]);
    expect(chart.getAttribute('aria-activedescendant')).to.equal('goal-0');

    const keys: string[] = [];
    el.addEventListener('civic-select', (e) => keys.push((e as CustomEvent).detail.key));
    for (let i = 1; i < 5; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active(el)[i], `row ${i}`).to.equal(true);
      expect(chart.getAttribute('aria-activedescendant')).to.equal(`goal-${i}`);
      await sendKeys({ press: 'Enter' });
    }
    expect(keys).to.deep.equal(['startups_year', 'rd_intensity_2025', 'core_tech_5y', 'strategic_products_5y']);
    expect(partText(el, 'tooltip')).to.contain('暂无进展数据').and.not.contain('0%');

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)[0]).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)[4]).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(partText(el, 'tooltip')).to.contain('所需速度：每年0.2个百分点（推算值）');
    // The keyboard's tooltip sits under its row, not over another goal.
    const rowBox = rows(el)[2].getBoundingClientRect();
    const tipBox = part(el, 'tooltip')!.getBoundingClientRect();
    expect(tipBox.top).to.be.at.least(rowBox.bottom);
    expect(tipBox.top).to.be.below(rowBox.bottom + 10);

    const selected = oneEvent(el, 'civic-select');
    await sendKeys({ press: 'Enter' });
    const ev = await selected;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.key).to.equal('rd_intensity_2025');
    expect(ev.detail.label).to.equal('R&D投入强度提高到3.4%');
    expect(ev.detail.item.latest.value).to.equal(3);
    expect(ev.detail.item.deadline).to.equal(2025);
    expect(ev.detail.item.timePct).to.equal(75);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
    expect(active(el)).to.deep.equal([false, false, false, false, false]);
    expect(chart.hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('shows the tooltip on hover and fires civic-select when a goal is clicked', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="report_targets" locale="en"></civic-target-progress>`);
    await drawn(el, 5);
    const box = rows(el)[2].querySelector('svg.bar')!.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 3);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !part(el, 'tooltip')!.hidden, 'the hover tooltip');
    expect(partText(el, 'tooltip')).to.contain('Raise R&D intensity').and.contain('an estimated 3%');
    const selected = oneEvent(el, 'civic-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const ev = await selected;
    expect(ev.detail.item).to.deep.include({ kind: 'level', id: 'rd_intensity_2025' });
    await sendMouse({ type: 'move', position: [2, 2] });
    await until(() => part(el, 'tooltip')!.hidden, 'the tooltip to go');
    await resetMouse();
  });
});
