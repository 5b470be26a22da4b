import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchPatterns } from './lib/sites/hosts';

/** Host permissions and web-accessible resources: every calendar host (lib/sites/hosts.ts). */
const CALENDAR_HOSTS = matchPatterns();

/** The Tandem mark (public/icon/tandem.svg, rendered by scripts/render-icons.mjs). */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

/**
 * Tandem never renders raw HTML (no `dangerouslySetInnerHTML`): this takes the one innerHTML sink
 * out of Preact's build, so nothing can ever reach it, and Firefox's add-on linter (whose
 * UNSAFE_VAR_ASSIGNMENT warning a store reviewer reads) has nothing to flag.
 */
const noRawHtml = {
  name: 'tandem:no-raw-html',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]preact[\\/]dist[\\/]preact(\.module)?\.m?js$/.test(id)) return null;
    const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
    if (!sink.test(code))
      throw new Error(`tandem:no-raw-html: Preact's innerHTML sink moved in ${id}`);
    return code.replace(sink, '(()=>{throw new Error("Tandem renders no raw HTML")})()');
  },
};

/**
 * PouchDB can evaluate filter and view functions given as strings (`scopeEval`, the Function
 * constructor). Tandem never passes one, MV3's CSP would refuse it anyway, and Firefox's add-on
 * linter flags the constructor (DANGEROUS_EVAL): the sink is taken out of the build.
 */
const noStringEval = {
  name: 'tandem:no-string-eval',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]pouchdb-browser[\\/]lib[\\/]index\.(es\.)?js$/.test(id)) return null;
    const sink = 'return Function.apply(null, keys).apply(null, values);';
    if (!code.includes(sink))
      throw new Error(`tandem:no-string-eval: PouchDB's scopeEval moved in ${id}`);
    return code.replace(sink, 'throw new Error("Tandem evaluates no code from strings");');
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noRawHtml, noStringEval, preact()] }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // From public/_locales/<lang>/messages.json: the browser shows them in its own language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Asked for only when the user turns reminders on (Settings → Reminders). Firefox cannot make
    // `alarms` optional (addons-linter: MANIFEST_OPTIONAL_PERMISSIONS); it shows the user no
    // prompt for it either, and reminders still wait for `notifications`.
    ...(browser === 'firefox'
      ? { permissions: ['storage', 'alarms', 'scripting'], optional_permissions: ['notifications'] }
      : {
          permissions: ['storage', 'scripting'],
          optional_permissions: ['alarms', 'notifications'],
        }),
    icons: ICONS,
    action: { default_icon: ICONS },
    // Screen-share safe mode; the user can rebind it (chrome://extensions/shortcuts, about:addons).
    commands: {
      'toggle-private-text': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandTogglePrivateText__',
      },
    },
    host_permissions: CALENDAR_HOSTS,
    // Sync asks for the user's own server at the moment they start it, and for nothing else.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The sidebar is built on its own, not in one Vite build with the popup, options and prep
    // pages: a chunk shared between pages holds the union of what every page uses of a module,
    // so the sidebar's first paint carried all of zod's core that the options page's schemas
    // need although its own schemas are zod/mini's few validators.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group)) continue;
        const sidebar = group.find((e) => e.name === 'sidebar');
        if (!sidebar || group.length === 1) continue;
        groups[i] = group.filter((e) => e !== sidebar);
        groups.push([sidebar]);
        return;
      }
    },
    // Content scripts run on every calendar page view, and the sidebar on every 1:1 opened: they
    // use the browser's own promise-based `browser`/`chrome` (MV3 in Chrome and Firefox) instead
    // of the polyfill the other extension pages get through @wxt-dev/webextension-polyfill,
    // which saves ~3 KB gzipped on each. (The polyfill's one difference they would need, a
    // promise returned from an onMessage listener, is only used in the background.)
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const lean = (e: { type: string; name: string }) =>
        e.type === 'content-script' || e.name === 'sidebar';
      if (!entrypoints.every(lean)) return;
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
