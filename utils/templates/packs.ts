// Template packs as JSON: parsed with every validation problem reported by field, so a user who
// edits a pack by hand sees exactly what to fix; nothing half-valid is imported.
import { BUILTIN_TEMPLATES } from './catalog.ts';
import { PackSchema, type Pack, type Template } from './schema.ts';

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), '') || '(pack)';
}

export function parsePack(json: string): PackResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return { ok: false, errors: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`) };
  const errors: string[] = [];
  const builtIn = new Set(BUILTIN_TEMPLATES.map((t) => t.id));
  const seen = new Set<string>();
  parsed.data.templates.forEach((t, i) => {
    if (builtIn.has(t.id)) errors.push(`templates[${i}].id: "${t.id}" is a built-in template's id`);
    if (seen.has(t.id)) errors.push(`templates[${i}].id: "${t.id}" appears twice`);
    seen.add(t.id);
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.data };
}

export function packJson(name: string, templates: readonly Template[]): string {
  return JSON.stringify({ name, templates }, null, 2);
}

/** Adds imported templates to the user's own; an imported one replaces the user's with the same id. */
export function mergeTemplates(mine: readonly Template[], incoming: readonly Template[]): Template[] {
  const ids = new Set(incoming.map((t) => t.id));
  return [...mine.filter((t) => !ids.has(t.id)), ...incoming];
}

/** A fresh id for a template the user writes: custom.<slug of the English title>-<n>. */
export function customId(title: string, taken: ReadonlySet<string>): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'template';
  for (let n = 1; ; n++) {
    const id = `custom.${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}
