// Validation findings as the report API gives them: { key, rule, severity, cells,
// blankCells, expected, found, message (zh), messageEn, explanation }. Shown with the
// rule's name in words and the cells they concern named by the template's labels,
// grouped by table and row, each cell once.
import { locale, t } from '../i18n.js';
import './messages.js';

export function isError(finding) {
  return finding.severity === 'ERROR';
}

/** The finding's message in the language of the pages. */
export function findingMessage(finding) {
  return locale.value === 'en' && finding.messageEn ? finding.messageEn : finding.message;
}

/** The rule that found it, in words (表内勾稽, 跨年衔接, 必填部分 …). */
export function ruleName(rule) {
  const key = 'report.rule.' + rule;
  const name = t(key);
  return name === key ? rule : name;
}

/** The id of the element that describes a finding, for aria-describedby. */
export function findingElementId(finding) {
  return 'finding-' + finding.key;
}

/**
 * The cells a finding points at: the blank cells it needs filled when there are, else
 * every cell of its equation.
 */
export function cellsToMark(finding) {
  return finding.blankCells?.length ? finding.blankCells : finding.cells || [];
}

/** cellId → { table, place, name }: where a cell is (its row, or for T4 its group) and its column's label. */
function cellPlaces(template) {
  const places = {};
  for (const table of template?.tables ?? []) {
    const rows = Object.fromEntries(table.rows.map((row) => [row.id, row]));
    const columns = Object.fromEntries(table.columns.map((column) => [column.id, column]));
    const oneRow = table.rows.filter((row) => row.holdsCells).length === 1;
    for (const cell of table.cells) {
      const column = columns[cell.columnId];
      const group = oneRow ? columns[column?.parentId] : rows[cell.rowId];
      places[cell.id] = { table: table.id, place: group?.label ?? rows[cell.rowId]?.label ?? '', name: column?.label ?? cell.label };
    }
  }
  return places;
}

const placesByTemplate = new WeakMap();

/**
 * The cells a finding points at, grouped by table and row: [{ table, place, names }],
 * each cell named once by its column's label; cells the template does not know are left out.
 */
export function cellGroups(finding, template) {
  if (!template) {
    return [];
  }
  if (!placesByTemplate.has(template)) {
    placesByTemplate.set(template, cellPlaces(template));
  }
  const places = placesByTemplate.get(template);
  const groups = new Map();
  for (const cellId of new Set(cellsToMark(finding))) {
    const place = places[cellId];
    if (!place) {
      continue;
    }
    const key = place.table + '|' + place.place;
    if (!groups.has(key)) {
      groups.set(key, { table: place.table, place: place.place, names: [] });
    }
    if (!groups.get(key).names.includes(place.name)) {
      groups.get(key).names.push(place.name);
    }
  }
  return [...groups.values()];
}

/** The cells of a finding as lines: "T3 本年新收…：自然人、商业企业". */
export const FindingCells = {
  props: { finding: { type: Object, required: true }, template: { type: Object, default: null } },
  setup() {
    return { t, cellGroups };
  },
  template: `
    <ul v-if="cellGroups(finding, template).length" class="finding-cells" data-test="finding-cells">
      <li v-for="group in cellGroups(finding, template)" :key="group.table + group.place">
        {{ t('report.finding.cells', { table: group.table, place: group.place, cells: group.names.join(t('report.finding.separator')) }) }}
      </li>
    </ul>`,
};

/**
 * A list of findings, each with its rule in words, its severity in words and colour, and its
 * cells; with `explained`, a warning shows beside it the explanation the agency gave.
 */
export const FindingList = {
  components: { FindingCells },
  props: {
    findings: { type: Array, required: true },
    template: { type: Object, default: null },
    explained: { type: Boolean, default: false },
  },
  setup() {
    return { t, isError, findingMessage, findingElementId, ruleName };
  },
  template: `
    <ul v-if="findings.length" class="findings">
      <li v-for="finding in findings" :key="finding.key" :id="findingElementId(finding)"
          :class="isError(finding) ? 'finding-error' : 'finding-warning'" :data-test="'finding-' + finding.key">
        <strong>{{ t(isError(finding) ? 'report.finding.error' : 'report.finding.warning') }} · {{ ruleName(finding.rule) }}</strong>
        {{ findingMessage(finding) }}
        <FindingCells :finding="finding" :template="template" />
        <p v-if="explained && !isError(finding)" class="finding-explanation" data-test="finding-explanation">
          <template v-if="finding.explanation">{{ t('report.finding.explanation') }}{{ finding.explanation }}</template>
          <span v-else class="muted">{{ t('report.finding.unexplained') }}</span></p>
      </li>
    </ul>`,
};
