/**
 * The message catalogs (public/_locales/<lang>/messages.json) and the UI source: every key in
 * every language with the same placeholders, nothing the browser would misread, no key unused,
 * and no English left in components/ or entrypoints/ outside the catalogs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/i18n/catalog';
import { englishLiterals } from './english-literals';

const ROOT = join(__dirname, '../../..');
type Catalog = Record<string, { message: string }>;
const catalogs = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(
      readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
    ) as Catalog,
  ]),
) as Record<(typeof LANGUAGES)[number], Catalog>;
const english = catalogs.en;
const keys = Object.keys(english);

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('has every key in every language, with the same placeholders', () => {
    expect(keys.length).toBeGreaterThan(250);
    for (const lang of LANGUAGES) {
      const catalog = catalogs[lang];
      expect(Object.keys(catalog).sort(), lang).toEqual([...keys].sort());
      for (const key of keys) {
        const message = catalog[key]?.message ?? '';
        expect(message.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(message), `${lang}.${key}`).toEqual(
          placeholders(english[key]!.message),
        );
      }
    }
  });

  it('uses only names the browser accepts and never its reserved "$"', () => {
    for (const lang of LANGUAGES) {
      for (const [key, { message }] of Object.entries(catalogs[lang])) {
        expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(message, `${lang}.${key}`).not.toContain('$');
      }
    }
  });

  it('gives every plural family an "other" form, and German the same families', () => {
    const families = keys.filter((k) => /_(?:zero|one|two|few|many)$/.test(k));
    expect(families.length).toBeGreaterThan(0);
    for (const form of families) {
      expect(keys, form).toContain(form.replace(/_[a-z]+$/, '_other'));
    }
  });

  it('keeps the manifest within the stores’ limits (name 45, description 132)', () => {
    for (const lang of LANGUAGES) {
      expect(catalogs[lang].extName!.message.length, lang).toBeLessThanOrEqual(45);
      expect(catalogs[lang].extDescription!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('has no key that no code uses', () => {
    const code = ['components', 'entrypoints', 'lib']
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = keys
      .map((k) => k.replace(/_(?:zero|one|two|few|many|other)$/, ''))
      .filter((base) => !code.includes(`'${base}'`) && !manifest.includes(`__MSG_${base}__`));
    expect([...new Set(unused)]).toEqual([]);
  }, 30_000);
});

describe('no English outside the catalogs', () => {
  const isKey = (text: string) => text in english || `${text}_other` in english;

  it('finds none in components/ and entrypoints/', () => {
    const files = ['components', 'entrypoints'].flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      englishLiterals(file, readFileSync(file, 'utf8'), isKey).map(
        (l) => `${relative(ROOT, file)}:${l.line}: ${l.text}`,
      ),
    );
    expect(found).toEqual([]);
    // Parsing ~40 files takes a few seconds on a loaded machine.
  }, 60_000);

  it('would find English text, labels, placeholders, label tables and messages', () => {
    const source = `
      const LABELS = { a: 'reports to me', b: 'Unknown' };
      const MODES = [{ mode: 'x', label: 'mine' }];
      export function A(p: { n: number }) {
        if (p.n > 1) throw new Error('Something broke');
        return (
          <section aria-label="Past notes" class="row small">
            <input placeholder={p.n ? 'Add item…' : t('agendaAdd')} type="text" />
            <p title={\`Move \${p.n} up\`}>Nothing here yet.</p>
            <span>{t('agendaAdd')}</span> <span>Tandem</span> <span>→</span>
          </section>
        );
      }
      if (e.key === 'Escape') close();
    `;
    const found = englishLiterals('sample.tsx', source, isKey).map((l) => l.text);
    expect(found).toEqual([
      'reports to me',
      'Unknown',
      'mine',
      'Something broke',
      'Past notes',
      'Add item…',
      'Move … up',
      'Nothing here yet.',
    ]);
  });
});
