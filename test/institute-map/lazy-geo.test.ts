// Its own page. The element's module is imported only inside the test, after the resource timing
// buffer is enlarged (Chrome keeps 250 entries by default, fewer than the modules ECharts has), so
// every request the element causes is on record.
import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

const initialEntries = performance.getEntriesByType('resource').length;
performance.setResourceTimingBufferSize(100000);

const districtRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /ningbo-districts|ningbo-geo/.test(n));

describe('civic-institute-map: the district map loads lazily', () => {
  it('is not fetched until a map element is on the page', async function () {
    // The first import of ECharts' sources (hundreds of modules) on a busy 2-core machine.
    this.timeout(30000);
    expect(initialEntries, 'the record of requests is complete').to.be.below(250);
    await import('../../src/components/institute-map/define.js');
    expect(customElements.get('civic-institute-map')).not.to.equal(undefined);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('institute-map/institute-map.ts'))).to.equal(true);
    // Proving a negative (no request): there is no condition to wait for, so a fixed 300 ms for a
    // stray request to show up.
    await new Promise((r) => setTimeout(r, 300));
    // The element is defined, ECharts and the element's code are loaded: no district map yet.
    expect(districtRequests()).to.deep.equal([]);
    const el = document.createElement('civic-institute-map');
    el.setAttribute('record', 'institutes');
    document.body.append(el);
    await until(() => districtRequests().some((n) => n.includes('ningbo-districts.json')), 'the district map request');
    await until(() => el.getAttribute('state') === 'ready', 'ready');
    expect(districtRequests().filter((n) => n.includes('ningbo-districts.json'))).to.have.length(1);
    el.remove();
  });
});
