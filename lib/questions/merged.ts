/**
 * Built-in ids merged into another question (near-duplicates). A stored copy the user never
 * edited is removed on open (lib/db/questions.ts, seedBuiltIns); asked logs under the old id
 * count for the new one in the suggestion engine. Ids are never reused.
 */
export const mergedQuestionIds: Readonly<Record<string, string>> = {
  'feedback-upward-more-impact': 'ask-manager-most-impact',
  'first-meeting-best-managers': 'deeper-best-leader',
};
