// The official document as the public report page shows it, and the marks that show where
// a figure was read: its table cells, and the pieces of the sentence it was read from
// (the report API gives each as a paragraph's data-paragraph and offsets in its text).

/** Takes the body of the printed document, without anything that could run. */
export function printedBody(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script, iframe, object, embed, link, style, form').forEach((node) => node.remove());
  parsed.querySelectorAll('*').forEach((node) => {
    [...node.attributes].filter((attribute) => attribute.name.startsWith('on')).forEach((attribute) => node.removeAttribute(attribute.name));
  });
  // each figure cell has an anchor of its own: #cell-t3.new_received.total
  parsed.querySelectorAll('[data-cell]').forEach((cell) => { cell.id = 'cell-' + cell.dataset.cell; });
  return parsed.body.innerHTML;
}

/** Removes the marks of an earlier figure. */
function clear(article) {
  article.querySelectorAll('.traced').forEach((node) => node.classList.remove('traced'));
  article.querySelectorAll('mark.source').forEach((mark) => {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  });
}

/** Wraps the text of the element between two offsets of its text in <mark>s. */
function markText(element, from, to) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces = [];
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const end = offset + node.data.length;
    if (end > from && offset < to) {
      pieces.push({ node, start: Math.max(from, offset) - offset, end: Math.min(to, end) - offset });
    }
    offset = end;
  }
  let first = null;
  for (const piece of pieces) {
    const range = document.createRange();
    range.setStart(piece.node, piece.start);
    range.setEnd(piece.node, piece.end);
    const mark = document.createElement('mark');
    mark.className = 'source traced';
    range.surroundContents(mark);
    first = first || mark;
  }
  return first;
}

/**
 * Marks where the figures were read: [{ cells: [data-cell…], evidence: { printed: [{ paragraph, from, to }] } }].
 * Answers the first element marked, or null when nothing could be.
 */
export function markSources(article, figures) {
  clear(article);
  let first = null;
  for (const figure of figures) {
    for (const piece of (figure.evidence && figure.evidence.printed) || []) {
      const paragraph = article.querySelector(`[data-paragraph="${piece.paragraph}"]`);
      const mark = paragraph && markText(paragraph, piece.from, piece.to);
      first = first || mark;
    }
  }
  for (const figure of figures) {
    for (const id of figure.cells || []) {
      const cell = article.querySelector(`[data-cell="${CSS.escape(id)}"]`);
      if (cell) {
        cell.classList.add('traced');
        first = first || cell;
      }
    }
  }
  return first;
}

/**
 * The printed table of a legacy report's main figures (附：主要数据) is the platform's own
 * part of the document, not the agency's words: for an English reader its heading and
 * column headers are English, each row names its figure in English before the report's
 * phrase, quoted as printed (as the figures' sources do), and its unit is in English.
 * words: { heading, columns: [figure, value, unit], unit(figure) }.
 */
export function figuresPartInEnglish(article, figures, words) {
  const table = article.querySelector('table[data-table="figures"]');
  if (!table) return;
  const heading = table.previousElementSibling;
  if (heading && heading.tagName === 'H2') {
    heading.textContent = words.heading;
    heading.lang = 'en';
  }
  table.querySelectorAll('thead th').forEach((header, index) => {
    if (words.columns[index]) {
      header.textContent = words.columns[index];
      header.lang = 'en';
    }
  });
  for (const row of table.querySelectorAll('tbody tr')) {
    const cell = row.querySelector('[data-cell]');
    const figure = cell && figures.find((candidate) => (candidate.cells || []).includes(cell.dataset.cell));
    const [label, , unit] = row.children;
    if (!figure || !label || !unit) continue;
    label.textContent = figure.name + ' “' + label.textContent + '”';
    label.lang = 'en';
    unit.textContent = words.unit(figure);
    unit.lang = 'en';
  }
}
