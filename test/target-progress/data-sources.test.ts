import { expect } from '@open-wc/testing';
import '../../src/components/target-progress/define.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import { progressData } from './fixtures.js';
import { stubFetch } from './stub-fetch.js';
import { partText } from '../support/helpers.js';
import { rowsDrawing } from './drawing.js';
import { dataSourceContract } from '../support/contract.js';

const SUMMARY_ZH = '2030年1–6月新增测试企业40家，完成全年100家目标的40%；目前平均每年增加80家，到2030年底还需每年增加120家（推算值）。';

describe('civic-target-progress: data sources', () => {
  dataSourceContract<CivicTargetProgress>({
    tag: 'civic-target-progress',
    named: (title) => progressData({ title }),
    titleFor: (title) => title,
    property: { attrs: { locale: 'zh-CN' }, data: () => progressData(), title: '测试目标：全年新增100家', summary: SUMMARY_ZH },
    // The stub answers `?ms=…&label=…` with one goal of that label, and records requests and aborts.
    fetch: {
      slowUrl: (label, ms = 150) => `/__tp__/data.json?${[`ms=${ms}`, label !== undefined && `label=${label}`].filter(Boolean).join('&')}`,
      nameOf: (data: TargetProgressData) => data.goals[0].label,
      stub: stubFetch,
    },
    staticJson: { url: '/test/target-progress/fixtures/progress.json', title: 'URL test goals', summaryContains: '50% of' },
    missingUrl: '/test/target-progress/fixtures/no-such-file.json',
    record: {
      id: 'new_hitech_year',
      title: '力争全年新增高新技术企业600家',
      summary: '2019年新增高新技术企业815家，完成全年600家目标的136%。',
      unknown: ['no_such_target'],
    },
    empty: (el) => expect(el.shadowRoot!.querySelector('.goal')).to.equal(null),
    drawing: rowsDrawing,
    roundTrip: {
      record: 'new_hitech_year',
      edit: (data: TargetProgressData) => (data.goals[0].progress = [{ ...data.goals[0].progress[0], value: 300 }]),
      check: (el) => expect(partText(el, 'summary')).to.equal('2019年新增高新技术企业300家，完成全年600家目标的50%；期限已过，未达到目标。'),
    },
  });
});
