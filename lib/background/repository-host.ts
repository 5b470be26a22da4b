/**
 * The background's one repository connection, opened on first use after every service-worker
 * start (the worker may be stopped at any time, so nothing else is kept in memory). When the
 * connection closes (a newer version elsewhere, the browser), the next call opens a new one.
 */
import { openRepository, type DbChange, type Repository } from '../db/repository';
import { builtInQuestions } from '../questions/built-ins';

export function createRepositoryHost(onChange: (change: DbChange) => void) {
  let opening: Promise<Repository> | undefined;
  return function repository(): Promise<Repository> {
    opening ??= openRepository({
      builtInQuestions,
      onClosed: () => {
        opening = undefined;
      },
    }).then(
      (repo) => {
        repo.onChange(onChange);
        return repo;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  };
}
