import { can, type Actor } from '../policies/index.js';
import type { CommentRow } from './comments.js';
import type { ScoreSummary } from './rubric.js';
import { reviewStarted, type IdeaRow, type TimelineRow } from './service.js';

const ANONYMOUS = { id: null, name: 'Anonymous', anonymous: true } as const;

/**
 * The only code that turns idea rows into responses. An anonymous author is "Anonymous" to
 * everyone, admins included; only `mine` tells the author it is theirs.
 */
function author(idea: IdeaRow) {
  return idea.anonymous ? ANONYMOUS : { id: idea.authorId, name: idea.authorName, anonymous: false };
}

export function presentIdeaSummary(idea: IdeaRow, viewer: Actor, voted: boolean) {
  return {
    id: idea.id,
    number: idea.number,
    title: idea.title,
    area: idea.area,
    siteId: idea.siteId,
    stage: { key: idea.stageKey, name: idea.stageName },
    author: author(idea),
    tags: idea.tags,
    confidential: idea.confidential,
    voteCount: idea.voteCount,
    commentCount: idea.commentCount,
    voted,
    reviewer: idea.assignedReviewerId ? { id: idea.assignedReviewerId, name: idea.reviewerName ?? 'Former member' } : null,
    mine: idea.authorId === viewer.id,
    canVote: can(viewer, 'idea.vote', { authorId: idea.authorId, confidential: idea.confidential }),
    prompt: idea.promptId && idea.promptText !== null ? { id: idea.promptId, text: idea.promptText } : null,
    createdAt: idea.createdAt.toISOString(),
    version: idea.version,
  };
}

export function presentIdea(
  idea: IdeaRow,
  events: TimelineRow[],
  viewer: Actor,
  state: { voted: boolean; following: boolean; scores: ScoreSummary; moveTo: string[] },
) {
  const { voted, following, scores, moveTo } = state;
  const subject = { authorId: idea.authorId, confidential: idea.confidential };
  return {
    ...presentIdeaSummary(idea, viewer, voted),
    problem: idea.problem,
    proposal: idea.proposal,
    mergedIntoId: idea.mergedIntoId,
    revisitOn: idea.revisitOn,
    following,
    firstResponseAt: idea.firstResponseAt?.toISOString() ?? null,
    decidedAt: idea.decidedAt?.toISOString() ?? null,
    clock: responseClock(idea, new Date()),
    timeline: events.map((event) => ({
      id: event.id,
      type: event.type,
      actor: event.actorId === null ? (event.type === 'submitted' && idea.anonymous ? ANONYMOUS : null) : presentActor(idea, event),
      fromStage: event.fromStage,
      toStage: event.toStage,
      reason: event.reason,
      reasonCode: typeof event.data.reasonCode === 'string' ? event.data.reasonCode : null,
      revisitOn: typeof event.data.revisitOn === 'string' ? event.data.revisitOn : null,
      mergedIntoId: typeof event.data.mergedInto === 'string' ? event.data.mergedInto : null,
      assignee: typeof event.data.reviewerId === 'string' ? { id: event.data.reviewerId, name: event.assigneeName ?? 'Former member' } : null,
      at: event.createdAt.toISOString(),
    })),
    scores,
    abilities: {
      vote: can(viewer, 'idea.vote', subject),
      transition: can(viewer, 'idea.transition', subject),
      moveTo: can(viewer, 'idea.transition', subject) ? moveTo : [],
      assign: can(viewer, 'idea.assign', subject),
      review: can(viewer, 'idea.review', subject),
      note: can(viewer, 'idea.note', subject),
      edit: can(viewer, 'idea.edit', { ...subject, reviewStarted: reviewStarted(idea) }),
    },
  };
}

function presentActor(idea: IdeaRow, event: TimelineRow) {
  // Belt and braces: an anonymous author's own events never carry a name, even if recorded.
  if (idea.anonymous && event.actorId === idea.authorId) return ANONYMOUS;
  return { id: event.actorId, name: event.actorName ?? 'Former member', anonymous: false };
}

/** A comment by the anonymous author of the idea is signed "Anonymous", like the idea itself. */
export function presentComment(idea: IdeaRow, comment: CommentRow) {
  const author =
    comment.authorId === null
      ? { id: null, name: 'Former member', anonymous: false }
      : idea.anonymous && comment.authorId === idea.authorId
        ? ANONYMOUS
        : { id: comment.authorId, name: comment.authorName ?? 'Former member', anonymous: false };
  return { id: comment.id, body: comment.body, author, createdAt: comment.createdAt.toISOString() };
}

const DUE_SOON_MS = 24 * 3_600_000;

/** Where the idea stands against the organisation's promises: what is awaited and by when. */
export function responseClock(idea: IdeaRow, now: Date) {
  const awaiting: 'first_response' | 'decision' | null = idea.decidedAt ? null : idea.firstResponseAt ? 'decision' : 'first_response';
  const dueAt = awaiting === 'first_response' ? idea.firstResponseDueAt : awaiting === 'decision' ? idea.decisionDueAt : null;
  const state: 'decided' | 'no_promise' | 'overdue' | 'due_soon' | 'on_track' = !awaiting
    ? 'decided'
    : !dueAt
      ? 'no_promise'
      : dueAt.getTime() < now.getTime()
        ? 'overdue'
        : dueAt.getTime() - now.getTime() < DUE_SOON_MS
          ? 'due_soon'
          : 'on_track';
  return {
    awaiting,
    state,
    dueAt: dueAt?.toISOString() ?? null,
    firstResponseDueAt: idea.firstResponseDueAt?.toISOString() ?? null,
    decisionDueAt: idea.decisionDueAt?.toISOString() ?? null,
  };
}
