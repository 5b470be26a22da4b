import { useState } from 'preact/hooks';
import { CATEGORIES, RELATIONSHIPS, type Category, type Relationship } from '@/lib/schema/common';
import type { ToneHint } from '@/lib/questions/tone';
import type { StoredQuestion } from '@/lib/schema/records';
import { FilterSelect } from './FilterSelect';
import { QuestionEditor } from './QuestionEditor';
import {
  CATEGORY_LABELS,
  DEPTH_LABELS,
  formValuesOf,
  type QuestionFormValues,
} from './question-schema';

export interface QuestionLibraryProps {
  questions: StoredQuestion[];
  lint: (text: string) => ToneHint[];
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
}

function matches(q: StoredQuestion, f: Filters): boolean {
  return (
    (!f.query || q.text.toLowerCase().includes(f.query.toLowerCase().trim())) &&
    (!f.category || q.category === f.category) &&
    (!f.depth || String(q.depth) === f.depth) &&
    (!f.relationship || q.relationships.includes(f.relationship))
  );
}

const PAGE = 25;

const NEW_QUESTION: QuestionFormValues = {
  text: '',
  category: 'operative',
  depth: 1,
  relationships: ['report'],
};

/** Every question Tandem may suggest: search, filter, add, edit, disable, reset and delete. */
export function QuestionLibrary(props: QuestionLibraryProps) {
  const [filters, setFilters] = useState<Filters>({
    query: '',
    category: '',
    depth: '',
    relationship: '',
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
    <section aria-label="Question library" class="stack" id="questions">
      <h2>Question library</h2>
      <div class="row">
        <input
          type="search"
          class="field grow"
          aria-label="Search questions"
          placeholder="Search questions…"
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        <FilterSelect
          label="Category"
          value={filters.category}
          anyLabel="All categories"
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          onChange={(category) => set({ category })}
        />
        <FilterSelect
          label="Depth"
          value={filters.depth}
          anyLabel="Any depth"
          options={([1, 2, 3] as const).map((d) => ({ value: String(d), label: DEPTH_LABELS[d] }))}
          onChange={(depth) => set({ depth })}
        />
        <FilterSelect
          label="Relationship"
          value={filters.relationship}
          anyLabel="Any relationship"
          options={RELATIONSHIPS.map((r) => ({ value: r, label: r }))}
          onChange={(relationship) => set({ relationship })}
        />
      </div>
      <div class="row">
        <button type="button" class="btn primary" onClick={() => setEditing('new')}>
          Add question
        </button>
        <button type="button" class="btn" onClick={props.onExport}>
          Export questions
        </button>
        <label class="btn file-button">
          Import questions
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
          heading="New question"
          initial={NEW_QUESTION}
          lint={props.lint}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            await props.onAdd(values);
            setEditing(null);
          }}
        />
      )}
      <p class="small muted">
        {shown.length} of {props.questions.length} questions
      </p>
      <ul class="list question-list">
        {shown.slice(0, limit).map((q) =>
          editing === q.id ? (
            <li key={q.id}>
              <QuestionEditor
                heading="Edit question"
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
            Show more ({shown.length - limit} not shown)
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
        {!q.builtIn && <span class="badge accent"> mine</span>}
        {q.edited && <span class="badge accent"> edited</span>}
        {!q.enabled && <span class="badge warn"> disabled</span>}
      </span>
      <button type="button" class="btn small" aria-label={`Edit: ${q.text}`} onClick={onOpenEditor}>
        Edit
      </button>
      <button
        type="button"
        class="btn small"
        aria-label={`${q.enabled ? 'Disable' : 'Enable'}: ${q.text}`}
        onClick={() => onSetEnabled(q.id, !q.enabled)}
      >
        {q.enabled ? 'Disable' : 'Enable'}
      </button>
      {q.builtIn ? (
        q.edited && (
          <button
            type="button"
            class="btn small"
            aria-label={`Reset: ${q.text}`}
            onClick={() => onReset(q.id)}
          >
            Reset
          </button>
        )
      ) : (
        <button
          type="button"
          class="btn small danger"
          aria-label={`Delete: ${q.text}`}
          onClick={() => onDelete(q.id)}
        >
          Delete
        </button>
      )}
    </li>
  );
}
