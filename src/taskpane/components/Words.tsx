import * as React from "react";

type Segment = { segment: string; isWordLike?: boolean };
type Segmenter = { segment(text: string): Iterable<Segment> };
let segmenter: Segmenter | null | undefined;

/** Chinese word boundaries from the browser's own dictionary (Intl.Segmenter); the text whole where it is missing. */
function segments(text: string): Segment[] {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor("zh-CN", { granularity: "word" }) : null;
  }
  return segmenter ? Array.from(segmenter.segment(text)) : [{ segment: text, isWordLike: true }];
}

const OPENING = /^[“‘（《【〔[(]/;
/** A segment that ends in a figure (5, 91.75, 85%): the unit after it stays on its line. */
const NUMBER = /\d%?$/;
/**
 * A piece the browser would still break inside, though it is one: a figure, a space and its unit (“5 处”), or a
 * closing mark before more of the piece (“0）= ”, where it breaks after “）”).
 */
const HOLD = /\d%?\s+\S|[）」』】〕〉”’)\]][^\s，。；、：！？）》」』】〕〉”’)\]]/;
/** Longer pieces keep the browser's breaks (overflow-wrap): a held piece must fit a line at 200% zoom. */
const HOLD_AT_MOST = 12;
/** A short name in quotes (“插入模板”, “效果性”) is kept on one line when it fits. */
const QUOTED = /“[^“”]{1,12}”/g;

/** A piece of text between break opportunities; a group is a quoted name, whole when it fits, else at its words. */
export type Piece = string | { group: string[] };

/**
 * Where a line may break: before a word or an opening bracket or quote, never after an opening one, and never before
 * closing punctuation (，。、）” stay at the end of their line). Short quoted names become groups.
 */
export function breakable(text: string): Piece[] {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
  const pieces: Piece[] = [];
  let previous: Segment | undefined;
  let group: { group: string[]; end: number } | undefined;
  let at = 0;
  let beforePrevious: Segment | undefined;
  for (const s of segments(text)) {
    // A number keeps its unit or measure word: “5 处”, “2 分”, never “5” / “处”.
    const unit = NUMBER.test((/^\s+$/.test(previous?.segment ?? "") ? beforePrevious : previous)?.segment ?? "");
    const canBreak =
      previous !== undefined &&
      !OPENING.test(previous.segment) &&
      !unit &&
      (s.isWordLike === true || OPENING.test(s.segment));
    const opens = quoted.find(([start]) => start === at);
    if (opens) {
      group = { group: [s.segment], end: opens[1] };
      pieces.push(group);
    } else if (group && at < group.end) {
      const list = group.group;
      if (canBreak) list.push(s.segment);
      else list[list.length - 1] += s.segment;
    } else {
      const last = pieces[pieces.length - 1];
      if (canBreak || last === undefined) pieces.push(s.segment);
      else if (typeof last === "string") pieces[pieces.length - 1] = last + s.segment;
      else last.group[last.group.length - 1] += s.segment; // closing punctuation stays with the name before it
      group = undefined;
    }
    beforePrevious = previous;
    previous = s;
    at += s.segment.length;
  }
  return pieces;
}

const KEEP: React.CSSProperties = { display: "inline-block", maxWidth: "100%" };
const NOWRAP: React.CSSProperties = { whiteSpace: "nowrap" };

/** A piece as text, or as text that does not wrap where the browser would break it inside. */
function figures(piece: string): React.ReactNode {
  return piece.length <= HOLD_AT_MOST && HOLD.test(piece) ? (
    <span className="perf-nowrap" style={NOWRAP}>
      {piece}
    </span>
  ) : (
    piece
  );
}

function render(pieces: readonly string[]): React.ReactNode[] {
  return pieces.map((piece, k) => (
    <React.Fragment key={k}>
      {k > 0 ? <wbr /> : null}
      {figures(piece)}
    </React.Fragment>
  ));
}

/**
 * Text that wraps only between words: “部门整体绩效” / “评价评分”, never “部门绩” / “效”, nor “5” / “处”. Each
 * word is its own text node with a break opportunity (<wbr>) before it, and `word-break: keep-all` forbids breaks inside; a quoted name
 * moves to the next line whole (an inline block) unless it is wider than the line; a word longer than the line still
 * breaks (overflow-wrap), so nothing runs out of the pane.
 */
export const Words: React.FC<{ text: string }> = ({ text }) => (
  <span className="perf-words" style={{ wordBreak: "keep-all", overflowWrap: "anywhere" }}>
    {breakable(text).map((piece, k) => (
      <React.Fragment key={k}>
        {k > 0 ? <wbr /> : null}
        {typeof piece === "string" ? figures(piece) : <span style={KEEP}>{render(piece.group)}</span>}
      </React.Fragment>
    ))}
  </span>
);
