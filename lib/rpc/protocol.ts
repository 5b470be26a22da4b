/**
 * The calls the sidebar frame makes to the background, which alone holds the database for it
 * (an extension frame inside a calendar page is a third-party context: Chromium denies it
 * IndexedDB). Each call's arguments have a zod schema; the background parses them before any
 * work and only accepts calls from our extension pages. Results are plain data.
 */
import { z } from '../schema/zod';
import { CalendarEventMessage, DetectionMessage } from '../messaging/messages';
import { Category, Relationship, Cadence } from '../schema/common';

const Id = z.string().min(1).max(200);
const Who = z.enum(['me', 'them']);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TextEdit = z.object({
  text: z.string().max(200_000),
  baseRev: z.number().int().min(0),
  baseText: z.string().max(200_000),
});

/** Argument tuples, by method name. */
export const RPC_ARGS = {
  openPrep: z.tuple([z.object({ event: CalendarEventMessage, detection: DetectionMessage })]),
  openPersonPrep: z.tuple([Id]),
  prepView: z.tuple([Id]),
  historyPage: z.tuple([
    Id,
    z.object({
      before: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
  ]),
  search: z.tuple([
    z.string().max(500),
    z.object({ personId: Id.optional(), limit: z.number().int().min(1).max(100).optional() }),
  ]),
  savePerson: z.tuple([
    Id,
    z.object({
      displayName: z.string().trim().min(1).max(300).optional(),
      relationship: Relationship.optional(),
      cadence: Cadence.optional(),
    }),
    z.object({ baseRev: z.number().int().min(0) }),
  ]),
  addAgendaItem: z.tuple([
    z.object({
      personId: Id,
      meetingId: Id.nullable(),
      text: z.string().trim().min(1).max(5000),
      addedBy: Who.optional(),
    }),
  ]),
  setAgendaDone: z.tuple([Id, z.boolean(), z.object({ inMeetingId: Id.optional() })]),
  setAgendaAddedBy: z.tuple([Id, Who]),
  reorderAgenda: z.tuple([z.array(Id).max(1000)]),
  addActionItem: z.tuple([
    z.object({
      personId: Id,
      meetingId: Id.nullable(),
      text: z.string().trim().min(1).max(5000),
      owner: Who.optional(),
      due: Day.optional(),
    }),
  ]),
  setActionDone: z.tuple([Id, z.boolean()]),
  saveMeetingNote: z.tuple([
    Id,
    TextEdit.extend({
      topics: z.array(Category).max(20).optional(),
      private: z.boolean().optional(),
    }),
  ]),
  dismissConflicts: z.tuple([z.enum(['note', 'agenda', 'action', 'person']), Id]),
  listQuestions: z.tuple([]),
  logAsked: z.tuple([
    z.object({
      questionId: Id,
      personId: Id,
      meetingId: Id.nullable(),
      outcome: z.enum(['asked', 'skipped']),
    }),
  ]),
  getSettings: z.tuple([]),
  /** 'always' / 'never' treat a recurring series as a 1:1; null forgets the choice. */
  setSeriesOverride: z.tuple([z.string().min(1).max(1000), z.enum(['always', 'never']).nullable()]),
} as const;

export type RpcMethod = keyof typeof RPC_ARGS;
export const RPC_METHODS = Object.keys(RPC_ARGS) as RpcMethod[];
export type RpcArgs<M extends RpcMethod> = z.infer<(typeof RPC_ARGS)[M]>;

export const RpcRequest = z.object({
  type: z.literal('rpc'),
  method: z.enum(RPC_METHODS as [RpcMethod, ...RpcMethod[]]),
  args: z.array(z.unknown()).max(5),
});
export type RpcRequest = z.infer<typeof RpcRequest>;

/** What comes back: a value, or an error the UI can show as it is. */
export type RpcResponse<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: string; code?: 'storage-full' | 'not-found' | 'invalid' | 'failed' };
