/**
 * The one list of sites where AskWell checks composers by default. Everything that needs a site list
 * (manifest host permissions, the content script's matches, the options page) derives from it.
 */
export interface Site {
  /** Stable id, used as the key of the per-site on/off setting. */
  id: string;
  /** Shown in the options page; product names are not translated. */
  label: string;
  /** Chrome match patterns. */
  matches: string[];
}

export const SITES: readonly Site[] = [
  { id: 'gmail', label: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    label: 'Outlook',
    matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  },
  { id: 'slack', label: 'Slack', matches: ['https://app.slack.com/*'] },
  { id: 'teams', label: 'Microsoft Teams', matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
  { id: 'feishu', label: 'Feishu / Lark', matches: ['https://*.feishu.cn/*', 'https://*.larksuite.com/*'] },
  { id: 'dingtalk', label: 'DingTalk', matches: ['https://*.dingtalk.com/*'] },
  { id: 'wecom', label: 'WeCom', matches: ['https://work.weixin.qq.com/*'] },
  { id: 'qqmail', label: 'QQ Mail', matches: ['https://mail.qq.com/*', 'https://wx.mail.qq.com/*'] },
  { id: 'netease', label: '163 / 126 Mail', matches: ['https://mail.163.com/*', 'https://mail.126.com/*'] },
  // Local pages: the demo and the end-to-end tests serve their composers here (any port); localhost too,
  // since that is what a local dev server or a self-hosted tool usually prints.
  { id: 'local', label: 'Local pages (127.0.0.1, localhost)', matches: ['http://127.0.0.1/*', 'http://localhost/*'] },
];

export const COMPOSER_MATCHES: string[] = SITES.flatMap((s) => s.matches);
export const DEFAULT_HOST_PERMISSIONS: string[] = COMPOSER_MATCHES;

/** Chrome match-pattern test, enough for the patterns above: scheme, host with optional `*.` prefix, path. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme = '', host = '', path = ''] = m;
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith('.' + base)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp('^' + path.split('*').map(escapeRegExp).join('.*') + '$');
  return re.test(u.pathname + u.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The configured site a page belongs to, or undefined for any other page. */
export function siteForUrl(url: string): Site | undefined {
  return SITES.find((s) => s.matches.some((p) => matchesPattern(p, url)));
}

/** The match pattern for a page's whole site ("https://wiki.example.com/*"), for http(s) pages only. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
