// The embed page's query, read as untrusted input (src/embed/embed.ts), and the message it shows.
import { expect } from '@open-wc/testing';
import { allowedOriginsOf, parseEmbedQuery, showProblems, type ParsedQuery } from '../../src/embed/embed.js';

const PAGE = 'https://cdn.example/civic-charts/embed.html';
const parse = (search: string, allowed: string[] = []) => parseEmbedQuery(search, PAGE, allowed);
const problems = (r: ParsedQuery) => (r.ok ? [] : r.problems.map((p) => `${p.param}: ${p.en}`));

describe('embed page: query', () => {
  it('accepts each element with a record, locale and theme', () => {
    for (const element of ['cluster-gauge', 'indicator-trend', 'target-progress', 'institute-map']) {
      expect(parse(`?element=${element}&record=gdp&locale=en&theme=high-contrast`)).to.deep.equal({
        ok: true,
        config: { element, locale: 'en', theme: 'high-contrast', record: 'gdp', src: undefined },
      });
    }
    expect(parse('element=indicator-trend&record=hitech_enterprise_count,hitech_enterprise_new')).to.deep.include({ ok: true });
  });

  it('names what is missing or unknown, every problem at once', () => {
    expect(problems(parse(''))).to.deep.equal([
      'element: The address has no element parameter; it must be one of cluster-gauge, indicator-trend, target-progress, institute-map.',
      'record: The address names no data: add record=<record id> or src=<URL of the JSON data>.',
    ]);
    expect(problems(parse('element=pie&record=gdp&locale=fr&theme=neon'))).to.deep.equal([
      'element: Unknown element “pie”; it must be one of cluster-gauge, indicator-trend, target-progress, institute-map.',
      'locale: Unknown locale “fr”; it must be zh-CN or en.',
      'theme: Unknown theme “neon”; it must be one of light, dark, auto, high-contrast.',
    ]);
    expect(problems(parse('element=cluster-gauge&record=gdp&src=/x.json'))).to.deep.equal(['src: The address has both record and src; give only one.']);
    expect(problems(parse('element=cluster-gauge&record=a%20b'))[0]).to.match(/^record: Invalid record “a b”/);
  });

  it('shortens a long value it quotes', () => {
    const [message] = problems(parse(`element=${'x'.repeat(500)}&record=gdp`));
    expect(message).to.contain(`“${'x'.repeat(79)}…”`);
    expect(message!.length).to.be.lessThan(200);
  });

  it('reports the locale of its messages only when the locale itself is valid', () => {
    expect(parse('element=pie&locale=en')).to.deep.include({ ok: false, locale: 'en' });
    expect(parse('element=pie&locale=fr')).to.deep.include({ ok: false, locale: undefined });
  });

  it('resolves a relative src against the page and accepts its own origin', () => {
    expect(parse('element=cluster-gauge&src=data/gauge.json')).to.deep.equal({
      ok: true,
      config: { element: 'cluster-gauge', locale: undefined, theme: undefined, record: undefined, src: 'https://cdn.example/civic-charts/data/gauge.json' },
    });
    expect(parse('element=cluster-gauge&src=https://cdn.example/other/g.json')).to.deep.include({ ok: true });
  });

  it('refuses a src on another origin unless that origin is allowed', () => {
    const q = 'element=cluster-gauge&src=https://data.example.org/g.json';
    expect(problems(parse(q))).to.deep.equal([
      'src: src “https://data.example.org/g.json” is on another origin (https://data.example.org), which this embed page does not allow data from.',
    ]);
    expect(parse(q, ['https://data.example.org'])).to.deep.include({ ok: true });
    // Same host, other scheme or port: another origin.
    expect(parse('element=cluster-gauge&src=http://cdn.example/g.json')).to.deep.include({ ok: false });
    expect(parse('element=cluster-gauge&src=https://cdn.example:8443/g.json')).to.deep.include({ ok: false });
    expect(parse(q, ['https://data.example.org.evil.example'])).to.deep.include({ ok: false });
  });

  it('refuses a src that is not http(s)', () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'blob:https://cdn.example/x', 'http://[bad']) {
      expect(problems(parse(`element=cluster-gauge&src=${encodeURIComponent(src)}`))[0], src).to.match(/^src: .* is (not an http\(s\) URL|on another origin)/);
    }
  });
});

describe('embed page: allowed origins and messages', () => {
  afterEach(() => document.head.querySelectorAll('meta[name="civic-embed-allow-origins"]').forEach((m) => m.remove()));

  function meta(content: string) {
    const m = document.createElement('meta');
    m.name = 'civic-embed-allow-origins';
    m.content = content;
    document.head.append(m);
  }

  it('reads bare origins from the meta tag and ignores anything else with a warning', () => {
    expect(allowedOriginsOf(document)).to.deep.equal([]);
    meta(' https://data.example.org  http://stats.example.gov:8080/ https://x.example/path * ftp://f.example ');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(allowedOriginsOf(document)).to.deep.equal(['https://data.example.org', 'http://stats.example.gov:8080']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((w) => w.match(/ignored (\S+)/)?.[1])).to.deep.equal(['"https://x.example/path"', '"*"', '"ftp://f.example"']);
  });

  it('shows problems as text, in one language or both', () => {
    const doc = document.implementation.createHTMLDocument('');
    const bad = [{ zh: '未知 “<img src=x onerror=alert(1)>”', en: 'Unknown “<img src=x onerror=alert(1)>”' }];
    const box = showProblems(doc, bad, 'en');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.equal('This chart cannot be shownUnknown “<img src=x onerror=alert(1)>”');
    expect(box.querySelector('img')).to.equal(null);
    const both = showProblems(doc, bad);
    expect([...both.children].map((c) => (c as HTMLElement).lang)).to.deep.equal(['zh-CN', 'en']);
    expect(both.querySelector('h1')!.textContent).to.equal('无法显示此图表');
    expect(doc.body.children.length).to.equal(1);
  });
});
