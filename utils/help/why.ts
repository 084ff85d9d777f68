// "Why it matters" of each rule, for the exports: the part of a finding that persuades a client.
// Generated with the help pages (npm run rule-help) into rule-why.json.
import whyById from './rule-why.json';

const WHY = whyById as Record<string, string>;

export function whyOf(ruleId: string): string {
  return WHY[ruleId] ?? '';
}
