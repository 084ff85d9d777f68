import type { Rule } from '../../types';
import telUriSyntax from './tel-uri-syntax';
import telNotGlobal from './tel-not-global';
import invalidNumber from './invalid-number';
import placeholderNumber from './placeholder-number';
import hrefTextMismatch from './href-text-mismatch';
import unlinkedNumber from './unlinked-number';
import conflictingNumbers from './conflicting-numbers';
import telExtensionFormat from './tel-extension-format';
import smsFormat from './sms-format';

export const phoneRules: Rule[] = [
  telUriSyntax,
  telNotGlobal,
  invalidNumber,
  placeholderNumber,
  hrefTextMismatch,
  unlinkedNumber,
  conflictingNumbers,
  telExtensionFormat,
  smsFormat,
];
