// Every rule the engine knows, by category. Each category folder owns its own list.
import type { Rule } from '../types';
import { staleRules } from './stale';
import { ctaRules } from './cta';
import { phoneRules } from './phone';
import { claimsRules } from './claims';
import { trustRules } from './trust';
import { linksRules } from './links';

export const allRules: Rule[] = [...staleRules, ...ctaRules, ...phoneRules, ...claimsRules, ...trustRules, ...linksRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
