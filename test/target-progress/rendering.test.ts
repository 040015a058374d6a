import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { targetProgressRecordIds } from '../../src/components/target-progress/record.js';
import { illustrative, progressData } from './fixtures.js';
import { rowsDrawing } from './drawing.js';
import { part, partText, until, untilState, untilRendered } from '../support/helpers.js';
import { renderingContract } from '../support/contract.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const rows = (el: Element) => $$(el, '.goal');
const txt = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Waits for the data and for the rows (drawn once the element is near the viewport). */
async function drawn(el: CivicTargetProgress, state = 'ready') {
  await untilState(el, state);
  if (state === 'ready') await until(() => rows(el).length > 0, 'the rows');
  await el.updateComplete;
}
const attr = (e: Element | null, name: string) => e?.getAttribute(name) ?? null;

describe('civic-target-progress: what it shows', () => {
  renderingContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    titles: { narrow: 'stays readable at 280 px wide: nothing overflows, every row fills the width' },
    illustrative: { data: () => progressData() },
    drawing: rowsDrawing,
    locale: {
      record: 'new_hitech_year',
      zh: '力争全年新增高新技术企业600家',
      en: 'Add 600 new high-tech enterprises in the year',
      extra: (el) => expect(txt($(el, '.goal-deadline'))).to.equal('by the end of 2019 (year inferred)'),
    },
    display: {
      record: 'new_hitech_year',
      title: '力争全年新增高新技术企业600家',
      hidden(el) {
        expect(part(el, 'chart')!.getAttribute('role')).to.equal('group');
        // With the title hidden, the row names its goal itself.
        expect(txt(rows(el)[0].querySelector('.goal-label'))).to.equal('力争全年新增高新技术企业600家');
      },
    },
    narrow: {
      attrs: { record: 'report_targets', locale: 'en' },
      extra(el) {
        const figure = part(el, 'chart')!;
        expect(figure.scrollWidth).to.be.at.most(figure.clientWidth);
        for (const r of rows(el)) {
          expect(r.getBoundingClientRect().width).to.be.closeTo(figure.clientWidth, 1);
          expect(r.scrollWidth).to.be.at.most(r.clientWidth);
        }
        const bar = rows(el)[0].querySelector('svg.bar')!.getBoundingClientRect();
        expect(bar.width).to.be.greaterThan(120);
        // The scale's labels do not collide.
        const ticks = [...el.shadowRoot!.querySelectorAll('.axis text')]
          .filter((t) => getComputedStyle(t).display !== 'none')
          .map((t) => t.getBoundingClientRect());
        expect(ticks.length).to.be.at.least(3);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i].left, `tick ${i}`).to.be.at.least(ticks[i - 1].right);
        // The share column keeps the whole number.
        const pct = rows(el)[0].querySelector<HTMLElement>('.goal-pct')!;
        expect(pct.scrollWidth).to.be.at.most(pct.clientWidth + 1);
        expect(parseFloat(getComputedStyle(rows(el)[0].querySelector('.goal-facts')!).fontSize)).to.be.at.least(11);
      },
    },
  });

  it('shows over-achievement beyond 100% without breaking the layout (815 of 600: 136%)', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="new_hitech_year"></civic-target-progress>`);
    await drawn(el);
    expect(partText(el, 'summary')).to.equal('2019年新增高新技术企业815家，完成全年600家目标的136%。');
    const [row] = rows(el);
    expect(attr(row, 'role')).to.equal('meter');
    expect(attr(row, 'aria-valuenow')).to.equal('815');
    expect(attr(row, 'aria-valuemin')).to.equal('0');
    expect(attr(row, 'aria-valuemax')).to.equal('815');
    expect(attr(row, 'aria-valuetext')).to.equal('815家，目标600家的136%');
    expect(txt(row.querySelector('.goal-pct'))).to.equal('136%');
    // Scale 0–140%: the target line at 100/140, the achieved part up to it, the excess hatched beyond it.
    const target = row.querySelector('.mark-target')!;
    expect(attr(target, 'x1')).to.equal('71.43%');
    expect(attr(row.querySelector('.fill'), 'width')).to.equal('71.43%');
    const over = row.querySelector('.over')!;
    expect(attr(over, 'x')).to.equal('71.43%');
    expect(attr(over, 'width')).to.equal('25.60%'); // (135.8 − 100) / 140
    expect(attr(over, 'fill')).to.equal('url(#civic-hatch)');
    expect(txt($(el, '.axis'))).to.contain('140%');
    const svgBox = row.querySelector('svg.bar')!.getBoundingClientRect();
    const overBox = over.getBoundingClientRect();
    expect(overBox.width).to.be.greaterThan(20);
    expect(overBox.right).to.be.at.most(svgBox.right + 0.5);
    expect(row.scrollWidth).to.be.at.most(row.clientWidth);
    expect(txt(row.querySelector('.goal-facts'))).to.contain('超出目标36%').and.contain('时间已过 100%（推算值）');
    // The year is inferred and the baseline (2018) is shown as such.
    expect(txt(row.querySelector('.goal-facts'))).to.contain('基期 618家（2018年；时期为推断）');
    expect(row.querySelector('.fact.pace-needed')).to.equal(null);
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('New high-tech enterprises: 815 enterprises in 2019, 136% of the full-year target of 600 enterprises.');
    expect(attr(rows(el)[0], 'aria-valuetext')).to.equal('815 enterprises, 136% of the target 600 enterprises');
  });

  it('puts baseline, latest value and target on one scale with the deadline, the time elapsed and both paces', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="rd_intensity_2025" show-table></civic-target-progress>`);
    await drawn(el);
    expect(partText(el, 'summary')).to.equal(
      '2023年R&D投入强度预计3%（来源可信度低），完成2025年3.4%目标的88%；自2017年的2.35%以来平均每年提高0.11个百分点，到2025年底还需每年提高0.2个百分点（推算值）。',
    );
    const [row] = rows(el);
    expect(txt(row.querySelector('.goal-deadline'))).to.equal('2025年底前');
    expect(attr(row.querySelector('.mark-baseline'), 'x1')).to.equal('69.12%'); // 2.35 / 3.4
    expect(attr(row.querySelector('.fill'), 'width')).to.equal('88.24%'); // 3 / 3.4
    expect(attr(row.querySelector('.mark-target'), 'x1')).to.equal('100.00%');
    // The latest value is an estimate: a dashed, lighter bar and "~" before the share.
    expect(row.querySelector('.fill')!.classList.contains('bound-estimate')).to.equal(true);
    expect(txt(row.querySelector('.goal-pct'))).to.equal('~88%');
    // Time: from the baseline (end of 2017) to the deadline (end of 2025), at the latest value (end of 2023): 75%,
    // drawn from the baseline's position towards the target's.
    const time = row.querySelector('.time')!;
    expect(attr(time, 'x')).to.equal('69.12%');
    expect(attr(time, 'width')).to.equal('23.16%');
    const facts = txt(row.querySelector('.goal-facts'));
    expect(facts).to.contain('最新 预计3%（2023年；预计值；来源可信度低）');
    expect(facts).to.contain('时间已过 75%（推算值）');
    expect(facts).to.contain('所需速度 每年0.2个百分点（推算值）');
    expect(facts).to.contain('既往速度 每年0.11个百分点（推算值）');
    const table = partText(el, 'table');
    expect(table).to.contain('既往速度').and.contain('所需速度').and.contain('最新值时已过时间');
    expect(table).to.contain('推算值：（目标 − 最新值）÷ 距期限的年数');
    for (const v of ['2.35%', '2.85%', '预计3%', '2.8%']) expect(table).to.contain(v);
    expect(table).to.contain('来源可信度低');
    expect(partText(el, 'notes')).to.contain('后续目标：“十四五”科技创新规划：2025年3.6%');
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal(
      'R&D intensity: an estimated 3% in 2023 (low-confidence source), 88% of the 2025 target of 3.4%; up 0.11 percentage points a year on average since 2017 (2.35%), and 0.2 percentage points a year is needed to reach the target by the end of 2025 (derived).',
    );
  });

  it('keeps an approximate target (约200个) and a lower-bound value marked as such', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress show-table></civic-target-progress>`);
    el.data = progressData({}, {
      label: '攻克约200个技术',
      measure: '攻克的技术',
      counter: { zh: '个', en: 'technologies' },
      target: { value: 200, unit: 'count', bound: 'approx', source: illustrative },
      deadline: { year: null },
      start: undefined,
      progress: [{ period: '2031', value: 120, unit: 'count', bound: 'lowerBound', source: illustrative }],
    });
    await drawn(el);
    expect(partText(el, 'summary')).to.equal('2031年攻克的技术超过120个，至少完成约200个目标的60%；目标未写明期限。');
    const [row] = rows(el);
    expect(attr(row, 'aria-valuetext')).to.equal('超过120个，至少为目标约200个的60%');
    expect(txt(row.querySelector('.goal-pct'))).to.equal('>60%');
    expect(row.querySelector('.mark-target')!.classList.contains('approx')).to.equal(true);
    expect(row.querySelector('.lower-bound-end')).not.to.equal(null);
    expect(txt(row.querySelector('.goal-deadline'))).to.equal('未写明期限');
    // No deadline: no time share and no pace needed, never invented.
    expect(row.querySelector('.time')).to.equal(null);
    expect(row.querySelector('.fact.time')).to.equal(null);
    expect(row.querySelector('.fact.pace-needed')).to.equal(null);
    const table = partText(el, 'table');
    expect(table).to.contain('约数').and.contain('下限（超过）').and.contain('至少60%');
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.contain('over 120 technologies').and.contain('at least 60% of the target of about 200 technologies');
  });

  it('shows a goal with no reported progress as the goal and "no progress reported", never 0%', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="startups_year"></civic-target-progress>`);
    await untilState(el, 'empty');
    expect(partText(el, 'empty')).to.equal('全年备案创新型初创企业2000家 目标 2000家 · 2019年底前（年份为推断） 暂无进展数据');
    expect(partText(el, 'summary')).to.equal('全年备案创新型初创企业2000家：目标2000家，2019年底前（年份为推断），暂无进展数据。');
    expect(el.shadowRoot!.textContent).not.to.match(/(^|[^\d.])0%/);
    expect(partText(el, 'table')).to.contain('暂无进展数据');
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'empty')).to.contain('no progress reported');
    expect(partText(el, 'summary')).to.equal(
      'Register 2,000 innovative start-ups in the year: target 2,000 start-ups, by the end of 2019 (year inferred); no progress reported.',
    );
    // Beside goals with progress, the row says so too: a labelled group, not a meter at 0.
    const group = await fixture<CivicTargetProgress>(html`<civic-target-progress record="report_targets"></civic-target-progress>`);
    await drawn(group);
    const none = rows(group)[1];
    expect(attr(none, 'role')).to.equal('group');
    expect(attr(none, 'aria-valuenow')).to.equal(null);
    expect(attr(none, 'aria-label')).to.equal('全年备案创新型初创企业2000家: 暂无进展数据');
    expect(txt(none.querySelector('.no-progress'))).to.equal('暂无进展数据');
    expect(none.querySelector('svg.bar')).to.equal(null);
    expect(txt(none)).not.to.match(/(^|[^\d.])0%/);
  });

  it('keeps several goals aligned on one "% of target" scale, each a row of its own', async () => {
    const wrap = await fixture(html`<div style="width: 640px"><civic-target-progress record="report_targets"></civic-target-progress></div>`);
    const el = wrap.querySelector('civic-target-progress')!;
    await drawn(el);
    expect(partText(el, 'title')).to.equal('报道提出的五项目标：进展');
    const all = rows(el);
    expect(all.map((r) => txt(r.querySelector('.goal-label')))).to.deep.equal([
      '力争全年新增高新技术企业600家',
      '全年备案创新型初创企业2000家',
      'R&D投入强度提高到3.4%',
      '攻克200个左右重大关键核心技术',
      '推出100个左右战略性创新产品',
    ]);
    expect(all.map((r) => attr(r, 'role'))).to.deep.equal(['meter', 'group', 'meter', 'group', 'group']);
    // The target line is at the same x in every drawn row, and the bars and share columns line up.
    const bars = all.map((r) => r.querySelector('svg.bar')).filter((b): b is SVGSVGElement => !!b);
    const targets = bars.map((b) => b.querySelector('.mark-target')!.getBoundingClientRect().left);
    expect(targets).to.have.length(2);
    expect(Math.abs(targets[0] - targets[1])).to.be.below(0.5);
    const boxes = bars.map((b) => b.getBoundingClientRect());
    expect(boxes[0].left).to.equal(boxes[1].left);
    expect(boxes[0].width).to.equal(boxes[1].width);
    const pctRight = all.map((r) => r.querySelector('.goal-pct')!.getBoundingClientRect().right);
    expect(new Set(pctRight.map((x) => Math.round(x))).size).to.equal(1);
    expect(all.map((r) => txt(r.querySelector('.goal-pct')))).to.deep.equal(['136%', '—', '~88%', '—', '—']);
    expect(partText(el, 'summary')).to.match(/^共5项：1个已达到，1个尚未达到，3个暂无进展数据。2019年新增高新技术企业815家/);
  });

  it("expresses the report's part-of-whole ratios in the same type (6 of 12; 52 of 60)", async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="institute_ratios"></civic-target-progress>`);
    await drawn(el);
    expect(partText(el, 'summary')).to.equal(
      '共2项：2个为部分与整体的比例。2018年以来新引进的研究院12家中，6家已启动实质性建设（占50%）。产业技术研究院60家中，52家主攻方向与“246”集群吻合（占87%）。',
    );
    const [a, b] = rows(el);
    expect(attr(a, 'aria-valuetext')).to.equal('12家中的6家，占50%');
    expect(attr(b, 'aria-valuetext')).to.equal('60家中的52家，占87%');
    expect(txt(a.querySelector('.goal-deadline'))).to.equal('部分与整体，无期限');
    expect(a.querySelector('.time')).to.equal(null);
    expect(a.querySelector('.fact.pace-needed')).to.equal(null);
    el.locale = 'en';
    await el.updateComplete;
    expect(partText(el, 'summary')).to.contain('6 of the 12 institutes introduced since 2018 have started substantive construction (50%).');
    expect(partText(el, 'summary')).to.contain("52 of the 60 industrial technology research institutes focus on the '246' clusters (87%).");
  });

  it('loads every record id, each with a title and a sentence, never showing a no-progress goal as 0%', async () => {
    for (const id of ['new_hitech_year', 'rd_intensity_2025', 'startups_year', 'core_tech_5y', 'strategic_products_5y']) {
      expect(targetProgressRecordIds).to.include(id);
    }
    for (const id of targetProgressRecordIds) {
      const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record=${id}></civic-target-progress>`);
      await until(() => el.state === 'ready' || el.state === 'empty', `${id} settled`, 3000);
      await untilRendered(el);
      expect(partText(el, 'title'), id).not.to.equal('');
      expect(partText(el, 'summary'), id).to.match(/。$/);
      expect(partText(el, 'source'), id).to.match(/^来源：/);
      // Texts found on mirrors and spam copies are cited as their originals, never by the copy's site.
      expect(partText(el, 'source'), id).not.to.match(/aidisha|chinagate|xpj5d|mirror|repost/);
      const expected = ['startups_year', 'core_tech_5y', 'strategic_products_5y'].includes(id) ? 'empty' : 'ready';
      expect(el.state, id).to.equal(expected);
      if (expected === 'empty') expect(partText(el, 'empty'), id).to.contain('暂无进展数据');
      // The scale's own ticks (0%, 50%, 100%) are an axis, not a figure: every other text is checked.
      const texts = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => !n.closest('svg.axis') && n.children.length === 0).map((n) => n.textContent).join(' ');
      expect(texts, id).not.to.match(/(^|[^\d.])0%/);
    }
  });

  it('lists every value and every derived figure in the data table, marked', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="new_hitech_year"></civic-target-progress>`);
    await drawn(el);
    const table = part(el, 'table') as HTMLTableElement;
    const text = txt(table);
    expect(text).to.contain('600家').and.contain('618家').and.contain('815家');
    expect(text).to.contain('目标完成比例').and.contain('136%').and.contain('推算值：最新值 ÷ 目标');
    expect(text).to.contain('期限为推断').and.contain('时期为推断');
    expect(table.querySelectorAll('tbody tr').length).to.be.greaterThan(3);
  });

  it('caps the common scale at 200% and marks a longer bar as cut', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress></civic-target-progress>`);
    el.data = progressData({}, { progress: [{ period: '2030', value: 450, unit: 'count', bound: 'exact', source: illustrative }] });
    await drawn(el);
    const [row] = rows(el);
    expect(txt(row.querySelector('.goal-pct'))).to.equal('450%');
    expect(attr(row.querySelector('.mark-target'), 'x1')).to.equal('50.00%');
    expect(row.querySelector('.cut')).not.to.equal(null);
    expect(txt($(el, '.axis'))).to.contain('≥200%');
    expect(row.scrollWidth).to.be.at.most(row.clientWidth);
  });

  it('uses a stated start for a flow goal and says the deadline passed when it did, unmet', async () => {
    const el = await fixture<CivicTargetProgress>(html`<civic-target-progress></civic-target-progress>`);
    el.data = progressData({}, {
      progress: [
        { period: '2031', value: 90, unit: 'count', bound: 'exact', source: illustrative },
        { period: '2030-01..06', value: 40, unit: 'count', bound: 'exact', source: illustrative },
      ],
    });
    await drawn(el);
    // The latest is the last by period (2031), whatever the order given.
    expect(partText(el, 'summary')).to.equal('2031年新增测试企业90家，完成全年100家目标的90%；期限已过，未达到目标。');
    expect(txt(rows(el)[0].querySelector('.goal-facts'))).to.contain('时间已过 100%（推算值）');
  });
});
