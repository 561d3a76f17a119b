// The coordinator's comments on one place of a report (the report, a section, a cell or
// a figure), as the report API keeps them on a version: { target, ref, text, author, authorName, at };
// the author is shown by name, the login name only for comments recorded before names were.
import { formatDateTime, t } from '../i18n.js';

export const CommentList = {
  props: { comments: { type: Array, default: () => [] } },
  setup() {
    return { t, formatDateTime };
  },
  template: `
    <ul v-if="comments.length" class="comments" :aria-label="t('report.comments')">
      <li v-for="(comment, index) in comments" :key="index" class="comment" data-test="comment">
        <span class="comment-meta">{{ t('report.comment.by', { author: comment.authorName || comment.author, at: formatDateTime(comment.at) }) }}</span>
        <span class="comment-text">{{ comment.text }}</span>
      </li>
    </ul>`,
};

/** Comments grouped by what they concern: { report: [], section: {s1: []}, cell: {}, metric: {} }. */
export function commentsByPlace(comments) {
  const places = { report: [], section: {}, cell: {}, metric: {} };
  for (const comment of comments || []) {
    if (comment.target === 'report' || !places[comment.target]) {
      places.report.push(comment);
    }
    else {
      (places[comment.target][comment.ref] ||= []).push(comment);
    }
  }
  return places;
}
