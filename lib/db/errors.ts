/** Typed errors the UI can tell apart (`error instanceof StorageFullError`, or by `name`). */

/** The browser refused to store more data (QuotaExceededError); nothing of the change was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(
      'Your browser refused to store more data, so this change was not saved. ' +
        'Export a backup, then free some disk space or remove old data, and try again.',
      { cause },
    );
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly store: string,
    readonly id: string,
  ) {
    super(`No ${store} record with id "${id}".`);
  }
}

/** An operation the data model does not allow (e.g. deleting a built-in question). */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
}

/** The database was closed because a newer version of Tandem is upgrading it: reload the view. */
export class DatabaseClosedError extends Error {
  override readonly name = 'DatabaseClosedError';
  constructor() {
    super('Tandem was updated in another tab. Reload this view to continue.');
  }
}

export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'QuotaExceededError'
  );
}
