import { expect } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import { gaugeData } from './fixtures.js';
import { partText, spyFetch } from '../support/helpers.js';
import { dataSourceContract } from '../support/contract.js';

describe('civic-cluster-gauge: data sources', () => {
  dataSourceContract<CivicClusterGauge>({
    tag: 'civic-cluster-gauge',
    named: (name) => gaugeData({ name }),
    titleFor: (name) => `${name}产业集群`,
    property: {
      attrs: { locale: 'zh-CN' },
      data: () => gaugeData(),
      title: '测试产业集群',
      summary: '测试产业集群2020年工业总产值2500亿元，达到五千亿级目标的50%。',
    },
    // Served by the slow-JSON plugin of the test server, over the real network; the spy records
    // what was requested and aborted.
    fetch: {
      slowUrl: (name, ms) => `/__slow__/gauge.json?${[ms !== undefined && `ms=${ms}`, name !== undefined && `name=${name}`].filter(Boolean).join('&')}`,
      nameOf: (data: { name: string }) => data.name,
      stub: () => spyFetch('/__slow__/'),
    },
    staticJson: { url: '/test/fixtures/gauge.json', title: 'URL test cluster', summaryContains: '80% of its 100-billion-yuan tier target' },
    missingUrl: '/test/fixtures/no-such-file.json',
    record: {
      id: 'new_materials',
      title: '新材料产业集群',
      summary: '新材料产业集群2020年工业总产值2174.6亿元，达到五千亿级目标的43%。',
      unknown: ['no_such_cluster'],
    },
    empty: true,
    roundTrip: {
      record: 'new_materials',
      edit: (data: ClusterGaugeData) => (data.value = { ...data.value!, value: 3000 }),
      check: (el) => expect(partText(el, 'summary')).to.contain('3000亿元').and.contain('60%'),
    },
  });
});
