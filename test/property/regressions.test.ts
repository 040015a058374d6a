/**
 * Defects the property tests found, each reduced to its smallest input (issue 7). A test here
 * fails until its defect is fixed; the properties in this folder would find it again.
 */
import { expect } from '@open-wc/testing';
import { indexGeoJson } from '../../src/components/institute-map/geo.js';
import { formatQuantity } from '../../src/core/format.js';
import { gaugeModel } from '../../src/components/cluster-gauge/model.js';
import { convert } from '../../src/components/indicator-trend/model.js';

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
});
