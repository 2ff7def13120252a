// Templates are data: a zod schema checks the built-in catalog, user templates and imported packs.
import { z } from 'zod';

export const FIELD_NAMES = [
  'recipient', 'project', 'resource', 'amount', 'duration', 'date', 'reason', 'offer', 'myStep', 'person',
  'agreement', 'outcome',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const Localized = z.object({ zh: z.string().trim().min(1).max(4000), en: z.string().trim().min(1).max(4000) });

/** Where a template goes in the draft when it is inserted from a finding. */
export const Placement = z.enum([
  'opening', // after the greeting line, before the body
  'after-span', // after the sentence the finding points at
  'closing', // before the sign-off at the end
  'replace-span', // instead of the finding's span (a rewrite)
  'caret', // where the writer's caret is (a whole message such as a follow-up), else at the end
]);
export type Placement = z.infer<typeof Placement>;

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*(\.[a-z0-9-]+)+$/, 'ids look like move.name'),
  move: z.enum(['opening', 'need', 'reciprocity', 'close', 'follow-up', 'custom']),
  title: Localized,
  body: Localized,
  placement: Placement,
});
export type Template = z.infer<typeof TemplateSchema>;
export type Fields = Partial<Record<FieldName, string>>;

/** A set of templates to share: exported from the options page, imported there, or set by policy. */
export const PackSchema = z.object({
  name: z.string().trim().min(1).max(200),
  templates: z.array(TemplateSchema).max(200),
});
export type Pack = z.infer<typeof PackSchema>;
