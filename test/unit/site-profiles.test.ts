import { describe, expect, it } from 'vitest';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import { SITE_PROFILES, supportedHosts } from '../../src/core/sites/site-registry';

/** Real document URLs of each site, with the profile and document id they must give. */
const cases: { url: string; profile: string; docId: string }[] = [
  { url: 'https://m.777doc.com/doc-8765432.html', profile: '777doc', docId: '777doc:8765432' },
  { url: 'https://www.777doc.com/doc-8765432.html', profile: '777doc', docId: '777doc:8765432' },
  { url: 'https://wenku.baidu.com/view/3f6b2c1e5acfa1c7aa00cc55.html', profile: 'baidu-wenku', docId: 'baidu-wenku:3f6b2c1e5acfa1c7aa00cc55' },
  { url: 'https://wk.baidu.com/view/3f6b2c1e5acfa1c7aa00cc55', profile: 'baidu-wenku', docId: 'baidu-wenku:3f6b2c1e5acfa1c7aa00cc55' },
  { url: 'https://wenku.baidu.com/aggs/9c2a6b1e0b4c2e3f5a7d8e9f.html', profile: 'baidu-wenku', docId: 'baidu-wenku:9c2a6b1e0b4c2e3f5a7d8e9f' },
  { url: 'https://www.doc88.com/p-7738747366069.html', profile: 'doc88', docId: 'doc88:7738747366069' },
  { url: 'https://www.docin.com/p-2345678901.html', profile: 'docin', docId: 'docin:2345678901' },
  { url: 'https://m.docin.com/touch_new/preview_new.html?id=2345678901', profile: 'docin', docId: 'docin:2345678901' },
  { url: 'https://max.book118.com/html/2023/0512/8032016124005077.shtm', profile: 'book118', docId: 'book118:8032016124005077' },
  { url: 'https://m.book118.com/html/2023/0512/8032016124005077.shtm', profile: 'book118', docId: 'book118:8032016124005077' },
  { url: 'https://www.renrendoc.com/paper/245678901.html', profile: 'renrendoc', docId: 'renrendoc:245678901' },
  { url: 'https://m.renrendoc.com/paper/245678901.html', profile: 'renrendoc', docId: 'renrendoc:245678901' },
  { url: 'https://www.jinchutou.com/p-123456789.html', profile: 'jinchutou', docId: 'jinchutou:123456789' },
  { url: 'https://www.mayiwenku.com/p-123456789.html', profile: 'jinchutou', docId: 'jinchutou:mayiwenku:123456789' },
  { url: 'https://www.deliwenku.com/p-123456789.html', profile: 'jinchutou', docId: 'jinchutou:deliwenku:123456789' },
  { url: 'https://www.taodocs.com/p-345678901.html', profile: 'taodocs', docId: 'taodocs:345678901' },
  { url: 'https://ishare.iask.sina.com.cn/f/33vTnXjH1Sl.html', profile: 'ishare', docId: 'ishare:33vTnXjH1Sl' },
  { url: 'https://ishare.iask.com/f/33vTnXjH1Sl.html', profile: 'ishare', docId: 'ishare:33vTnXjH1Sl' },
  { url: 'http://www.360doc.com/content/23/0512/10/62145830_1080123456.shtml', profile: '360doc', docId: '360doc:62145830_1080123456' },
  { url: 'http://www.360doc.cn/article/62145830_1080123456.html', profile: '360doc', docId: '360doc:62145830_1080123456' },
  { url: 'https://www.doczj.com/doc/4f12ab34cd56.html', profile: 'doczj', docId: 'doczj:doczj.com:4f12ab34cd56' },
  { url: 'https://www.sodocs.net/doc/8a9b0c1d2e3f.html', profile: 'doczj', docId: 'doczj:sodocs.net:8a9b0c1d2e3f' },
  { url: 'https://www.wendangku.net/doc/5e6f7a8b9c0d.html', profile: 'doczj', docId: 'doczj:wendangku.net:5e6f7a8b9c0d' },
  { url: 'https://m.taowenge.com/p-5678901.html', profile: 'mobile-template', docId: 'mobile-template:taowenge.com:5678901' },
  { url: 'https://www.bdocx.com/doc/5678901.html', profile: 'mobile-template', docId: 'mobile-template:bdocx.com:5678901' },
  { url: 'https://www.zixin.com.cn/doc/5678901.html', profile: 'mobile-template', docId: 'mobile-template:zixin.com.cn:5678901' },
  { url: 'https://example.org/reports/2023.html', profile: 'generic', docId: 'https://example.org/reports/2023.html' },
];

describe('createSiteProfile', () => {
  it.each(cases)('$url → $profile', ({ url, profile, docId }) => {
    const chosen = createSiteProfile(url);
    expect(chosen.id).toBe(profile);
    expect(chosen.documentId(new URL(url))).toBe(docId);
  });

  it.each(cases)('document id of $url is stable across ?query and #hash', ({ url, docId }) => {
    const noisy = new URL(url);
    noisy.searchParams.set('utm_source', 'wx');
    noisy.searchParams.set('from', 'search');
    noisy.hash = '#page=3';
    expect(createSiteProfile(noisy.href).documentId(noisy)).toBe(docId);
  });

  const generic = [
    'not a url',
    '',
    'https://x777doc.com/doc-1.html',
    'https://777doc.com.evil.example/doc-1.html',
    'file:///home/me/page.html',
    'chrome-extension://abcdef/popup.html',
    'https://baidu.com/s?wd=文库',
  ];
  it.each(generic)('%j → generic', (url) => {
    expect(createSiteProfile(url).id).toBe('generic');
  });

  it('matches a bare host and a trailing-dot host', () => {
    expect(createSiteProfile('https://777doc.com/doc-1.html').id).toBe('777doc');
    expect(createSiteProfile('https://m.777doc.com./doc-1.html').id).toBe('777doc');
  });
});

describe('site registry', () => {
  it('has one profile per id, each with hosts and a name', () => {
    const ids = SITE_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of SITE_PROFILES) {
      expect(p.hosts.length).toBeGreaterThan(0);
      expect(p.name.length).toBeGreaterThan(0);
    }
  });

  it('lists every host for the manifest, once', () => {
    const hosts = supportedHosts();
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts).toEqual(expect.arrayContaining(['777doc.com', 'wenku.baidu.com', 'doc88.com', 'renrendoc.com', '360doc.cn']));
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('no host of one profile is matched by another profile first', () => {
    for (const p of SITE_PROFILES) {
      for (const host of p.hosts) expect(createSiteProfile(`https://${host}/x`).id).toBe(p.id);
    }
  });
});
