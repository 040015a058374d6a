/**
 * The live rows (figure.ts) and the standalone SVG (svg.ts, the `civic-charts render` command and
 * the SVG export) draw from one option (options.ts): every mark of a live row is in the static row
 * at the same place on the scale, and nothing else is. Places are compared as shares of the bar.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import { progressModel } from '../../src/components/target-progress/model.js';
import { loadTargetProgressRecord } from '../../src/components/target-progress/record.js';
import { progressSvg } from '../../src/components/target-progress/svg.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import { staticPalette } from '../../src/core/palettes.js';
import { until, untilState } from '../support/helpers.js';
import { goal, illustrative } from './fixtures.js';

const MARKS = ['fill', 'over', 'cut', 'lower-bound-end', 'time', 'time-end', 'mark-baseline', 'mark-target'];

/** Each mark of a row: its class and where it starts and ends, as shares (0–1) of the bar's width. */
type Marks = Record<string, [number, number]>;

function liveMarks(row: Element): Marks {
  const share = (v: string | null) => Number.parseFloat(v ?? 'NaN') / 100;
  const out: Marks = {};
  for (const cls of MARKS) {
    const e = row.querySelector(`svg.bar .${cls}`);
    if (!e) continue;
    out[cls] =
      e.tagName === 'line'
        ? [share(e.getAttribute('x1')), share(e.getAttribute('x1'))]
        : [share(e.getAttribute('x')), share(e.getAttribute('x')) + share(e.getAttribute('width'))];
  }
  return out;
}

function staticMarks(row: Element): Marks {
  const track = row.querySelector('.track')!;
  const x0 = Number(track.getAttribute('x'));
  const w = Number(track.getAttribute('width'));
  const share = (v: string | null) => (Number(v) - x0) / w;
  const out: Marks = {};
  for (const cls of MARKS) {
    const e = row.querySelector(`.${cls}`);
    if (!e) continue;
    out[cls] =
      e.tagName === 'line'
        ? [share(e.getAttribute('x1')), share(e.getAttribute('x1'))]
        : [share(e.getAttribute('x')), share(e.getAttribute('x')) + Number(e.getAttribute('width')) / w];
  }
  return out;
}

async function compare(data: TargetProgressData, locale: 'zh-CN' | 'en') {
  const el = await fixture<CivicTargetProgress>(html`<civic-target-progress locale=${locale} .data=${data}></civic-target-progress>`);
  await untilState(el, 'ready');
  await until(() => el.shadowRoot!.querySelectorAll('.goal').length > 0, 'the rows');
  const live = [...el.shadowRoot!.querySelectorAll('.goal')];
  const svg = new DOMParser().parseFromString(
    progressSvg(progressModel(data), { locale, palette: staticPalette('light'), reducedMotion: true, width: 640 }),
    'image/svg+xml',
  );
  const stat = [...svg.querySelectorAll('g.goal')];
  expect(stat.length, 'rows').to.equal(live.length);
  const compared = new Set<string>();
  live.forEach((row, i) => {
    const a = liveMarks(row);
    const b = staticMarks(stat[i]);
    expect(Object.keys(b).sort(), `row ${i}: the same marks`).to.deep.equal(Object.keys(a).sort());
    for (const cls of Object.keys(a)) {
      expect(b[cls][0], `row ${i} .${cls} start`).to.be.closeTo(a[cls][0], 0.0002);
      expect(b[cls][1], `row ${i} .${cls} end`).to.be.closeTo(a[cls][1], 0.0002);
      compared.add(cls);
    }
  });
  return compared;
}

describe('civic-target-progress: the live rows and the static SVG draw the same marks in the same places', () => {
  for (const id of ['report_targets', 'rd_intensity_2025', 'institute_ratios']) {
    it(`the bundled record ${id}`, async () => {
      const data = (await loadTargetProgressRecord(id))!;
      expect([...(await compare(data, 'en'))]).to.include.members(['fill', 'mark-target']);
    });
  }

  it('over the target and cut at the cap, a lower bound, an approximate target, a level from its baseline', async () => {
    const data: TargetProgressData = {
      goals: [
        goal({ progress: [{ period: '2030', value: 260, unit: 'count', bound: 'exact', source: illustrative }] }),
        goal({
          id: 'b',
          target: { value: 200, unit: 'count', bound: 'approx', source: illustrative },
          progress: [{ period: '2030-01..06', value: 120, unit: 'count', bound: 'lowerBound', source: illustrative }],
        }),
        goal({
          id: 'c',
          kind: 'level',
          start: undefined,
          baseline: { period: '2026', value: 50, unit: 'count', bound: 'exact', source: illustrative },
          progress: [{ period: '2028', value: 70, unit: 'count', bound: 'estimate', source: illustrative }],
        }),
      ],
    };
    // Every kind of mark was drawn, and compared, at least once.
    expect([...(await compare(data, 'zh-CN'))].sort()).to.deep.equal([...MARKS].sort());
  });
});
