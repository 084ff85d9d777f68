import type { Rule } from '../../types';

export const linksRules: Rule[] = [];
