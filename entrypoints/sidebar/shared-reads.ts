/**
 * Reads every prep needs but that rarely change (the question library, the settings), kept for
 * the frame's lifetime and dropped when the background says those stores changed: opening
 * another 1:1 then costs one RPC, not three.
 */
import { rpc } from '@/lib/rpc/client';

let questions: ReturnType<typeof rpc<'listQuestions'>> | undefined;
let settings: ReturnType<typeof rpc<'getSettings'>> | undefined;

export function cachedQuestions() {
  questions ??= rpc('listQuestions').catch((error: unknown) => {
    questions = undefined;
    throw error;
  });
  return questions;
}

export function cachedSettings() {
  settings ??= rpc('getSettings').catch((error: unknown) => {
    settings = undefined;
    throw error;
  });
  return settings;
}

/** Called with the store names of every change (or none known: drop everything). */
export function dropCached(stores?: readonly string[]): void {
  if (!stores || stores.includes('questions')) questions = undefined;
  if (!stores || stores.includes('settings')) settings = undefined;
}
