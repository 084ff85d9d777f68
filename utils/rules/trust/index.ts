import type { Rule } from '../../types';

export const trustRules: Rule[] = [];
