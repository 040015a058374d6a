/**
 * Regression test from the model-based tests (issue 7): the error message follows the element's
 * locale. Shrunk sequence: [data = invalid, locale = en] left the message in Chinese ("数据无效：…")
 * under an English element, since it was worded once, when the data was rejected.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/civic-charts.js';
import type { CivicElement } from '../../src/core/civic-element.js';
import { captureWarnings, partText, until, untilState } from '../support/helpers.js';

type AnyEl = CivicElement<any, any, any>;

const tags = ['civic-cluster-gauge', 'civic-indicator-trend', 'civic-institute-map', 'civic-target-progress'];

describe('the error message follows the locale', () => {
  for (const tag of tags) {
    it(`${tag}: invalid data, then locale="en"; an unknown record, then back to zh-CN`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement(tag) as AnyEl;
      box.append(el);
      await captureWarnings(async () => {
        el.data = 'not data' as never;
        await untilState(el, 'error');
        expect(partText(el, 'error')).to.match(/^数据无效：/);
        el.locale = 'en';
        await el.updateComplete;
        expect(partText(el, 'error')).to.match(/^Invalid data: /);

        el.data = undefined;
        el.record = 'no_such_record';
        await until(() => /^No such data record: /.test(partText(el, 'error')), 'the unknown record in English');
        expect(el.state).to.equal('error');
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(partText(el, 'error')).to.match(/^未找到数据记录：/);
      });
    });
  }
});
