import { useEffect } from 'preact/hooks';
import { StatusPanel } from '@/components/StatusPanel';
import { ClaimsSection } from './ClaimsSection';
import { DismissalsSection } from './DismissalsSection';
import { HistorySection } from './HistorySection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { LinkCheckSettings } from '@/components/LinkCheckSettings';
import { TransferSection } from './TransferSection';
import { load, settings, toast } from './state';

const NAV = [
  ['profile', 'Clinic profile'],
  ['rules', 'Rules'],
  ['claims', 'Custom claims'],
  ['sites', 'Auto-audit sites'],
  ['link-check', 'Link checker'],
  ['dismissed', 'Dismissed findings'],
  ['history', 'Audit history'],
  ['transfer', 'Import and export'],
] as const;

export function App() {
  useEffect(() => {
    void load();
  }, []);
  const t = toast.value;
  return (
    <>
      <header class="top">
        <div class="top__inner">
          <img src="/icon/48.png" width={28} height={28} alt="" class="top__logo" />
          <h1 class="top__title">Clinic Lint settings</h1>
          <span class="top__note">Saved in your browser and synced with your account. Nothing is sent anywhere else.</span>
        </div>
      </header>
      <div class="layout">
        <nav class="side" aria-label="Settings sections">
          <ul>
            {NAV.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="main" aria-busy={!settings.value}>
          {!settings.value ? (
            <StatusPanel tone="loading" title="Loading your settings…" />
          ) : (
            <>
              <ProfileSection />
              <RulesSection />
              <ClaimsSection />
              <SitesSection />
              <LinkCheckSettings />
              <DismissalsSection />
              <HistorySection />
              <TransferSection />
            </>
          )}
        </main>
      </div>
      <div class="toast-region" aria-live="polite">
        {t && (
          <p key={t.at} class={`toast toast--${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
            {t.kind === 'ok' ? '✓ ' : ''}
            {t.text}
          </p>
        )}
      </div>
    </>
  );
}
