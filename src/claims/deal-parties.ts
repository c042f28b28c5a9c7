import { DESCRIBED_BY, type SentenceContext, type SentenceMention } from './context.js';
import { byAgent } from './events.js';

/** Who bought what in the deal a price belongs to, as far as the clause says. */
export interface DealParties {
  /** The company bought (the price's subject). */
  readonly target?: SentenceMention | undefined;
  /** The company that paid (the price's qualifier). */
  readonly buyer?: SentenceMention | undefined;
}

// 'the $2 billion acquisition of X', 'a $300 million deal for X': the figure names the deal.
const DEAL_NOUN_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout|deal|bid|offer) (?:of|for)\s+(?:the\s+)?$/iu;
// 'paying $450 million for X', '... for $310 million for X'.
// 'for B', 'for the lender B', 'for 30% of the company', 'for a 26 per cent stake in B',
// 'for Alberta greenhouse operator B': a place's name may open the description; so may
// 'Dubai-based' ('paid SR680mn for Dubai-based B').
const FOR_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,40}\)\s*)?for\s+(?:the\s+|its\s+|an?\s+)?(?:\d+(?:\.\d+)?\s?(?:%|pc|per\s?cent)\s+)?(?:\p{Lu}\p{L}*-(?:based|listed|headquartered|owned|born)\s+)?${DESCRIBED_BY}$`, 'u');
// 'buy a 30% stake in Kenyan microinsurer B': a nationality and a few lower-case words may describe B.
const BUY_BEFORE = new RegExp(String.raw`\b(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|purchasing|took over|take over|takes over|taking over|(?:acquisition|purchase|takeover|buyout) of)\s+(?:the\s+|its\s+|a\s+)?(?:[\p{L}\d.%-]+\s+){0,3}(?:(?:of|in)\s+(?:the\s+)?${DESCRIBED_BY})?$`, 'u');
const PASSIVE_BUY = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:acquired|bought|purchased|taken over|sold)\s*$/iu;
const SELL_VERB = /\b(?:sold|sells|sell|selling|offloaded|offloads|divested|divests)\b/iu;
// 'B, which A bought for $N': A's verb has no object of its own, so what it bought is B.
const RELATIVE_BEFORE = /^,?\s+(?:which|that)\s+$/u;
const BUY_WITHOUT_OBJECT = /^\s+(?:(?:has|had|have|recently|later|then|agreed to|will|would)\s+)?(?:acquired|bought|purchased|took over|snapped up|acquire|buy|purchase|take over)\s+(?:it\s+)?(?:in\s+\S+\s+)?for\s+$/u;
const FOR_WHICH_PAID = /,\s+for which\s+(?:\S+\s+){1,3}?(?:paid|pays|had paid|has paid|spent)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/u;
const SOLD_TO = /\b(?:sold|sells|sell|selling|offloaded|divested)\b[^,;]{1,60}?\bto\s+(?:the\s+)?$/iu;

/**
 * The target and the buyer of the deal whose price is the figure at `figure`, so that every
 * phrasing of one purchase gives the price one key: subject the target, qualifier the buyer.
 * 'A bought B for $N', 'A paid $N for B', 'B was sold to A for $N', 'B was acquired by A for $N',
 * "A's $N acquisition of B", 'the $N deal for B', 'B, which A bought for $N' all give target B and buyer A.
 */
export function dealParties(ctx: SentenceContext, clause: { start: number; end: number }, figure: { start: number; end: number }, actor: SentenceMention | undefined): DealParties {
  // A business typed a product by its description ('Khatwa, an Amman-based courier app') is still what was bought.
  const orgs = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && (m.type === 'organization' || (m.type === 'product' && m !== actor)) && !m.place);
  const gapBefore = (m: SentenceMention): string => ctx.text.slice(Math.max(clause.start, m.start - 60), m.start);
  // After the figure: 'for B', 'acquisition of B'.
  const afterFigure = orgs.find((m) => m.start >= figure.end && m.entity !== actor?.entity && (DEAL_NOUN_AFTER.test(ctx.text.slice(figure.end, m.start)) || FOR_AFTER.test(ctx.text.slice(figure.end, m.start))));
  // Before it: 'bought B', 'takeover of B'.
  const bought = orgs.find((m) => m.end <= figure.start && m.entity !== actor?.entity && BUY_BEFORE.test(gapBefore(m)));
  // 'B was sold to A', 'C sold B to A': A after 'to'.
  const soldTo = orgs.find((m) => m.end <= figure.start && SOLD_TO.test(gapBefore(m)));
  // A possessive right before the figure owns the deal: "A's $N acquisition of B".
  const possessive = [...orgs].reverse().find((m) => m.end <= figure.start && m.possessive && /^['’‘]s?\s*(?:[\p{L}-]+\s+)?$/u.test(ctx.text.slice(m.end, figure.start)));
  const passive = actor !== undefined && PASSIVE_BUY.test(ctx.text.slice(actor.end, figure.start).split(/\b(?:by|to)\b/u)[0] ?? '');
  if (passive && actor) {
    // 'B was acquired by A for $N' / 'B was sold to A for $N'.
    const agent = byAgent(ctx, actor.end, figure.start) ?? soldTo;
    return { target: actor, buyer: agent && agent.entity !== actor.entity ? agent : undefined };
  }
  if (actor && SELL_VERB.test(ctx.text.slice(actor.end, figure.start))) {
    // 'C sold B to A for $N': B if named, else what C sold is its own (a unit) and C stands for it.
    const what = orgs.find((m) => m.start > actor.end && m.end <= figure.start && m.entity !== soldTo?.entity && m.entity !== actor.entity);
    const target = what ?? actor;
    return { target, buyer: soldTo && soldTo.entity !== target.entity ? soldTo : undefined };
  }
  const relative =
    actor && BUY_WITHOUT_OBJECT.test(ctx.text.slice(actor.end, figure.start))
      ? ctx.mentions.filter((m) => m.end <= actor.start && m.type === 'organization' && !m.place && m.entity !== actor.entity && RELATIVE_BEFORE.test(ctx.text.slice(m.end, actor.start))).pop()
      : undefined;
  // 'X, the Uruguayan beef exporter it bought in January, for which it paid N': what 'which' stands for.
  const forWhich = FOR_WHICH_PAID.exec(ctx.text.slice(ctx.sentence.start, figure.start));
  const forWhichAt = forWhich ? ctx.sentence.start + forWhich.index : -1;
  const paidFor = forWhich ? ctx.mentions.filter((m) => m.end <= forWhichAt && (m.type === 'organization' || m.type === 'product') && !m.place && m.entity !== actor?.entity && !m.possessive).pop() : undefined;
  const target = afterFigure ?? bought ?? relative ?? paidFor;
  const buyer = possessive && possessive.entity !== target?.entity ? possessive : actor;
  if (!target) return { buyer };
  return { target, buyer: buyer && buyer.entity !== target.entity ? buyer : undefined };
}
