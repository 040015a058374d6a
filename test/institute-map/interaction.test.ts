import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/institute-map/define.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import { legendButtons, markersOf, pixelOf, readyMap as readyMapOf } from './map-helpers.js';
import { oneEvent, part, partLines, partText, until, untilAnimated } from '../support/helpers.js';
import { accessibilityContract, echartsDrawing, type AnyCivic } from '../support/contract.js';
import type { EChartsType } from '../../src/core/echarts.js';

/** Scrolled into view (earlier fixtures of the same test stay on the page), then ready and drawn. */
async function readyMap(el: CivicInstituteMap) {
  el.scrollIntoView();
  return readyMapOf(el);
}

describe('civic-institute-map: keyboard, pointer and accessibility', () => {
  accessibilityContract<CivicInstituteMap>({
    tag: 'civic-institute-map',
    drawing: echartsDrawing(readyMapOf as (el: AnyCivic) => Promise<EChartsType>),
    attrs: { record: 'institutes' },
    empty: {},
    more: [{ what: 'in English', attrs: { record: 'institutes', locale: 'en' } }],
  });

  it('moves across institutes with the arrow keys, with their tooltip, and fires civic-select on Enter', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const chart = el.chart!;
    const highlighted: { seriesIndex: number; dataIndex: number }[] = [];
    chart.on('highlight', (p: unknown) => {
      highlighted.push(p as { seriesIndex: number; dataIndex: number });
    });
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const first = markersOf(el)[0].name;
    expect(partLines(el, 'tooltip')[0]).to.equal(first);
    expect(highlighted.at(-1)).to.include({ seriesIndex: 1, dataIndex: 0 });
    const seen = [first];
    for (let i = 1; i < markersOf(el).length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push(partLines(el, 'tooltip')[0]);
    }
    expect(seen).to.deep.equal(markersOf(el).map((m) => m.name));
    // Back to the first: 上海交大 (海曙区, district-level, sourced).
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')).to.deep.equal([
      '上海交大宁波人工智能研究院',
      '状态：已引进建设',
      '标记：圆形',
      '位置：海曙区 · 区县级（标记放在区县内，不是确切地点）',
      '位置依据：有来源 (宁波市科学技术局)',
    ]);
    const selected = oneEvent(el, 'civic-select');
    await sendKeys({ press: 'Enter' });
    const ev = await selected;
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.key).to.equal('institute:sjtu_ningbo_ai');
    expect(ev.detail.item).to.deep.include({ kind: 'institute', id: 'sjtu_ningbo_ai', district: '海曙区', precision: 'district' });
    expect(ev.detail.item.institute.name).to.deep.equal({ zh: '上海交大宁波人工智能研究院', en: 'SJTU Ningbo Artificial Intelligence Institute' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('says in the tooltip when a location is inferred', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes" locale="en"></civic-institute-map>`);
    await readyMap(el);
    part(el, 'chart')!.focus();
    const names = markersOf(el).map((m) => m.name);
    const k = names.indexOf('Hangzhou Bay Research Institute of NIMTE (CAS Ningbo Institute of Materials Technology and Engineering)');
    for (let i = 0; i <= k; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const lines = partLines(el, 'tooltip');
    expect(lines[1]).to.equal('Status: substantive construction under way');
    expect(lines[3]).to.equal('Location: Cixi（宁波杭州湾新区（现属前湾新区）） · district-level (marker placed inside the district, not at the site)');
    expect(lines[4]).to.match(/^Location basis: inferred \(/);
  });

  it('shows the tooltip on hover and fires civic-select when a marker is clicked', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await untilAnimated(await readyMap(el)); // the markers are where the option says once the animation ends
    const m = markersOf(el).find((x) => x.name === '北航宁波创新研究院')!;
    const [px, py] = pixelOf(el, m.value);
    const box = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.left + px), Math.round(box.top + py)];
    await sendMouse({ type: 'move', position: at });
    await until(() => !part(el, 'tooltip')!.hidden, 'the hover tooltip');
    expect(partLines(el, 'tooltip')[0]).to.equal('北航宁波创新研究院');
    const selected = oneEvent(el, 'civic-select');
    await sendMouse({ type: 'click', position: at });
    const ev = await selected;
    expect(ev.detail.item).to.deep.include({ id: 'buaa_ningbo', district: '北仑区' });
    expect(ev.detail.item.statuses).to.deep.equal(['introduced', 'substantiveConstruction']);
    await resetMouse();
  });

  it('filters markers by status from the legend, by keyboard', async () => {
    const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes"></civic-institute-map>`);
    await readyMap(el);
    const [substantive, introduced] = legendButtons(el);
    expect(partText(el, 'legend')).to.contain('已启动实质性建设 图上3家');
    substantive.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(substantive.getAttribute('aria-pressed')).to.equal('false');
    // BUAA and the Industrial Internet Institute are also "introduced": now circles; NIMTE is gone.
    const byName = new Map(markersOf(el).map((m) => [m.name, m.symbol]));
    expect(markersOf(el)).to.have.length(7);
    expect(byName.get('北航宁波创新研究院')).to.equal('circle');
    expect(byName.has('中科院宁波材料所杭州湾研究院')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(introduced);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(markersOf(el).map((m) => m.name).sort()).to.deep.equal(['北大宁波海洋药物研究院', '宁波新材料(国际)创新中心'].sort());
    // The keyboard visits only what is drawn.
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(partLines(el, 'tooltip')[0]).to.equal(markersOf(el).at(-1)!.name);
    // The list of institutes without a location and the summary do not change with the filter.
    expect(partText(el, 'summary')).to.contain('其中8家可定位到区县');
    expect(el.shadowRoot!.querySelectorAll('[part~="unlocated"] li')).to.have.length(13);
    substantive.click();
    introduced.click();
    await el.updateComplete;
    expect(markersOf(el)).to.have.length(8);
    expect(el.hiddenStatuses).to.deep.equal([]);
  });
});
