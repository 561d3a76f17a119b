// The province-level divisions (provinces.csv of the domain), with their names in both
// languages and their place on the tile-grid map. The analytics API names only the rows it
// returns, in Chinese; the map needs every division, with or without data, in either
// language, so names and positions are kept together here.
import { locale } from './i18n.js';

/**
 * Every division in map order (row by row, west to east), which is also the order of
 * keyboard focus: code, Chinese and English names in full and short (on a tile), column and
 * row on the map, and whether it is a tenant of the platform (Taiwan, Hong Kong and Macao
 * are on the map but do not report here).
 */
export const MAP_DIVISIONS = [
  ['230000', '黑龙江省', '黑龙江', 'Heilongjiang', 'Heilongjiang', 7, 0, true],
  ['650000', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'Xinjiang', 0, 1, true],
  ['660000', '新疆生产建设兵团', '兵团', 'Xinjiang Production and Construction Corps', 'XPCC', 1, 1, true],
  ['150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'Inner Mongolia', 4, 1, true],
  ['110000', '北京市', '北京', 'Beijing', 'Beijing', 5, 1, true],
  ['120000', '天津市', '天津', 'Tianjin', 'Tianjin', 6, 1, true],
  ['220000', '吉林省', '吉林', 'Jilin', 'Jilin', 7, 1, true],
  ['630000', '青海省', '青海', 'Qinghai', 'Qinghai', 1, 2, true],
  ['620000', '甘肃省', '甘肃', 'Gansu', 'Gansu', 2, 2, true],
  ['640000', '宁夏回族自治区', '宁夏', 'Ningxia', 'Ningxia', 3, 2, true],
  ['140000', '山西省', '山西', 'Shanxi', 'Shanxi', 4, 2, true],
  ['130000', '河北省', '河北', 'Hebei', 'Hebei', 5, 2, true],
  ['370000', '山东省', '山东', 'Shandong', 'Shandong', 6, 2, true],
  ['210000', '辽宁省', '辽宁', 'Liaoning', 'Liaoning', 7, 2, true],
  ['540000', '西藏自治区', '西藏', 'Xizang', 'Xizang', 1, 3, true],
  ['510000', '四川省', '四川', 'Sichuan', 'Sichuan', 2, 3, true],
  ['610000', '陕西省', '陕西', 'Shaanxi', 'Shaanxi', 3, 3, true],
  ['410000', '河南省', '河南', 'Henan', 'Henan', 4, 3, true],
  ['340000', '安徽省', '安徽', 'Anhui', 'Anhui', 5, 3, true],
  ['320000', '江苏省', '江苏', 'Jiangsu', 'Jiangsu', 6, 3, true],
  ['310000', '上海市', '上海', 'Shanghai', 'Shanghai', 7, 3, true],
  ['530000', '云南省', '云南', 'Yunnan', 'Yunnan', 2, 4, true],
  ['500000', '重庆市', '重庆', 'Chongqing', 'Chongqing', 3, 4, true],
  ['420000', '湖北省', '湖北', 'Hubei', 'Hubei', 4, 4, true],
  ['360000', '江西省', '江西', 'Jiangxi', 'Jiangxi', 5, 4, true],
  ['330000', '浙江省', '浙江', 'Zhejiang', 'Zhejiang', 6, 4, true],
  ['520000', '贵州省', '贵州', 'Guizhou', 'Guizhou', 3, 5, true],
  ['430000', '湖南省', '湖南', 'Hunan', 'Hunan', 4, 5, true],
  ['440000', '广东省', '广东', 'Guangdong', 'Guangdong', 5, 5, true],
  ['350000', '福建省', '福建', 'Fujian', 'Fujian', 6, 5, true],
  ['710000', '台湾省', '台湾', 'Taiwan', 'Taiwan', 7, 5, false],
  ['450000', '广西壮族自治区', '广西', 'Guangxi', 'Guangxi', 4, 6, true],
  ['820000', '澳门特别行政区', '澳门', 'Macao', 'Macao', 5, 6, false],
  ['810000', '香港特别行政区', '香港', 'Hong Kong', 'Hong Kong', 6, 6, false],
  ['460000', '海南省', '海南', 'Hainan', 'Hainan', 4, 7, true],
].map(([code, name, shortName, nameEn, shortNameEn, column, row, tenant]) => (
  { code, name, shortName, nameEn, shortNameEn, column, row, tenant }));

const BY_CODE = new Map(MAP_DIVISIONS.map((division) => [division.code, division]));

/** The platform's tenants in code order, as the API lists provinces. */
export const TENANTS = MAP_DIVISIONS.filter((division) => division.tenant).sort((a, b) => a.code.localeCompare(b.code));

/** A division's full name in the current language; the code itself if unknown. */
/** Whether a code is one of the platform's tenants. */
export function isTenant(code) {
  return BY_CODE.get(code)?.tenant === true;
}

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
