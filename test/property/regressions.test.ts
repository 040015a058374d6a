/**
 * Defects the property tests found, each reduced to its smallest input (issue 7). A test here
 * fails until its defect is fixed; the properties in this folder would find it again.
 */
import { expect } from '@open-wc/testing';
import { indexGeoJson } from '../../src/components/institute-map/geo.js';
import { formatQuantity } from '../../src/core/format.js';
import { gaugeModel } from '../../src/components/cluster-gauge/model.js';
import { convert, trendModel } from '../../src/components/indicator-trend/model.js';
import { clusterGaugeBuilders } from '../../src/components/cluster-gauge/builders.js';
import { indicatorTrendBuilders } from '../../src/components/indicator-trend/builders.js';
import { targetProgressBuilders } from '../../src/components/target-progress/builders.js';
import { progressModel } from '../../src/components/target-progress/model.js';
import { validateClusterGaugeData } from '../../src/components/cluster-gauge/validate.js';
import { validateIndicatorTrendData } from '../../src/components/indicator-trend/validate.js';
import { validateTargetProgressData } from '../../src/components/target-progress/validate.js';
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import type { IndicatorTrendData } from '../../src/components/indicator-trend/types.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';

const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];

describe('property regressions', () => {
  it('indexGeoJson names the `type` of a feature whose type is wrong, not the whole feature', () => {
    const r = indexGeoJson({ type: 'FeatureCollection', features: [{ type: 'Featur', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: square } }] });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]).to.deep.equal({ path: 'geo.features[0].type', message: 'must be "Feature", got the string "Featur"' });
  });

  it('English money does not overflow to ∞ for the largest finite values', () => {
    // 1.8e308 万亿元 and -1e305 亿元 are finite, but not in yuan (× 10^12, × 10^8).
    expect(formatQuantity(1.7976931348623157e308, '万亿元', 'en')).to.match(/^179,769,313,486,231,570(,000)+ trillion yuan$/);
    expect(formatQuantity(-1e305, '亿元', 'en')).to.match(/^-[1-9][\d,]+ trillion yuan$/);
  });

  it("the gauge's scale stays finite for a value near the largest finite number", () => {
    const source = { kind: 'illustrative', quote: '' } as const;
    const m = gaugeModel({
      name: 'A',
      tier: '千亿级',
      target: { value: 1000, unit: '亿元', year: null, source },
      value: { period: '2020', value: 1.7e308, unit: '亿元', bound: 'exact', source },
    });
    expect(m.max).to.equal(1.7e308);
  });

  it('trend unit conversion: no Infinity for a finite value, undefined when it cannot be written in the display unit', () => {
    expect(convert(1e300, '万亿元', '亿元')! / 1e304).to.be.closeTo(1, 1e-12);
    expect(convert(1e306, '万亿元', '万元')).to.equal(undefined);
    expect(convert(2174.6, '亿元', '万亿元')).to.equal(0.21746);
  });

  /*
   * Not fixed: derived figures overflow for extreme magnitudes every validator accepts (any
   * finite number). The share of a target (value ÷ target × 100), a pace (difference ÷ years)
   * and a level derived from a growth rate (value ÷ (1 + yoy)) reach Infinity, written "∞" by
   * Intl.NumberFormat and drawn at Infinity. The rule: a derived figure that is not finite is left
   * out (never shown as ∞); the reported values themselves are shown as given.
   */
  describe('derived figures at extreme magnitudes: left out when not finite', () => {
    const source = { kind: 'illustrative', quote: '' } as const;
    const texts = (b: { summary(m: never, c: { locale: 'en' }): string; table(m: never, c: { locale: 'en' }): { rows: string[][] } }, m: unknown) =>
      [b.summary(m as never, { locale: 'en' }), ...b.table(m as never, { locale: 'en' }).rows.flat()].join('\n');

    it('gauge: the share of a target of 1 reached by 1e307 is not "∞%"', () => {
      const data: ClusterGaugeData = {
        name: 'A',
        tier: '千亿级',
        target: { value: 1, unit: '亿元', year: null, source },
        value: { period: '2020', value: 1e307, unit: '亿元', bound: 'exact', source },
      };
      expect(validateClusterGaugeData(data).ok).to.equal(true);
      expect(texts(clusterGaugeBuilders, gaugeModel(data))).not.to.contain('∞');
    });

    it('progress: the share of a target of 1e-300 is not "∞%", a pace over a month from 1e308 is not "−∞ a year"', () => {
      const data: TargetProgressData = {
        goals: [
          { label: 'A', target: { value: 1e-300, unit: 'count', bound: 'exact', source }, deadline: { year: 2030 }, progress: [{ period: '2020', value: 1, unit: 'count', bound: 'exact', source }] },
          {
            label: 'B',
            target: { value: 1, unit: 'count', bound: 'exact', source },
            deadline: { year: 2030 },
            baseline: { period: '2020-01', value: 1e308, unit: 'count', bound: 'exact', source },
            progress: [{ period: '2020-02', value: 0, unit: 'count', bound: 'exact', source }],
          },
        ],
      };
      expect(validateTargetProgressData(data).ok).to.equal(true);
      expect(texts(targetProgressBuilders, progressModel(data))).not.to.contain('∞');
    });

    it('trend: a level derived from 1e308 people and −50% is not "∞", nor drawn at Infinity', () => {
      const data: IndicatorTrendData = {
        name: 'A',
        unit: 'people',
        series: [{ id: 'a', name: 'A', observations: [{ period: '2020', value: 1e308, unit: 'people', bound: 'exact', yoyPct: -50, source }] }],
      };
      expect(validateIndicatorTrendData(data).ok).to.equal(true);
      const m = trendModel(data);
      expect(texts(indicatorTrendBuilders, m)).not.to.contain('∞');
      expect(m.points.every((p) => Number.isFinite(p.value))).to.equal(true);
    });
  });
});
