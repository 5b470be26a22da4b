/**
 * The popup and the options page are top-level extension pages, so they open the database
 * directly (the sidebar frame cannot: it is third-party inside the calendar page). Shared by both.
 */
import { useEffect, useState } from 'preact/hooks';
import { openRepository, type DbChange, type Repository } from '@/lib/db/repository';
import { builtInQuestions } from '@/lib/questions/built-ins';
import type { Settings } from '@/lib/schema/records';

export type RepositoryState =
  | { status: 'opening' }
  | { status: 'open'; repo: Repository }
  | { status: 'failed'; message: string };

export function useRepository(): RepositoryState {
  const [state, setState] = useState<RepositoryState>({ status: 'opening' });
  useEffect(() => {
    let repo: Repository | undefined;
    let gone = false;
    openRepository({
      builtInQuestions,
      // A newer version elsewhere closed our connection: start again with fresh code and data.
      onClosed: () => location.reload(),
    }).then(
      (opened) => {
        if (gone) return opened.close();
        repo = opened;
        setState({ status: 'open', repo: opened });
      },
      (error: unknown) =>
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      gone = true;
      repo?.close();
    };
  }, []);
  return state;
}

/**
 * A number that grows whenever one of `stores` changed (here or in another extension page):
 * views put it in their effects' dependencies and re-query.
 */
export function useChangeTick(repo: Repository | undefined, stores: readonly string[]): number {
  const [tick, setTick] = useState(0);
  const key = stores.join(',');
  useEffect(() => {
    if (!repo) return;
    return repo.onChange((change: DbChange) => {
      if (change.stores.some((s) => stores.includes(s))) setTick((t) => t + 1);
    });
  }, [repo, key]);
  return tick;
}

/** The user's theme choice wins over the system's; 'system' leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
