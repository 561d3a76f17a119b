// What changed between two texts, as runs of kept, removed and added text, for showing a
// changed section to a reviewer. Chinese has no spaces between words, so texts are compared
// character by character (longest common subsequence), after the common beginning and end
// are set aside; a pair of texts too long for that is shown as one removal and one addition.

/** Above this many character pairs the texts are shown as replaced whole. */
const MOST_PAIRS = 4_000_000;

/**
 * The runs that turn `before` into `after`: [{ kind: 'same' | 'removed' | 'added', text }],
 * in reading order, neighbouring runs of one kind joined.
 */
export function textDiff(before, after) {
  const from = Array.from(before ?? '');
  const to = Array.from(after ?? '');
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) {
    start++;
  }
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) {
    end++;
  }
  const runs = [];
  add(runs, 'same', from.slice(0, start).join(''));
  middle(runs, from.slice(start, from.length - end), to.slice(start, to.length - end));
  add(runs, 'same', from.slice(from.length - end).join(''));
  return runs;
}

function middle(runs, from, to) {
  if ((from.length + 1) * (to.length + 1) > MOST_PAIRS) {
    add(runs, 'removed', from.join(''));
    add(runs, 'added', to.join(''));
    return;
  }
  // common[i][j]: the longest common subsequence of from[i..] and to[j..]
  const width = to.length + 1;
  const common = new Uint32Array((from.length + 1) * width);
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      common[i * width + j] = from[i] === to[j] ? common[(i + 1) * width + j + 1] + 1
        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i] === to[j]) {
      add(runs, 'same', from[i]);
      i++;
      j++;
    }
    else if (i < from.length && (j === to.length || common[(i + 1) * width + j] >= common[i * width + j + 1])) {
      add(runs, 'removed', from[i]);
      i++;
    }
    else {
      add(runs, 'added', to[j]);
      j++;
    }
  }
}

function add(runs, kind, text) {
  if (!text) {
    return;
  }
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) {
    last.text += text;
  }
  else {
    runs.push({ kind, text });
  }
}
