import type { Rule } from '../../types';
import noActionableCta from './no-actionable-cta';
import textNotActionable from './text-not-actionable';
import deadHref from './dead-href';
import nonDescriptiveText from './non-descriptive-text';
import placement from './placement';
import accessibleName from './accessible-name';

export const ctaRules: Rule[] = [noActionableCta, textNotActionable, deadHref, nonDescriptiveText, placement, accessibleName];
