import { expect } from '@open-wc/testing';
import { indexGeoJson, type GeoIndex } from '../../src/components/institute-map/geo.js';
import { mapModel } from '../../src/components/institute-map/model.js';
import { LABEL_BOX, minDistance } from '../../src/components/institute-map/placement.js';
import ningbo from '../../seeds/geo/ningbo-districts.json';
import { institute, mapData } from './fixtures.js';
import { insideGeometry } from './map-helpers.js';

type Feature = { properties: { name: string }; geometry: { type: string; coordinates: unknown } };
const features = (ningbo as unknown as { features: Feature[] }).features;

function ningboIndex(): GeoIndex {
  const r = indexGeoJson(ningbo, 'name');
  if (!r.ok) throw new Error('the bundled map is invalid');
  return r.value;
}

describe('civic-institute-map: placement inside districts (pure functions)', () => {
  it('indexes the bundled map: ten districts', () => {
    expect(ningboIndex().districts.map((d) => d.name)).to.have.members(['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '余姚市', '慈溪市', '宁海县', '象山县']);
  });

  it('places many markers in small districts inside their own district, apart, deterministically', () => {
    const index = ningboIndex();
    const crowd = [
      ...Array.from({ length: 12 }, (_, i) => institute(`jb${i}`, '江北区')),
      ...Array.from({ length: 8 }, (_, i) => institute(`zh${i}`, '镇海区')),
      ...Array.from({ length: 6 }, (_, i) => institute(`hs${i}`, '海曙区')),
      ...Array.from({ length: 6 }, (_, i) => institute(`yz${i}`, '鄞州区')),
    ];
    const data = mapData({ institutes: crowd });
    const model = mapModel(data, index);
    expect(model.located).to.have.length(crowd.length);
    const seen = new Set<string>();
    for (const p of model.located) {
      const own = features.find((f) => f.properties.name === p.district)!;
      expect(insideGeometry(p.position!, own.geometry), `${p.institute.id} in ${p.district}`).to.equal(true);
      for (const other of features.filter((f) => f !== own)) expect(insideGeometry(p.position!, other.geometry)).to.equal(false);
      seen.add(p.position!.join(','));
    }
    expect(seen.size).to.equal(crowd.length);
    // Apart: never closer than an eighth of the normal spacing, even when crowded.
    const min = minDistance(index) / 8;
    const ps = model.located.map((p) => p.position!);
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        expect(Math.hypot((ps[i][0] - ps[j][0]) * index.aspect, ps[i][1] - ps[j][1])).to.be.at.least(min);
      }
    }
    // The same data and map: the same points, every time.
    const again = mapModel(mapData({ institutes: crowd.map((c) => ({ ...c })) }), ningboIndex());
    expect(again.located.map((p) => p.position)).to.deep.equal(model.located.map((p) => p.position));
  });

  it('keeps a district\'s points when institutes elsewhere change', () => {
    const index = ningboIndex();
    const a = mapModel(mapData({ institutes: [institute('x', '宁海县'), institute('y', '象山县')] }), index);
    const b = mapModel(mapData({ institutes: [institute('x', '宁海县'), institute('z', '余姚市'), institute('y', '象山县')] }), index);
    const where = (m: typeof a, id: string) => m.located.find((p) => p.institute.id === id)!.position;
    expect(where(b, 'x')).to.deep.equal(where(a, 'x'));
    expect(where(b, 'y')).to.deep.equal(where(a, 'y'));
  });

  it('never drops an institute: every one is located or listed', () => {
    const index = ningboIndex();
    const data = mapData({
      institutes: [
        institute('a', '海曙区'),
        institute('b', null),
        institute('c', '杭州市'),
        institute('d', null, { location: { district: null, lon: 0, lat: 0, confidence: 'sourced' } }),
        institute('e', null, { location: { district: null, lon: 121.55, lat: 29.87, confidence: 'sourced' } }),
      ],
    });
    const m = mapModel(data, index);
    expect(m.located.map((p) => p.institute.id).sort()).to.deep.equal(['a', 'e']);
    expect(m.unlocated.map((u) => [u.institute.id, u.reason])).to.deep.equal([
      ['b', 'unknown'],
      ['c', 'notOnMap'],
      ['d', 'outsideMap'],
    ]);
    expect(m.missingDistricts).to.deep.equal(['杭州市']);
    expect(m.located.find((p) => p.institute.id === 'e')!.precision).to.equal('point');
  });

  it('moves a district\'s name away from a marker given by coordinates, and markers away from names', () => {
    const index = ningboIndex();
    const before = mapModel(mapData({ institutes: [institute('x', '余姚市')] }), index);
    const pole = before.labels.get('宁海县')!;
    const data = mapData({
      institutes: [
        institute('p', null, { location: { district: null, lon: pole[0], lat: pole[1], confidence: 'sourced' } }),
        ...Array.from({ length: 4 }, (_, i) => institute(`nh${i}`, '宁海县')),
      ],
    });
    const m = mapModel(data, index);
    const label = m.labels.get('宁海县')!;
    expect(label).not.to.deep.equal(pole);
    const base = minDistance(index);
    const clear = (p: number[], l: number[]) =>
      Math.abs(p[0] - l[0]) * index.aspect >= LABEL_BOX[0] * base || Math.abs(p[1] - l[1]) >= LABEL_BOX[1] * base;
    for (const p of m.located) {
      expect(clear(p.position!, label), `${p.institute.id} clear of the name`).to.equal(true);
      for (const l of m.labels.values()) expect(clear(p.position!, l)).to.equal(true);
    }
  });
});
