import { useState } from 'preact/hooks';
import { currentLanguage, t, tn } from '@/lib/i18n/catalog';
import { RELATIONSHIP_LABELS } from '@/lib/i18n/labels';
import { CATEGORIES, RELATIONSHIPS, type Category, type Relationship } from '@/lib/schema/common';
import type { ToneHint } from '@/lib/questions/tone';
import type { StoredQuestion } from '@/lib/schema/records';
import { FilterSelect } from './FilterSelect';
import { LanguageOptions } from './LanguageOptions';
import { QuestionEditor } from './QuestionEditor';
import {
  CATEGORY_LABELS,
  DEPTH_LABELS,
  formValuesOf,
  type QuestionFormValues,
} from './question-schema';

export interface QuestionLibraryProps {
  questions: StoredQuestion[];
  lint: (text: string, lang: 'en' | 'de') => ToneHint[];
  onAdd: (values: QuestionFormValues) => Promise<void>;
  onEdit: (id: string, values: QuestionFormValues) => Promise<void>;
  onSetEnabled: (id: string, enabled: boolean) => void;
  onReset: (id: string) => void;
  onDelete: (id: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  /** The last import's outcome, or why it failed. */
  importMessage: string;
}

interface Filters {
  query: string;
  category: Category | '';
  depth: string;
  relationship: Relationship | '';
  /** '' = every language. */
  language: 'en' | 'de' | '';
}

function matches(q: StoredQuestion, f: Filters): boolean {
  return (
    (!f.query || q.text.toLowerCase().includes(f.query.toLowerCase().trim())) &&
    (!f.category || q.category === f.category) &&
    (!f.depth || String(q.depth) === f.depth) &&
    (!f.relationship || q.relationships.includes(f.relationship)) &&
    (!f.language || (q.lang ?? 'en') === f.language)
  );
}

const PAGE = 25;

/** A new question is in the language the page speaks. */
const newQuestion = (): QuestionFormValues => ({
  text: '',
  category: 'operative',
  depth: 1,
  relationships: ['report'],
  ...(currentLanguage() !== 'en' && { lang: currentLanguage() }),
});

/** Every question Tandem may suggest: search, filter, add, edit, disable, reset and delete. */
export function QuestionLibrary(props: QuestionLibraryProps) {
  const [filters, setFilters] = useState<Filters>({
    query: '',
    category: '',
    depth: '',
    relationship: '',
    language: currentLanguage(),
  });
  // 'new' = the add form; an id = that question's editor.
  const [editing, setEditing] = useState<string | null>(null);
  // A few hundred rows at once make a page nobody scans: show a page, then more on request.
  const [limit, setLimit] = useState(PAGE);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const shown = props.questions
    .filter((q) => matches(q, filters))
    .sort((a, b) => a.category.localeCompare(b.category) || a.text.localeCompare(b.text));

  return (
    <section aria-label={t('libraryHeading')} class="stack" id="questions">
      <h2>{t('libraryHeading')}</h2>
      <div class="row">
        <input
          type="search"
          class="field grow"
          aria-label={t('librarySearch')}
          placeholder={t('librarySearchPlaceholder')}
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        <FilterSelect
          label={t('editorCategory')}
          value={filters.category}
          anyLabel={t('libraryAllCategories')}
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          onChange={(category) => set({ category })}
        />
        <FilterSelect
          label={t('editorDepth')}
          value={filters.depth}
          anyLabel={t('libraryAnyDepth')}
          options={([1, 2, 3] as const).map((d) => ({ value: String(d), label: DEPTH_LABELS[d] }))}
          onChange={(depth) => set({ depth })}
        />
        <FilterSelect
          label={t('personRelationship')}
          value={filters.relationship}
          anyLabel={t('libraryAnyRelationship')}
          options={RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }))}
          onChange={(relationship) => set({ relationship })}
        />
        <select
          class="field auto"
          aria-label={t('libraryLanguage')}
          value={filters.language}
          onChange={(e) => set({ language: e.currentTarget.value as Filters['language'] })}
        >
          <option value="">{t('libraryAnyLanguage')}</option>
          <LanguageOptions />
        </select>
      </div>
      <div class="row">
        <button type="button" class="btn primary" onClick={() => setEditing('new')}>
          {t('libraryAdd')}
        </button>
        <button type="button" class="btn" onClick={props.onExport}>
          {t('libraryExport')}
        </button>
        <label class="btn file-button">
          {t('libraryImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <span class="small muted" role="status">
          {props.importMessage}
        </span>
      </div>
      {editing === 'new' && (
        <QuestionEditor
          heading={t('libraryNewQuestion')}
          initial={newQuestion()}
          lint={props.lint}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            await props.onAdd(values);
            setEditing(null);
          }}
        />
      )}
      <p class="small muted">
        {tn('libraryShownCount', props.questions.length, { shown: shown.length })}
      </p>
      <ul class="list question-list">
        {shown.slice(0, limit).map((q) =>
          editing === q.id ? (
            <li key={q.id}>
              <QuestionEditor
                heading={t('libraryEditQuestion')}
                initial={formValuesOf(q)}
                lint={props.lint}
                onCancel={() => setEditing(null)}
                onSave={async (values) => {
                  await props.onEdit(q.id, values);
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <QuestionRow key={q.id} q={q} {...props} onOpenEditor={() => setEditing(q.id)} />
          ),
        )}
      </ul>
      {shown.length > limit && (
        <div>
          <button type="button" class="btn" onClick={() => setLimit(limit + PAGE * 4)}>
            {t('libraryShowMore', { hidden: shown.length - limit })}
          </button>
        </div>
      )}
    </section>
  );
}

function QuestionRow({
  q,
  onOpenEditor,
  onSetEnabled,
  onReset,
  onDelete,
}: QuestionLibraryProps & { q: StoredQuestion; onOpenEditor: () => void }) {
  return (
    <li class={`row question-row${q.enabled ? '' : ' disabled'}`}>
      <span class="grow">
        <span class="question-text">{q.text}</span>{' '}
        <span class="badge">{CATEGORY_LABELS[q.category]}</span>{' '}
        <span class="badge">{DEPTH_LABELS[q.depth]}</span>
        {!q.builtIn && <span class="badge accent"> {t('libraryMine')}</span>}
        {q.edited && <span class="badge accent"> {t('libraryEdited')}</span>}
        {!q.enabled && <span class="badge warn"> {t('libraryDisabled')}</span>}
      </span>
      <button
        type="button"
        class="btn small"
        aria-label={t('libraryEditLabel', { text: q.text })}
        onClick={onOpenEditor}
      >
        {t('libraryEditButton')}
      </button>
      <button
        type="button"
        class="btn small"
        aria-label={t(q.enabled ? 'libraryDisableLabel' : 'libraryEnableLabel', { text: q.text })}
        onClick={() => onSetEnabled(q.id, !q.enabled)}
      >
        {q.enabled ? t('libraryDisable') : t('libraryEnable')}
      </button>
      {q.builtIn ? (
        q.edited && (
          <button
            type="button"
            class="btn small"
            aria-label={t('libraryResetLabel', { text: q.text })}
            onClick={() => onReset(q.id)}
          >
            {t('libraryReset')}
          </button>
        )
      ) : (
        <button
          type="button"
          class="btn small danger"
          aria-label={t('libraryDeleteLabel', { text: q.text })}
          onClick={() => onDelete(q.id)}
        >
          {t('libraryDelete')}
        </button>
      )}
    </li>
  );
}
