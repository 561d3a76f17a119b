// How a table of the template is laid out on screen, from the rows, columns and cells the
// template endpoint gives: a grid has header rows (column groups over their columns) and
// body rows (group rows as headings, then rows of cells).
// - T3: one grid, every row against the applicant columns.
// - T2: each row has its own columns, so consecutive rows with the same columns make one
//   grid each (规章 and 规范性文件 share 制发/废止/现行有效, …).
// - T4: a single row of 15 cells, shown turned: one row per group (行政复议, 行政诉讼 with
//   未经复议直接起诉 and 复议后起诉) against the outcomes they share (维持, 纠正, …, 总计).

function byId(list) {
  return Object.fromEntries(list.map((item) => [item.id, item]));
}

function depthOf(item, items) {
  let depth = 0;
  for (let parent = items[item.parentId]; parent; parent = items[parent.parentId]) {
    depth++;
  }
  return depth;
}

/** Header rows for the given leaf columns: each group spans its leaves, a leaf spans down. */
function headerRows(columns, leaves) {
  const all = byId(columns);
  const shown = new Set();
  for (const leaf of leaves) {
    for (let column = leaf; column; column = all[column.parentId]) {
      shown.add(column.id);
    }
  }
  const levels = Math.max(...leaves.map((leaf) => depthOf(leaf, all))) + 1;
  const leafCount = (column) => leaves.filter((leaf) => {
    for (let up = leaf; up; up = all[up.parentId]) {
      if (up.id === column.id) {
        return true;
      }
    }
    return false;
  }).length;
  const rows = Array.from({ length: levels }, () => []);
  for (const column of columns.filter((item) => shown.has(item.id))) {
    const depth = depthOf(column, all);
    const isLeaf = leaves.includes(column);
    rows[depth].push({ id: column.id, label: column.label, colspan: leafCount(column), rowspan: isLeaf ? levels - depth : 1 });
  }
  return rows;
}

function cellFinder(table) {
  const cells = {};
  for (const cell of table.cells) {
    cells[cell.rowId + '|' + cell.columnId] = cell;
  }
  return (rowId, columnId) => cells[rowId + '|' + columnId] || null;
}

/** Rows (group rows included) against the columns their cells use. */
function matrix(table, rows) {
  const cellAt = cellFinder(table);
  const used = new Set(table.cells.filter((cell) => rows.some((row) => row.id === cell.rowId)).map((cell) => cell.columnId));
  const parents = new Set(table.columns.map((column) => column.parentId));
  const leaves = table.columns.filter((column) => used.has(column.id) && !parents.has(column.id));
  const allRows = byId(table.rows);
  return {
    id: table.id + '-' + rows[0].id,
    headers: headerRows(table.columns, leaves),
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      depth: depthOf(row, allRows),
      cells: row.holdsCells ? leaves.map((column) => cellAt(row.id, column.id)) : null,
    })),
  };
}

/** Consecutive rows with the same columns (T2), group rows kept with the rows they head. */
function blocksOfSameColumns(table) {
  const columnsOf = (row) => table.cells.filter((cell) => cell.rowId === row.id).map((cell) => cell.columnId).join(',');
  const blocks = [];
  let last = null;
  for (const row of table.rows) {
    const key = row.holdsCells ? columnsOf(row) : last;
    if (!blocks.length || key !== last) {
      blocks.push([]);
    }
    blocks[blocks.length - 1].push(row);
    last = key;
  }
  return blocks;
}

/** A single row of grouped columns, turned: each group of leaves becomes a row. */
function turned(table) {
  const all = byId(table.columns);
  const parents = new Set(table.columns.map((column) => column.parentId));
  const groups = table.columns.filter((column) => parents.has(column.id));
  const holding = groups.filter((group) => table.columns.some((column) => column.parentId === group.id && !parents.has(column.id)));
  const outcomeLabels = [...new Set(table.columns.filter((column) => column.parentId && !parents.has(column.id)).map((column) => column.label))];
  const cellOf = Object.fromEntries(table.cells.map((cell) => [cell.columnId, cell]));
  return {
    id: table.id,
    headers: [outcomeLabels.map((label) => ({ id: label, label, colspan: 1, rowspan: 1 }))],
    rows: groups.map((group) => ({
      id: group.id,
      label: group.label,
      depth: depthOf(group, all),
      cells: holding.includes(group)
        ? outcomeLabels.map((label) => {
          const column = table.columns.find((item) => item.parentId === group.id && item.label === label);
          return column ? cellOf[column.id] || null : null;
        })
        : null,
    })),
  };
}

/** The grids a table is shown as. */
export function gridsOf(table) {
  const cellRows = table.rows.filter((row) => row.holdsCells);
  if (cellRows.length === 1) {
    return [turned(table)];
  }
  return blocksOfSameColumns(table).map((rows) => matrix(table, rows));
}
