/**
 * The shape of a site profile, checked when the profiles load (four small objects: microseconds),
 * so that a profile with a misspelt key or an empty selector fails at once rather than matching nothing.
 * Selectors are compiled on the first page that asks for them (see `selector-index.ts`); the
 * profile test runs every profile on its fixture, which compiles them all.
 */
import * as z from 'zod/mini';
import type { SiteProfile } from './types.js';

const selector = z.string().check(z.trim(), z.minLength(1));

const source = z.union([selector, z.tuple([selector, z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))])]);

const field = z.strictObject({
  selectors: z.array(source).check(z.minLength(1)),
  clean: z.optional(z.array(selector)),
  strip: z.optional(z.array(z.instanceof(RegExp))),
});

export const siteProfileSchema = z.strictObject({
  name: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  detect: selector,
  content: z.strictObject({
    selectors: z.array(selector).check(z.minLength(1)),
    clean: z.optional(z.array(selector)),
  }),
  title: z.optional(field),
  category: z.optional(field),
  published: z.optional(field),
  author: z.optional(field),
});

/** The profiles, each checked against {@link siteProfileSchema}; throws on the first that fails, naming it. */
export function checkedProfiles(profiles: readonly SiteProfile[]): readonly SiteProfile[] {
  for (const profile of profiles) {
    const result = siteProfileSchema.safeParse(profile);
    if (!result.success) throw new Error(`site profile ${profile.name}: ${z.prettifyError(result.error)}`);
  }
  return profiles;
}
