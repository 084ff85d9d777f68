// Options page: the link checker switch (off by default). Turning it on asks for the all-sites host
// permission, from the click itself (the browser shows its prompt only during a user gesture);
// refused → it stays off and says why.
import { useEffect, useState } from 'preact/hooks';
import { Switch } from './Switch';
import { LINK_CHECK_DEFAULTS } from '@/utils/linkcheck/check-links';
import { disableLinkCheck, enableLinkCheck, linkCheckStatus, watchLinkCheck, type LinkCheckStatus } from '@/utils/linkcheck/client';

const seconds = LINK_CHECK_DEFAULTS.timeoutMs / 1000;

export function LinkCheckSettings() {
  const [status, setStatus] = useState<LinkCheckStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => void linkCheckStatus().then(setStatus);
    refresh();
    return watchLinkCheck(refresh);
  }, []);

  const on = !!status && status.enabled && status.granted;
  const lost = !!status && status.enabled && !status.granted;

  function toggle(next: boolean) {
    setProblem(null);
    setNotice(null);
    setBusy(true);
    const done = () => {
      setBusy(false);
      void linkCheckStatus().then(setStatus);
    };
    if (next) {
      // straight from the click: permissions.request is the first browser call
      enableLinkCheck().then(
        (granted) => {
          if (!granted) setProblem('Permission to access all sites was not granted, so the link checker stays off. It cannot check links without it.');
          done();
        },
        (err: unknown) => {
          setProblem(`Couldn’t turn the link checker on: ${err instanceof Error ? err.message : String(err)}`);
          done();
        },
      );
    } else {
      disableLinkCheck().then(
        ({ released }) => {
          setNotice(
            released
              ? 'Off. The permission to access all sites was given back.'
              : 'Off. Access to all sites stays granted because auto-audit sites are listed (removing it would stop them); you can remove it in your browser’s extension settings.',
          );
          done();
        },
        (err: unknown) => {
          setProblem(`Couldn’t turn the link checker off: ${err instanceof Error ? err.message : String(err)}`);
          done();
        },
      );
    }
  }

  return (
    <section id="link-check" class="card" aria-labelledby="link-check-title">
      <h2 id="link-check-title">Link checker</h2>
      <p class="card__lead">
        Off unless you turn it on. When it is on, the popup checks where the audited page’s links go after each audit: booking and contact links first, then sources
        and other links in the article (at most {LINK_CHECK_DEFAULTS.cap} per page, {LINK_CHECK_DEFAULTS.concurrency} at a time, {seconds} seconds each). Links
        that are broken (404, server errors, sites that no longer exist) become findings. These are the only requests Clinic Lint sends over the network; they go
        straight from your browser to those sites, without cookies. Phone, e-mail and text-message links are never requested.
      </p>
      {status && (
        <Switch
          id="link-check-switch"
          checked={on}
          busy={busy}
          label="Check links on audited pages"
          description={on ? 'On: links are checked after each audit in the popup.' : 'Your browser asks for permission to access all sites first: the checker needs it to ask other sites about their pages.'}
          onChange={toggle}
        />
      )}
      {lost && !problem && (
        <p class="field__help field__help--error" role="alert">
          The link checker is turned on, but the permission to access all sites was removed in your browser, so no links are checked. Turn it on again to grant it.
        </p>
      )}
      {problem && (
        <p class="field__help field__help--error" role="alert">
          {problem}
        </p>
      )}
      {notice && !problem && (
        <p class="field__help" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
