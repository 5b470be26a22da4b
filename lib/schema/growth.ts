/**
 * Growth and feedback per person (schema v7): goals or a development plan, a few lines each with
 * a status, and a feedback log of dated praise or concerns noted between meetings. Both are the
 * user's own records about the person: they leave Tandem only in an export the user makes
 * ("Export for review", "Hand over" for goals, the backup).
 */
import { z } from './zod';
import { Base, IsoDay, IsoTime } from './records';

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const Goal = Base.extend({
  personId: z.string().min(1),
  /** A few lines: the goal and, if the user likes, how they will get there. */
  text: z.string().max(2000),
  status: GoalStatus,
  /** When the status last changed (the suggestion engine asks about goals left untouched). */
  statusAt: IsoTime.optional(),
});
export type Goal = z.infer<typeof Goal>;

export const FEEDBACK_KINDS = ['praise', 'concern'] as const;
export const FeedbackKind = z.enum(FEEDBACK_KINDS);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const FeedbackEntry = Base.extend({
  personId: z.string().min(1),
  /** The day it happened (the user's calendar day), which the review export's range reads. */
  day: IsoDay,
  kind: FeedbackKind,
  text: z.string().max(5000),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntry>;
