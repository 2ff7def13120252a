// Every item AskWell stores, typed, versioned and validated with zod. A value that cannot be read
// (corrupted, wrong shape, written by a newer version) never crashes a context and is never dropped:
// the raw value is kept aside under a `quarantine:` key, the item falls back to a safe default, and
// the problem is listed for the user (options page and side panel) until they acknowledge it.
import { z } from 'zod';
import { browser } from './browser.ts';
import { emptyPlan, PlanSchema, type Plan } from './planner/skeleton.ts';
import { parsePack } from './templates/packs.ts';
import { TemplateSchema, type Pack, type Template } from './templates/schema.ts';
import { originPattern, siteForUrl } from './sites.ts';
import { SEVERITIES } from './rule-prefs.ts';

export interface StoredItem<T> {
  key: string;
  /** Bumped when the value's shape changes; older versions go through `migrations`. */
  version: number;
  schema: z.ZodType<T>;
  fallback: () => T;
  /** migrations[n] turns a version-n value into a version-(n+1) value. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

const Envelope = z.object({ v: z.number().int().positive(), value: z.unknown() });

export const SettingsSchema = z.object({
  language: z.enum(['auto', 'zh', 'en']),
  /** Per-site switch by site id (utils/sites.ts); a site not listed is on. */
  sites: z.record(z.string(), z.boolean()),
  /** Analysis rules the user turned off ("turn this rule off" on a card), by rule id. */
  disabledRules: z.array(z.string().max(100)).max(200),
  /** Other sites the user turned AskWell on for, as match patterns ("https://wiki.example.com/*"). */
  customSites: z.array(z.string().max(300)).max(200),
  /** A level the user chose for a rule, by rule id (options page); a rule not listed keeps its own. */
  ruleSeverity: z
    .record(z.string().max(100), z.enum(SEVERITIES))
    .refine((r) => Object.keys(r).length <= 200, 'too many rules'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsItem: StoredItem<Settings> = {
  key: 'settings',
  version: 3,
  schema: SettingsSchema,
  fallback: () => ({ language: 'auto', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} }),
  migrations: {
    // v1 had no rule switches (every rule was on) and no sites beyond the built-in list.
    1: (old) => ({ ...(old as object), disabledRules: [], customSites: [] }),
    // v2 had no levels of the user's own: every rule at the engine's.
    2: (old) => ({ ...(old as object), ruleSeverity: {} }),
  },
};

/** Templates the user wrote or imported (the built-in ones are not stored). */
export const userTemplatesItem: StoredItem<Template[]> = {
  key: 'templates',
  version: 1,
  schema: z.array(TemplateSchema).max(200),
  fallback: () => [],
};

/**
 * A team's template pack set by policy (managed storage, key "templatePack"): read-only for the user.
 * Checked like an imported pack; `problem` names what is wrong by field, for the administrator to fix.
 */
export async function readTeamPack(): Promise<{ pack: Pack | null; problem?: string }> {
  let raw: unknown;
  try {
    raw = (await browser.storage.managed.get('templatePack')).templatePack;
  } catch {
    return { pack: null }; // No policy on this machine (or no managed storage in this browser).
  }
  if (raw === undefined) return { pack: null };
  // The policy schema makes it a JSON string; an object (set by other tools) is read the same way.
  const parsed = parsePack(typeof raw === 'string' ? raw : JSON.stringify(raw));
  if (!parsed.ok) return { pack: null, problem: parsed.errors.slice(0, 3).join('; ') };
  return { pack: parsed.pack };
}

/** Calls `onChange` when the administrator changes the team's pack while AskWell is open. */
export function watchTeamPack(onChange: (result: Awaited<ReturnType<typeof readTeamPack>>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && 'templatePack' in changes) void readTeamPack().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The planner's last answers in the side panel, kept across openings. */
export const planItem: StoredItem<Plan> = { key: 'planner', version: 1, schema: PlanSchema, fallback: emptyPlan };

export const QUARANTINE_PREFIX = 'quarantine:';

export const QuarantineRecord = z.object({
  key: z.string(),
  reason: z.string(),
  at: z.number(),
  raw: z.unknown(),
  acknowledged: z.boolean().default(false),
});
export type QuarantineRecord = z.infer<typeof QuarantineRecord>;

export interface ReadResult<T> {
  value: T;
  /** Set when the stored value could not be used and was quarantined. */
  problem?: string;
}

/** Decodes a stored raw value without touching storage; `problem` says why it was rejected. */
export function decodeItem<T>(item: StoredItem<T>, raw: unknown): ReadResult<T> {
  if (raw === undefined) return { value: item.fallback() };
  const env = Envelope.safeParse(raw);
  if (!env.success) return { value: item.fallback(), problem: 'not an AskWell record' };
  let { v, value } = env.data;
  if (v > item.version) return { value: item.fallback(), problem: `written by a newer AskWell (v${v})` };
  try {
    for (; v < item.version; v++) {
      const step = item.migrations?.[v];
      if (!step) return { value: item.fallback(), problem: `no migration from v${v}` };
      value = step(value);
    }
  } catch (err) {
    return { value: item.fallback(), problem: `migration failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = item.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { value: item.fallback(), problem: `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}` };
  }
  return { value: parsed.data };
}

/** Reads an item; a bad value is quarantined (kept, not deleted) and replaced by the default. */
export async function readItem<T>(item: StoredItem<T>): Promise<ReadResult<T>> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(item.key))[item.key];
  } catch (err) {
    return { value: item.fallback(), problem: `storage unavailable: ${err instanceof Error ? err.message : String(err)}` };
  }
  const result = decodeItem(item, raw);
  if (result.problem && raw !== undefined) await quarantine(item.key, raw, result.problem);
  return result;
}

export async function writeItem<T>(item: StoredItem<T>, value: T): Promise<void> {
  const checked = item.schema.parse(value);
  await browser.storage.local.set({ [item.key]: { v: item.version, value: checked } });
}

/** Read-modify-write of one item. */
export async function updateItem<T>(item: StoredItem<T>, change: (old: T) => T): Promise<T> {
  const next = change((await readItem(item)).value);
  await writeItem(item, next);
  return next;
}

/** Calls `onChange` with the decoded value whenever the item changes in any context. */
export function watchItem<T>(item: StoredItem<T>, onChange: (result: ReadResult<T>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(item.key in changes)) return;
    onChange(decodeItem(item, changes[item.key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function quarantine(key: string, raw: unknown, reason: string): Promise<void> {
  const at = Date.now();
  const record: QuarantineRecord = { key, reason, at, raw, acknowledged: false };
  try {
    // Keep the raw value aside first; only then replace the item, so nothing is ever lost.
    await browser.storage.local.set({ [`${QUARANTINE_PREFIX}${key}:${at}`]: record });
    await browser.storage.local.remove(key);
  } catch {
    // Storage itself is failing: leave the raw value where it is; the caller still gets the default.
  }
}

/** Quarantined values the user has not acknowledged yet, oldest first. */
export async function listStorageProblems(): Promise<(QuarantineRecord & { id: string })[]> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.local.get(null);
  } catch {
    return [];
  }
  return Object.entries(all)
    .filter(([k]) => k.startsWith(QUARANTINE_PREFIX))
    .flatMap(([id, v]) => {
      const r = QuarantineRecord.safeParse(v);
      return r.success && !r.data.acknowledged ? [{ ...r.data, id }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

/** Marks quarantined values as seen; the values themselves stay in storage. */
export async function acknowledgeStorageProblems(ids: string[]): Promise<void> {
  const got = await browser.storage.local.get(ids);
  const updates: Record<string, unknown> = {};
  for (const id of ids) {
    const r = QuarantineRecord.safeParse(got[id]);
    if (r.success) updates[id] = { ...r.data, acknowledged: true };
  }
  await browser.storage.local.set(updates);
}

/** Whether AskWell may work on a built-in site; pages outside the configured sites are off. */
export function isSiteEnabled(settings: Settings, siteId: string | undefined): boolean {
  if (!siteId) return false;
  return settings.sites[siteId] ?? true;
}

/** Whether AskWell works on this page: a built-in site that is on, or a site the user turned on. */
export function isPageEnabled(settings: Settings, url: string): boolean {
  const site = siteForUrl(url);
  if (site) return isSiteEnabled(settings, site.id);
  const pattern = originPattern(url);
  return !!pattern && settings.customSites.includes(pattern);
}
