/**
 * The bundled dataset loads through src/data/records.ts and passes the same validators as
 * untrusted data. (Seed quotes against the report text are checked in Node by
 * scripts/check-seeds.mjs: the report file is outside what the browser can fetch.)
 */
import { expect } from '@open-wc/testing';
import { validateObservation, type Issue } from '../../src/core/validate.js';
import { validateClusterGaugeData } from '../../src/components/cluster-gauge/validate.js';
import {
  clusterRecordIds,
  indicatorRecordIds,
  loadCluster,
  loadClusterGaugeRecord,
  loadClusterPlan,
  loadIndicator,
  loadInstitutes,
  loadReportMeta,
  loadTarget,
  targetRecordIds,
  toClusterGaugeData,
} from '../../src/data/index.js';
import type { LocalizedText, Observation } from '../../src/data/types.js';

const en = (t: LocalizedText | undefined): string => (typeof t === 'string' ? t : (t?.en ?? ''));

function expectValidObservations(observations: Observation[], path: string): void {
  const issues: Issue[] = [];
  observations.forEach((o, i) => validateObservation(o, `${path}[${i}]`, issues));
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
}

describe('bundled dataset (seeds/)', () => {
  describe('cluster records', () => {
    it('lists the twelve clusters of the 246 plan', () => {
      expect(clusterRecordIds).to.have.length(12);
      expect(new Set(clusterRecordIds).size).to.equal(12);
    });

    for (const id of clusterRecordIds) {
      it(`${id} loads and passes validateClusterGaugeData`, async () => {
        const data = await loadClusterGaugeRecord(id);
        expect(data, id).to.not.equal(undefined);
        const result = validateClusterGaugeData(data);
        expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).to.equal(true);
        expect(data!.id).to.equal(id);
        expect(data!.target.year).to.equal(null);
        expect(data!.target.unit).to.equal('亿元');
        expect(data!.tiers!.map((t) => t.value)).to.deep.equal([1000, 5000, 10000]);
      });
    }

    it('new_materials shows its 2020 gross output, not the 361-era 2024 figure', async () => {
      const data = (await loadClusterGaugeRecord('new_materials'))!;
      expect(data.tier).to.equal('五千亿级');
      expect(data.target.value).to.equal(5000);
      expect(data.value?.value).to.equal(2174.6);
      expect(data.value?.period).to.equal('2020');
      expect(data.otherObservations!.map((o) => o.period)).to.include('2024');
      expect(data.notes!.some((n) => en(n).includes("'361'"))).to.equal(true);
    });

    it('smart_appliances shows output (1031.7), never added value (203.1)', async () => {
      const data = (await loadClusterGaugeRecord('smart_appliances'))!;
      expect(data.value?.value).to.equal(1031.7);
      expect(data.otherObservations!.map((o) => o.value)).to.include(203.1);
    });

    it('automotive shows its pre-plan 2017 figure and notes it', async () => {
      const data = (await loadClusterGaugeRecord('automotive'))!;
      expect(data.value?.period).to.equal('2017');
      expect(data.notes!.some((n) => en(n).includes('predates'))).to.equal(true);
    });

    it('green_petrochem counts a figure with an unstated period as in range', async () => {
      const data = (await loadClusterGaugeRecord('green_petrochem'))!;
      expect(data.value?.value).to.equal(3609.7);
    });

    it('a cluster without figures (biomedicine) has value null but its name, tier and target', async () => {
      const data = (await loadClusterGaugeRecord('biomedicine'))!;
      expect(data.value).to.equal(null);
      expect(data.otherObservations).to.deep.equal([]);
      expect(data.tier).to.equal('千亿级');
      expect(data.target.value).to.equal(1000);
      expect(data.name).to.deep.equal({ zh: '生物医药', en: 'Biomedicine' });
    });

    it('an unknown id yields undefined', async () => {
      expect(await loadClusterGaugeRecord('no_such_cluster')).to.equal(undefined);
      expect(await loadClusterGaugeRecord('__proto__')).to.equal(undefined);
    });

    it('hands out fresh objects and never mutates the seed', async () => {
      const a = (await loadClusterGaugeRecord('new_materials'))!;
      a.value!.value = -1;
      (a.notes as LocalizedText[]).push('changed');
      a.target.source.quote = 'changed';
      const b = (await loadClusterGaugeRecord('new_materials'))!;
      expect(b.value!.value).to.equal(2174.6);
      expect(b.notes).to.not.include('changed');
      expect(b.target.source.quote).to.not.equal('changed');

      const plan = await loadClusterPlan();
      const cluster = (await loadCluster('new_materials'))!;
      const before = JSON.stringify([cluster, plan]);
      toClusterGaugeData(cluster, plan);
      expect(JSON.stringify([cluster, plan])).to.equal(before);
    });
  });

  describe('indicator, target and institute records', () => {
    for (const id of indicatorRecordIds) {
      it(`indicator ${id} loads and every observation is valid`, async () => {
        const ind = await loadIndicator(id);
        expect(ind?.id).to.equal(id);
        expect(ind!.observations.length).to.be.greaterThan(0);
        expectValidObservations(ind!.observations, id);
        for (const t of ind!.targets ?? []) {
          if (t.id) expect(targetRecordIds).to.include(t.id);
        }
      });
    }

    it('the series the elements chart are complete with every sourced year', async () => {
      const years = async (id: string) => [...new Set((await loadIndicator(id))!.observations.map((o) => o.period))];
      expect(await years('gdp')).to.include.members(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
      expect(await years('rd_intensity')).to.include.members(['2015', '2017', '2020', '2021', '2022', '2023']);
      expect(await years('hitech_enterprise_count')).to.include.members(['2016', '2017', '2019', '2020', '2021']);
      expect(await years('tech_transactions')).to.include.members(['2017', '2019-Q1', '2022-01..09']);
    });

    it('keeps revised GDP values flagged and never stores derived values', async () => {
      const gdp = (await loadIndicator('gdp'))!;
      const revised = gdp.observations.filter((o) => o.revised).map((o) => `${o.period} ${o.value}`);
      expect(revised).to.include.members(['2016 8973', '2020 1.31', '2023 17146.6']);
      const tech = (await loadIndicator('tech_transactions'))!;
      expect(tech.observations.map((o) => o.period)).to.not.include('2018-Q1');
      expect(tech.observations.map((o) => o.period)).to.not.include('2016');
    });

    for (const id of targetRecordIds) {
      it(`target ${id} loads and its baseline and progress are valid`, async () => {
        const t = await loadTarget(id);
        expect(t?.id).to.equal(id);
        expectValidObservations([...(t!.baseline ? [t!.baseline] : []), ...t!.progress], id);
        const issues: Issue[] = [];
        (t!.laterTargets ?? []).forEach((r, i) =>
          validateObservation({ period: String(r.year), value: r.value, unit: r.unit, bound: r.bound, source: r.source }, `${id}.laterTargets[${i}]`, issues),
        );
        expect(issues).to.deep.equal([]);
      });
    }

    it('new_hitech_year shows 815 in 2019; startups_year has no invented progress', async () => {
      const hitech = (await loadTarget('new_hitech_year'))!;
      expect(hitech.deadline).to.equal(2019);
      expect(hitech.progress.map((o) => [o.period, o.value])).to.deep.equal([['2019', 815]]);
      const startups = (await loadTarget('startups_year'))!;
      expect(startups.progress).to.deep.equal([]);
      expect(startups.notes!.length).to.be.greaterThan(0);
    });

    it('unknown indicator and target ids yield undefined', async () => {
      expect(await loadIndicator('nope')).to.equal(undefined);
      expect(await loadTarget('nope')).to.equal(undefined);
    });

    it('institutes load; every count and location source is valid; hints are not plotted', async () => {
      const data = await loadInstitutes();
      expect(data.institutes).to.have.length(21);
      expectValidObservations(Object.values(data.counts), 'counts');
      expect(data.counts.total.value).to.equal(60);
      const issues: Issue[] = [];
      data.institutes.forEach((inst, i) => {
        validateObservation(
          { period: '2019', periodInferred: true, value: 1, unit: 'count', bound: 'exact', source: inst.seedQuote },
          `institutes[${i}].seedQuote`,
          issues,
        );
        inst.location.sources.forEach((s, j) =>
          validateObservation({ period: '2019', value: 1, unit: 'count', bound: 'exact', source: s }, `institutes[${i}].location.sources[${j}]`, issues),
        );
      });
      expect(issues, JSON.stringify(issues)).to.deep.equal([]);
      const byId = new Map(data.institutes.map((i) => [i.id, i]));
      expect(byId.get('dut_ningbo')!.location.district).to.equal(null);
      expect(byId.get('nottingham_beacons')!.location.district).to.equal(null);
      expect(byId.get('buaa_ningbo')!.location.district).to.equal('北仑区');
    });

    it('report meta loads', async () => {
      const meta = await loadReportMeta();
      expect(meta.date).to.equal(null);
      expect(meta.byline.kind).to.equal('seed');
      expect(Object.keys(meta.boundLegend)).to.have.members(['exact', 'lowerBound', 'approx', 'estimate']);
    });
  });
});
