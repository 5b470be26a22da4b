import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchPatterns } from './lib/sites/hosts';

/** Host permissions and web-accessible resources: every calendar host (lib/sites/hosts.ts). */
const CALENDAR_HOSTS = matchPatterns();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Tandem — 1:1 prep',
    description:
      'Prepare every 1:1 from your calendar: agenda, past notes and supportive questions. Nothing leaves your machine.',
    permissions: ['storage'],
    // Screen-share safe mode; the user can rebind it (chrome://extensions/shortcuts, about:addons).
    commands: {
      'toggle-private-text': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Hide or show private text (screen-share safe)',
      },
    },
    host_permissions: CALENDAR_HOSTS,
    web_accessible_resources: [
      {
        resources: ['sidebar.html', 'chunks/*', 'assets/*'],
        matches: CALENDAR_HOSTS,
        use_dynamic_url: true,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tandem@tandem-1on1.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts run on every calendar page view: they use the browser's own promise-based
    // `browser`/`chrome` (MV3 in Chrome and Firefox) instead of the polyfill the extension pages
    // get through @wxt-dev/webextension-polyfill, which saves ~3 KB gzipped per page view.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter(
          (a: { find: unknown }) => a.find !== 'wxt/browser',
        );
      }
    },
    // Expose only the sidebar page and the files it loads (not the popup's or options' chunks).
    // The HTML is built before the manifest is generated, so its <script>/<link> tags list them.
    'build:manifestGenerated': (wxt, manifest) => {
      const html = join(wxt.config.outDir, 'sidebar.html');
      if (!existsSync(html)) return;
      const files = [
        ...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/((?:chunks|assets)\/[^"]+)"/g),
      ].map((m) => m[1]!);
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && resource.resources.includes('sidebar.html')) {
          resource.resources = ['sidebar.html', ...new Set(files)];
        }
      }
    },
  },
  zip: {
    excludeSources: ['out/**', 'bench/results.json', 'test-results/**'],
  },
});
