// The province-level divisions, with their names in both languages, and their place on the
// tile-grid map. Names and whether a division is a tenant come from tenant-service's
// provinces.csv, the one list of them, which the build serves with the pages
// (/app/provinces.csv); this file keeps only where each tile lies. The module waits for
// the list, so that every page that imports it names provinces from the first render.
import { locale } from './i18n.js';

/** Where each division's tile lies on the map: code, column, row; in map order (row by row, west to east). */
const TILES = [
  ['230000', 7, 0],
  ['650000', 0, 1],
  ['660000', 1, 1],
  ['150000', 4, 1],
  ['110000', 5, 1],
  ['120000', 6, 1],
  ['220000', 7, 1],
  ['630000', 1, 2],
  ['620000', 2, 2],
  ['640000', 3, 2],
  ['140000', 4, 2],
  ['130000', 5, 2],
  ['370000', 6, 2],
  ['210000', 7, 2],
  ['540000', 1, 3],
  ['510000', 2, 3],
  ['610000', 3, 3],
  ['410000', 4, 3],
  ['340000', 5, 3],
  ['320000', 6, 3],
  ['310000', 7, 3],
  ['530000', 2, 4],
  ['500000', 3, 4],
  ['420000', 4, 4],
  ['360000', 5, 4],
  ['330000', 6, 4],
  ['520000', 3, 5],
  ['430000', 4, 5],
  ['440000', 5, 5],
  ['350000', 6, 5],
  ['710000', 7, 5],
  ['450000', 4, 6],
  ['820000', 5, 6],
  ['810000', 6, 6],
  ['460000', 4, 7],
];

async function readDivisions() {
  const response = await fetch(new URL('./provinces.csv', import.meta.url));
  const [header, ...lines] = (await response.text()).split(/\r?\n/).filter((line) => line.trim());
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((field, index) => [columns[index], field.trim()])));
}

const BY_CODE = new Map((await readDivisions()).map((division) => [division.code, {
  code: division.code,
  name: division.name,
  shortName: division.short_name,
  nameEn: division.name_en,
  shortNameEn: division.short_name_en,
  tenant: division.tenant === 'yes',
}]));

/**
 * Every division on the map in map order (row by row, west to east), which is also the
 * order of keyboard focus: code, Chinese and English names in full and short (on a tile),
 * column and row on the map, and whether it is a tenant of the platform (Taiwan, Hong Kong
 * and Macao are on the map but do not report here).
 */
export const MAP_DIVISIONS = TILES.filter(([code]) => BY_CODE.has(code))
  .map(([code, column, row]) => ({ ...BY_CODE.get(code), column, row }));

/** The platform's tenants in code order, as the API lists provinces. */
export const TENANTS = [...BY_CODE.values()].filter((division) => division.tenant).sort((a, b) => a.code.localeCompare(b.code));

/** Whether a code is one of the platform's tenants. */
export function isTenant(code) {
  return BY_CODE.get(code)?.tenant === true;
}

/** A division's full name in the current language; the code itself if unknown. */
export function provinceName(code) {
  const division = BY_CODE.get(code);
  if (!division) {
    return code;
  }
  return locale.value === 'en' ? division.nameEn : division.name;
}

/** The short name on a map tile: 辽宁, Liaoning. */
export function tileName(division) {
  return locale.value === 'en' ? division.shortNameEn : division.shortName;
}
