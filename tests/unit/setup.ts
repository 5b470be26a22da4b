// Every test gets a fresh, in-memory IndexedDB and extension API, and speaks English.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { useCatalog } from '../../lib/i18n/catalog';

// Also at load: some suites build their cases while collecting, before any beforeEach.
useCatalog('en', english, 'en-US');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  useCatalog('en', english, 'en-US');
});
