import { z } from 'zod';
import type { Severity } from '../types.js';
import { checkEventDates, eventDateMessages, eventDateOptions } from './builtin/event-date-conflict.js';
import { checkRoleHolders, roleHolderMessages, roleHolderOptions } from './builtin/role-holder-conflict.js';
import { checkFigures, figureMessages, figureOptions } from './figure-check.js';
import { defineRule, type AnyRule, type ClaimGroup } from './rule.js';

/** The kinds of rule a configuration can declare without code. */
export const DECLARATIVE_TYPES = ['functional-attribute', 'one-time-event', 'single-holder'] as const;

/** A rule declared in configuration. */
export const declarativeRuleSchema = z
  .object({
    /**
     * functional-attribute: one value per subject at a time (figures compared within `tolerance`);
     * one-time-event: happens once (dates compared as intervals); single-holder: one holder at a time.
     */
    type: z.enum(DECLARATIVE_TYPES),
    /** The predicate it applies to. */
    predicate: z.string().min(1),
    /** Only claims with this qualifier, when given. */
    qualifier: z.string().min(1).optional(),
    /** functional-attribute: relative slack on each figure (0.02 = 2%). */
    tolerance: z.number().min(0).max(1).optional(),
    /** one-time-event, single-holder: days of slack between two dates. */
    graceDays: z.number().int().min(0).optional(),
    severity: z.enum(['error', 'warning', 'info']).default('error'),
    description: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.tolerance !== undefined && spec.type !== 'functional-attribute') {
      ctx.addIssue({ code: 'custom', path: ['tolerance'], message: `'tolerance' applies to type 'functional-attribute' only, not '${spec.type}'` });
    }
    if (spec.graceDays !== undefined && spec.type === 'functional-attribute') {
      ctx.addIssue({ code: 'custom', path: ['graceDays'], message: `'graceDays' applies to types 'one-time-event' and 'single-holder' only` });
    }
  });

/** A declarative rule as written in configuration. */
export type DeclarativeRuleSpec = z.input<typeof declarativeRuleSchema>;

/** Builds a rule from its declaration; the spec must have passed {@link declarativeRuleSchema}. */
export function declarativeRule(id: string, input: DeclarativeRuleSpec): AnyRule {
  const spec = declarativeRuleSchema.parse(input);
  const severity: Severity = spec.severity;
  const mine = (group: ClaimGroup): boolean => group.predicate === spec.predicate && (spec.qualifier === undefined || group.qualifier === spec.qualifier);
  switch (spec.type) {
    case 'functional-attribute':
      return defineRule({
        id,
        meta: { description: spec.description ?? `${spec.predicate} has one value per subject at a time`, severity, kinds: ['attribute'], options: figureOptions, messages: figureMessages },
        check(group, context) {
          if (!mine(group)) return [];
          return checkFigures(group, { ...context, options: { ...context.options, tolerance: spec.tolerance ?? context.options.tolerance } }, () => true);
        },
      });
    case 'one-time-event':
      return defineRule({
        id,
        meta: {
          description: spec.description ?? `${spec.predicate} happens once`,
          severity,
          kinds: ['event'],
          options: eventDateOptions,
          messages: eventDateMessages,
        },
        check(group, context) {
          if (!mine(group)) return [];
          return checkEventDates(group, { ...context, options: { ...context.options, graceDays: spec.graceDays ?? context.options.graceDays } }, (p) => p === spec.predicate);
        },
      });
    case 'single-holder':
      return defineRule({
        id,
        meta: {
          description: spec.description ?? `${spec.predicate} has one holder at a time`,
          severity,
          kinds: ['role'],
          options: roleHolderOptions,
          messages: roleHolderMessages,
        },
        check(group, context) {
          if (!mine(group)) return [];
          return checkRoleHolders(group, { ...context, options: { ...context.options, graceDays: spec.graceDays ?? context.options.graceDays } }, (p) => p === spec.predicate);
        },
      });
  }
}
