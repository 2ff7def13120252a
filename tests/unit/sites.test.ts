import { describe, expect, it } from 'vitest';
import { COMPOSER_MATCHES, matchesPattern, siteForUrl, SITES } from '../../utils/sites.ts';

describe('siteForUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://abc.feishu.cn/messenger/', 'feishu'],
    ['https://www.larksuite.com/', 'feishu'],
    ['https://im.dingtalk.com/', 'dingtalk'],
    ['https://work.weixin.qq.com/wework_admin/', 'wecom'],
    ['https://mail.qq.com/cgi-bin/frame_html', 'qqmail'],
    ['https://mail.163.com/js6/main.jsp', 'netease'],
    ['http://127.0.0.1:5173/webmail.html', 'local'],
    ['http://localhost:8080/compose', 'local'],
  ])('%s belongs to %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it.each([
    'https://mail.google.com.evil.example/',
    'http://mail.google.com/',
    'https://example.com/',
    'https://notfeishu.cn/',
    'about:blank',
    'not a url',
  ])('%s belongs to no configured site', (url) => {
    expect(siteForUrl(url)).toBeUndefined();
  });
});

describe('the site list', () => {
  it('has unique ids and only valid patterns', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const p of COMPOSER_MATCHES) expect(p).toMatch(/^https?:\/\/(\*\.)?[a-z0-9.-]+(\d+)?\/\*$/);
  });

  it('a malformed pattern matches nothing', () => {
    expect(matchesPattern('mail.google.com', 'https://mail.google.com/')).toBe(false);
  });
});
