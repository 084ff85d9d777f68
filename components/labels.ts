// Display names shared by the views. Plain data: no DOM, no browser APIs.
import type { Category, PageKind, Severity } from '@/utils/types';

/** The order categories are listed in: what breaks patient contact and trust first. */
export const CATEGORY_ORDER: readonly Category[] = ['stale', 'cta', 'phone', 'claims', 'trust', 'links', 'internal'];

export const CATEGORY_LABEL: Record<Category, string> = {
  stale: 'Stale content',
  cta: 'Calls to action',
  phone: 'Phone numbers',
  claims: 'Claims and compliance',
  trust: 'Trust signals',
  links: 'Links',
  internal: 'About this audit',
};

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const SEVERITY_PLURAL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export const KIND_LABEL: Record<PageKind, string> = {
  'clinic-article': 'Clinic article',
  'clinic-page': 'Clinic page',
  other: 'Not a clinic page',
};

/** 0.934 → "93%" */
export function percent(confidence: number): string {
  const value = Number.isFinite(confidence) ? Math.round(Math.min(1, Math.max(0, confidence)) * 100) : 0;
  return `${value}%`;
}
