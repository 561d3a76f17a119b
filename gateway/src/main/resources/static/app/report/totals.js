// Totals of the template's tables (the 总计 column of T3, its 办理结果总计 row, the 总计 of
// each group of T4), as the template endpoint lists them: { cellId, parts }. A blank
// cell is "not reported", never 0, so a sum counts only the parts that are filled in.

function isBlank(value) {
  return value === null || value === undefined;
}

/** The sum of the parts filled in; null when none is. */
export function sumOf(parts, cells) {
  const filled = parts.map((id) => cells[id]).filter((value) => !isBlank(value));
  return filled.length ? filled.reduce((sum, value) => sum + value, 0) : null;
}

/** Each total cell with the sums it should equal (a cell may be a row and a column total). */
export function sumsByTotal(totals, cells) {
  const sums = {};
  for (const total of totals) {
    (sums[total.cellId] ||= []).push(sumOf(total.parts, cells));
  }
  return sums;
}

/**
 * What typing `value` into `cellId` changes: that cell, and every total that followed its
 * parts before (blank, or equal to their sum), so that totals add up as the agency types
 * while a total it typed itself is left alone. Answers { cellId: value }, null for blank.
 * Totals never sum other totals of the same direction, so the changes do not loop.
 */
export function changesFor(cells, cellId, value, totals) {
  const after = { ...cells, [cellId]: value };
  const changes = { [cellId]: value };
  const pending = [cellId];
  while (pending.length) {
    const changed = pending.shift();
    for (const total of totals) {
      if (total.cellId === cellId || !total.parts.includes(changed)) {
        continue;
      }
      const before = cells[total.cellId];
      const followed = isBlank(before) || before === sumOf(total.parts, cells);
      const sum = sumOf(total.parts, after);
      if (followed && sum !== after[total.cellId]) {
        after[total.cellId] = sum;
        changes[total.cellId] = sum;
        pending.push(total.cellId);
      }
    }
  }
  return changes;
}
