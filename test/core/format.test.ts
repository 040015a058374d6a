import { expect } from '@open-wc/testing';
import { decimalsOf, formatNumber, formatQuantity, formatValue } from '../../src/core/format.js';
import { formatPeriod, parsePeriod } from '../../src/core/periods.js';
import { normalizeLocale, resolveLocale } from '../../src/core/locale.js';

describe('format: numbers, units, bounds and periods', () => {
  it('writes numbers exactly as Intl.NumberFormat would, without one (rounding, grouping, signs)', () => {
    // formatNumber writes digits by hand (no ICU data to load at a page's first number).
    let seed = 246;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cases = [1.005, 2.675, 1.45, -1.45, 0, -0.04, 1e-7, -3e-9, 123456789012, 0.1 + 0.2, 999.95, -999.95, 9.96, 0.5, 99.5, 1e20, 1.5e21, -2.5e25, Number.MAX_VALUE, 0.024999999999999998];
    for (let i = 0; i < 4000; i++) {
      const n = (random() - 0.3) * 10 ** Math.floor(random() * 12 - 4);
      cases.push(n, Math.round(n * 100) / 100 + 0.005, Math.round(n) + 0.5);
    }
    const wrong: string[] = [];
    for (const n of cases) {
      for (const locale of ['en', 'zh-CN'] as const) {
        for (const d of [0, 1, 2, 4, undefined]) {
          const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: d ?? decimalsOf(n), useGrouping: locale === 'en' }).format(n);
          // Intl writes "-0" for a negative that rounds to zero; a reader is told 0.
          const expected = intl === '-0' ? '0' : intl;
          const got = formatNumber(n, locale, d);
          if (got !== expected) wrong.push(`${n} ${locale} ${d}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
    expect(formatNumber(-0.04, 'en', 0)).to.equal('0');
    expect(formatNumber(1234567.891, 'en', 2)).to.equal('1,234,567.89');
    expect(formatNumber(1234567.891, 'zh-CN', 2)).to.equal('1234567.89');
  });

  it('formats money in 亿元 for Chinese and in words for English', () => {
    expect(formatQuantity(2174.6, '亿元', 'zh-CN')).to.equal('2174.6亿元');
    expect(formatQuantity(18147.7, '亿元', 'zh-CN')).to.equal('18147.7亿元');
    expect(formatQuantity(2174.6, '亿元', 'en')).to.equal('217.46 billion yuan');
    expect(formatQuantity(18147.7, '亿元', 'en')).to.equal('1.81477 trillion yuan');
    expect(formatQuantity(16.2, '亿元', 'en')).to.equal('1.62 billion yuan');
    expect(formatQuantity(8000, '万元', 'en')).to.equal('80 million yuan');
    expect(formatQuantity(8000, '万元', 'zh-CN')).to.equal('8000万元');
    expect(formatQuantity(1, '万亿元', 'zh-CN')).to.equal('1万亿元');
    expect(formatQuantity(1, '万亿元', 'en')).to.equal('1 trillion yuan');
  });

  it('formats counts, people, percentages, points and ranks', () => {
    expect(formatValue(30000, 'people', 'lowerBound', 'zh-CN')).to.equal('超过3万人');
    expect(formatValue(30000, 'people', 'lowerBound', 'en')).to.equal('over 30,000 people');
    expect(formatValue(200, 'count', 'approx', 'zh-CN')).to.equal('约200个');
    expect(formatValue(815, 'count', 'exact', 'zh-CN', { counterZh: '家' })).to.equal('815家');
    expect(formatValue(815, 'count', 'exact', 'en', { counterEn: 'enterprises' })).to.equal('815 enterprises');
    expect(formatValue(2.4, '%', 'estimate', 'zh-CN')).to.equal('预计2.4%');
    expect(formatValue(2.4, '%', 'estimate', 'en')).to.equal('an estimated 2.4%');
    expect(formatQuantity(0.13, 'pp', 'zh-CN')).to.equal('0.13个百分点');
    expect(formatQuantity(2, 'rank', 'zh-CN')).to.equal('第2位');
  });

  it('formats periods for each locale and keeps free text as written', () => {
    expect(formatPeriod('2019-Q1', 'zh-CN')).to.equal('2019年一季度');
    expect(formatPeriod('2019-Q1', 'en')).to.equal('Q1 2019');
    expect(formatPeriod('2019', 'zh-CN')).to.equal('2019年');
    expect(formatPeriod('2022-01..09', 'zh-CN')).to.equal('2022年1–9月');
    expect(formatPeriod('2022-01..09', 'en')).to.equal('Jan–Sep 2022');
    expect(formatPeriod('2019-05', 'en')).to.equal('May 2019');
    expect(formatPeriod('2016-2020 (annual average)', 'en')).to.equal('2016-2020 (annual average)');
    expect(parsePeriod('not stated (reported 2020-09)')).to.deep.equal({ kind: 'text', text: 'not stated (reported 2020-09)', year: 2020 });
  });

  it('resolves the locale from the attribute, then the nearest lang, then zh-CN', () => {
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('zh-Hant')).to.equal('zh-CN');
    expect(normalizeLocale('fr')).to.equal(undefined);
    const outer = document.createElement('div');
    outer.lang = 'en-US';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(resolveLocale(inner, null)).to.equal('en');
    expect(resolveLocale(inner, 'zh-CN')).to.equal('zh-CN');
    expect(resolveLocale(document.createElement('span'), null)).to.equal('zh-CN');
  });
});
