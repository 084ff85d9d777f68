import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: the popup injects the content script on demand (activeTab + scripting).
// Auto-audit asks for one origin at a time through optional host permissions.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Clinic Lint',
    description: 'Finds stale claims, dead calls to action and broken phone links on clinic pages. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'downloads'],
    optional_host_permissions: ['*://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'cliniclint@cliniclint.dev', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  webExt: { disabled: true },
});
