import type { ToneKind } from '../../../lib/questions/tone';

/** A question the lint should flag, with the kind of problem it has. */
export type LabelledProblem = readonly [kind: ToneKind, text: string];
