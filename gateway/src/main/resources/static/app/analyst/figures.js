// The figures analysts compare (GET /api/analytics/figures), how their values are written,
// and the years a view opens on.
import { getJson, query } from '../api.js';
import { formatNumber, formatWithUnit, locale, t, unitName } from '../i18n.js';

/** The figure a view opens with when its address names none: the request volume. */
const DEFAULT_FIGURE = 'requests.received';

/** The first year reports exist for (the 2007 条例 took effect in 2008), as the API checks. */
export const FIRST_YEAR = 2008;

/** How many years the API answers at most in one range. */
const MAX_SPAN = 30;

let catalogue = null;

/** The catalogue, read once per visit: it changes only with a release of the service. */
export function loadFigures() {
  if (!catalogue) {
    catalogue = getJson('/api/analytics/figures').catch((error) => {
      catalogue = null;
      throw error;
    });
  }
  return catalogue;
}

/** The figure with this id (from the address), or the default one. */
export function figureOrDefault(figures, id) {
  return figures.find((figure) => figure.id === id)
    || figures.find((figure) => figure.id === DEFAULT_FIGURE)
    || figures[0];
}

/** A figure's name in the current language. */
export function figureName(figure) {
  return locale.value === 'en' ? figure.nameEn : figure.name;
}

/** What to keep in mind when comparing a figure, in the current language; null when nothing. */
export function figureNote(figure) {
  return (locale.value === 'en' ? figure.noteEn : figure.note) || null;
}

/**
 * How a rate or a figure per capita is computed, in the names of the figures it relates;
 * null for a counted figure (its comparability says which reports state it).
 */
export function formulaInWords(figure, figures) {
  const names = (ids) => ids.map((id) => {
    const used = figures.find((each) => each.id === id);
    return used ? figureName(used) : id;
  }).join(' + ');
  if (figure.kind === 'rate') {
    return t('analyst.formula.rate', { numerator: names(figure.numerator), denominator: names(figure.denominator) });
  }
  if (figure.kind === 'per_capita') {
    return t('analyst.formula.perCapita', { numerator: names(figure.numerator) });
  }
  return null;
}

/** A figure's value with its unit (1,234件, 56.78%); '—' when not reported. */
export function formatValue(value, unit) {
  return formatWithUnit(value, unit, 2);
}

/**
 * A label with the unit of its values, for a column header or an option: 数值（件）, Value
 * (yuan). English leaves plain counts (件) without a unit word, as after a number.
 */
export function withUnit(label, unit) {
  const name = unitName(unit);
  // A name that says its unit already (Requests received per 10,000 inhabitants) keeps it once.
  return name && !label.includes(name) ? t('analyst.withUnit', { label, unit: name }) : label;
}

/** The first to the third quartile of a figure's values (API Quartiles), as 20件 — 64件. */
export function formatQuartiles(quartiles, unit) {
  if (quartiles.q1 === null) {
    return '—';
  }
  return t('analyst.range', { from: formatValue(quartiles.q1, unit), to: formatValue(quartiles.q3, unit) });
}

/** A ratio from one year to the next, as ×6.2. */
export function formatRatio(ratio) {
  return ratio === null || ratio === undefined ? '—' : '×' + formatNumber(ratio, 2);
}

/**
 * The current year as the API counts it: the last one it accepts. UTC, as the service
 * does, so that a browser already in the new year (China is UTC+8) asks for no year the
 * service would refuse.
 */
export function currentYear() {
  return new Date().getUTCFullYear();
}

/** Every year one may ask for, latest first. */
export function askableYears() {
  const years = [];
  for (let year = currentYear(); year >= FIRST_YEAR; year--) {
    years.push(year);
  }
  return years;
}

/**
 * The first and last years with accepted reports the caller may count (from the national
 * completeness rows), so that views open on data rather than on empty recent years; the
 * ten years up to last year, as the API's own default, when there are none.
 */
async function reportedYears() {
  const last = currentYear();
  const view = await getJson('/api/analytics/completeness' + query({ from: Math.max(FIRST_YEAR, last - MAX_SPAN + 1), to: last }));
  const years = view.national.filter((row) => row.accepted > 0).map((row) => row.year);
  if (!years.length) {
    return { from: Math.max(FIRST_YEAR, last - 10), to: last - 1 };
  }
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** A year from the address when it is one, otherwise null. */
export function yearOf(text) {
  const year = Number.parseInt(text, 10);
  return Number.isInteger(year) ? year : null;
}

/** The year of the page's address, or the latest with accepted reports. */
export async function chosenYear(choices) {
  return yearOf(choices.year) ?? (await reportedYears()).to;
}

/** The range of years of the page's address; what it lacks, the span with accepted reports. */
export async function chosenYears(choices) {
  const from = yearOf(choices.from);
  const to = yearOf(choices.to);
  if (from && to) {
    return { from, to };
  }
  const reported = await reportedYears();
  return { from: from ?? reported.from, to: to ?? reported.to };
}
