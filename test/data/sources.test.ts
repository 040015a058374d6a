/**
 * The bundled dataset as a portal shows it: a source line names the original publication (its
 * publisher and date), never the mirror, repost or spam site the text was found on; the data table
 * names that copy, as text; a figure of low confidence keeps its flag in the line and the table.
 * seeds/copy-hosts.json lists the copy hosts (scripts/check-seeds.mjs reads the same list).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cluster-gauge/define.js';
import '../../src/components/indicator-trend/define.js';
import '../../src/components/institute-map/define.js';
import '../../src/components/target-progress/define.js';
import type { CivicClusterGauge } from '../../src/components/cluster-gauge/cluster-gauge.js';
import type { CivicIndicatorTrend } from '../../src/components/indicator-trend/indicator-trend.js';
import type { CivicInstituteMap } from '../../src/components/institute-map/institute-map.js';
import type { CivicTargetProgress } from '../../src/components/target-progress/target-progress.js';
import { sourceCell, sourceLabel, sourceLine } from '../../src/core/sources.js';
import type { Source } from '../../src/data/types.js';
import copyHostList from '../../seeds/copy-hosts.json';
import clusters from '../../seeds/clusters.json';
import indicators from '../../seeds/indicators.json';
import targets from '../../seeds/targets.json';
import institutes from '../../seeds/institutes.json';
import report from '../../seeds/report.json';
import { readyMap } from '../institute-map/map-helpers.js';
import { part, partText, untilState } from '../support/helpers.js';

/** Sites that only copy others: never named as a source, never linked from a source line. */
const copyHosts = copyHostList.hosts.filter((h) => h.kind !== 'lowAuthority').map((h) => h.host);
const onCopyHost = (url: string) => {
  const name = new URL(url).hostname;
  return copyHosts.some((h) => name === h || name.endsWith(`.${h}`));
};
const namesCopyHost = (text: string) => copyHosts.filter((h) => text.toLowerCase().includes(h));

/** Every external source of the bundled files, with where it is. */
function externalSources(): { where: string; s: Source }[] {
  const out: { where: string; s: Source }[] = [];
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (o.kind === 'external' && typeof o.quote === 'string') out.push({ where, s: o as unknown as Source });
    for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
  };
  const files = { clusters, indicators, targets, institutes, report };
  for (const [name, data] of Object.entries(files)) walk(data, name);
  return out;
}

const links = (el: Element, name: string) => [...(part(el, name)?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
/** The text of the table row whose cells contain `text`. */
function row(el: Element, text: string): string {
  const tr = [...(part(el, 'table')?.querySelectorAll('tr') ?? [])].find((r) => r.textContent!.includes(text));
  expect(tr, `a table row with ${text}`).to.not.equal(undefined);
  return tr!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('source lines and tables: originals, copies and flags', () => {
  describe('sourceLabel, sourceCell and sourceLine', () => {
    const mirrored: Source = {
      kind: 'external',
      quote: '已形成…八大千亿级产业集群',
      copyUrl: 'http://nbwjjd.com/plus/view.php?aid=309',
      publisher: '宁波日报',
      title: '一篇报道',
      date: '2019-08-03',
      confidence: 'medium',
    };

    it('names the original publisher and date, never the mirror, and links nothing when only a copy is known', () => {
      expect(sourceLabel(mirrored, 'zh-CN')).to.equal('宁波日报，2019-08-03');
      expect(sourceLabel(mirrored, 'en')).to.equal('宁波日报, 2019-08-03');
      const line = sourceLine([mirrored], 'zh-CN');
      expect(line.parts).to.deep.equal([{ label: '宁波日报，2019-08-03', url: undefined }]);
    });

    it('links the original when its page is known, never the copy', () => {
      const both: Source = { ...mirrored, url: 'https://daily.cnnb.com.cn/nbrb/original.htm' };
      expect(sourceLine([both], 'en').parts).to.deep.equal([{ label: '宁波日报, 2019-08-03', url: 'https://daily.cnnb.com.cn/nbrb/original.htm' }]);
    });

    it('says "unknown original" for a copy without a publisher, never its host; a title stands in for the publisher', () => {
      const unknown: Source = { kind: 'external', quote: 'q', copyUrl: 'https://www.aimsen.com/information/17695', date: '2019-05', confidence: 'low' };
      expect(sourceLabel(unknown, 'zh-CN')).to.equal('原始出处不明，2019-05，可信度低');
      expect(sourceLabel(unknown, 'en')).to.equal('unknown original, 2019-05, low confidence');
      const titled: Source = { kind: 'external', quote: 'q', copyUrl: 'https://www.ccpc360.com/zczx89246.html', title: '某规划', date: '2021' };
      expect(sourceLabel(titled, 'zh-CN')).to.equal('《某规划》，2021');
      expect(sourceLabel(titled, 'en')).to.equal('‘某规划’, 2021');
      // The original's own site still names itself when nothing better is given.
      expect(sourceLabel({ kind: 'external', quote: 'q', url: 'https://www.example.org/a' }, 'en')).to.equal('example.org');
    });

    it('adds the title and the copy, as text, in the table cell', () => {
      expect(sourceCell(mirrored, 'zh-CN')).to.equal(
        '宁波日报《一篇报道》，2019-08-03：“已形成…八大千亿级产业集群”（转载于 http://nbwjjd.com/plus/view.php?aid=309）',
      );
      expect(sourceCell({ ...mirrored, confidence: 'low' }, 'en')).to.equal(
        '宁波日报, ‘一篇报道’, 2019-08-03, low confidence: “已形成…八大千亿级产业集群” (copy found at http://nbwjjd.com/plus/view.php?aid=309)',
      );
      // Only an http(s) address is ever repeated.
      expect(sourceCell({ ...mirrored, copyUrl: 'javascript:alert(1)' }, 'en')).not.to.contain('javascript');
    });
  });

  describe('the bundled data', () => {
    const all = externalSources();

    it('cites no page of a copy host as an original, and names none in any label', () => {
      expect(all.length).to.be.greaterThan(100);
      for (const { where, s } of all) {
        if (s.url) expect(onCopyHost(s.url), `${where}: url ${s.url}`).to.equal(false);
        for (const locale of ['zh-CN', 'en'] as const) {
          expect(namesCopyHost(sourceLabel(s, locale)), `${where}: ${sourceLabel(s, locale)}`).to.deep.equal([]);
        }
      }
    });

    it('names, for every text found on a copy, the original (or says it is unknown), and repeats the copy in the table', () => {
      const copied = all.filter(({ s }) => s.copyUrl);
      expect(copied.length).to.be.greaterThan(40);
      for (const { where, s } of copied) {
        const copyHost = new URL(s.copyUrl!).hostname.replace(/^www\./, '');
        const zh = sourceLabel(s, 'zh-CN');
        expect(zh, where).not.to.contain(copyHost);
        if (!s.publisher && !s.title) expect(zh, where).to.match(/^原始出处不明/);
        expect(sourceCell(s, 'zh-CN'), where).to.contain(`（转载于 ${s.copyUrl}）`);
        expect(sourceCell(s, 'en'), where).to.contain(` (copy found at ${s.copyUrl})`);
      }
    });

    it('keeps the flag on every low-confidence source, whatever its original', () => {
      const low = all.filter(({ s }) => s.confidence === 'low');
      // Among them the spam copy of a 宁波日报/甬派 report: citing the newspaper does not raise it.
      expect(low.map(({ s }) => s.copyUrl)).to.include('https://xpj5d.com/article/fromtype=2-id=302982.html');
      for (const { where, s } of low) {
        expect(sourceLabel(s, 'zh-CN'), where).to.match(/可信度低$/);
        expect(sourceCell(s, 'en'), where).to.contain('low confidence');
      }
    });
  });

  describe('the elements', () => {
    it('target-progress: the R&D target names 中国宁波网 and the city government for mirrored texts, the copies only in the table', async () => {
      const el = await fixture<CivicTargetProgress>(html`<civic-target-progress record="rd_intensity_2025" show-table></civic-target-progress>`);
      await untilState(el, 'ready');
      const line = partText(el, 'source');
      expect(line).to.contain('中国宁波网'); // found on the aidisha.cn mirror
      expect(line).to.contain('宁波市人民政府，2018'); // the 2018 work report, reprinted on china.org.cn
      expect(namesCopyHost(line)).to.deep.equal([]);
      expect(line).not.to.contain('chinagate');
      expect(links(el, 'source').filter(onCopyHost)).to.deep.equal([]);
      // Figures whose only source is of low confidence stay flagged, in the line and in their rows.
      expect(line).to.contain('21xqjy.com，可信度低');
      expect(line).to.contain('Ningbo Life，可信度低');
      expect(row(el, '2022年,宁波R&D经费投入强度为2.8%')).to.contain('21xqjy.com，可信度低');
      expect(row(el, 'It is estimated that in 2023')).to.contain('Ningbo Life，可信度低');
      // The copy is named in the table, as text.
      const table = partText(el, 'table');
      expect(table).to.contain(
        '中国宁波网：“全社会研究与试验发展(R&D)经费支出占GDP比重从2015年的2.41%提升到2020年的2.85%”（转载于 http://www.aidisha.cn/107756.html）',
      );
      expect(table).to.contain(
        '宁波市人民政府《宁波市政府工作报告》，2018：“R&D经费占比2.35%”（转载于 http://cn.chinagate.cn/reports/2018-03/02/content_50636294_2.htm）',
      );
      expect(links(el, 'table')).to.deep.equal([]);
      el.locale = 'en';
      await el.updateComplete;
      expect(partText(el, 'source')).to.contain('Ningbo Life, low confidence').and.contain('中国宁波网');
      expect(partText(el, 'table')).to.contain('(copy found at http://www.aidisha.cn/107756.html)');
    });

    it('cluster-gauge: a figure found on an unidentified mirror reads "unknown original", never fx361.cc', async () => {
      const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="new_materials" show-table></civic-cluster-gauge>`);
      await untilState(el, 'ready');
      expect(partText(el, 'source')).to.equal('来源：原始出处不明；China Daily，2020-03-18');
      expect(links(el, 'source')).to.deep.equal(['https://ningbo.chinadaily.com.cn/2020-03/18/c_554249.htm']);
      const table = partText(el, 'table');
      expect(table).to.contain('原始出处不明：“2020 年,该市新材料产业集群完成工业总产值2174.6 亿元”（转载于 https://fx361.cc/page/2021/0409/20887211.shtml）');
      // The 2024 figure, on a low-quality mirror, keeps its flag in the table.
      expect(row(el, '4919.36')).to.contain('原始出处不明，可信度低').and.contain('（转载于 http://jlygr.cn/index/show/catid/32/id/531731.html）');
      el.locale = 'en';
      await el.updateComplete;
      expect(partText(el, 'source')).to.equal('Source: unknown original; China Daily, 2020-03-18');
    });

    it('cluster-gauge: the 2024 automobile figure names 21世纪经济报道, flagged, with its mirror in the table', async () => {
      const el = await fixture<CivicClusterGauge>(html`<civic-cluster-gauge record="automotive" show-table></civic-cluster-gauge>`);
      await untilState(el, 'ready');
      expect(row(el, '4191.7')).to.contain(
        '21世纪经济报道，2025-12-09，可信度低：“該市896家規上汽車制造業實現產值4191.7億元,同比增長24%”（转载于 http://m.remarkchain.com/article/20251209/herald/0f1d989384b3e515b8ad87ec68b8f1c8.html）',
      );
    });

    it('indicator-trend: mirrored GDP and technology figures name their originals and link only originals', async () => {
      const gdp = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="gdp"></civic-indicator-trend>`);
      await untilState(gdp, 'ready');
      const line = partText(gdp, 'source');
      for (const original of ['浙江新闻，2019-03-14', '浙江日报，2022-06-18', '宁波市统计局，2021-02-24', '宁波市统计局，2025', 'bkwk.cn，可信度低']) {
        expect(line).to.contain(original);
      }
      expect(namesCopyHost(line)).to.deep.equal([]);
      // Reprints are cited as their originals: not 凤凰网宁波 for 浙江日报, not 宁波广电 for the bulletin.
      expect(line).not.to.contain('凤凰网').and.not.to.contain('宁波广电');
      const hrefs = links(gdp, 'source');
      expect(hrefs).to.include('http://daily.cnnb.com.cn/dnsb/html/2020-04/06/content_1216050.htm?div=-1');
      for (const h of ['https://nb.ifeng.com/c/8GvEk7BGObm', 'https://web.ncmc.nbtv.cn/cms/nbdst/xwdsg/nb/40256395.shtml']) {
        expect(hrefs).not.to.include(h);
      }
      const tech = await fixture<CivicIndicatorTrend>(html`<civic-indicator-trend record="tech_transactions" locale="en"></civic-indicator-trend>`);
      await untilState(tech, 'ready');
      // The text was found only on a gambling site: cited as the newspaper's, still flagged.
      expect(partText(tech, 'source')).to.contain('宁波日报/甬派, 2022-11-02, low confidence').and.not.to.contain('xpj5d');
    });

    it('institute-map: locations found on copies name their originals in the line, the copies in the table', async () => {
      const el = await fixture<CivicInstituteMap>(html`<civic-institute-map record="institutes" show-table></civic-institute-map>`);
      await readyMap(el);
      const line = partText(el, 'source');
      expect(line).to.contain('宁波日报，2021，可信度低'); // the spam copy of a 宁波日报 article (NIMTE Hangzhou Bay)
      expect(line).to.contain('新华社，2019-01-23'); // reposted by the CAS institute
      expect(namesCopyHost(line)).to.deep.equal([]);
      expect(links(el, 'source').filter(onCopyHost)).to.deep.equal([]);
      expect(partText(el, 'table')).to.contain('（转载于 http://ebuyphilippines.com/n2/2021/0110/c186806-34520349.html）');
    });
  });
});
