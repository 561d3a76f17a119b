// Words and formats of the pages: Simplified Chinese first, English on request. Each area
// of the pages registers its own messages (registerMessages) so that no file holds them all.
import { ref } from './vendor.js';

const STORED_LOCALE = 'gongkai.locale';

/** The current language: 'zh' (default) or 'en'. Reactive: pages re-render when it changes. */
export const locale = ref(localStorage.getItem(STORED_LOCALE) === 'en' ? 'en' : 'zh');

const messages = { zh: {}, en: {} };

/** Adds an area's messages: { zh: { key: text }, en: { key: text } }. */
export function registerMessages(areaMessages) {
  Object.assign(messages.zh, areaMessages.zh);
  Object.assign(messages.en, areaMessages.en);
}

/** Switches the language and remembers the choice in this browser. */
export function setLocale(next) {
  locale.value = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(STORED_LOCALE, locale.value);
  document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';
}

/**
 * The text of a key in the current language, with {name} placeholders filled from params.
 * A missing key shows itself, so that it is seen and fixed.
 */
export function t(key, params = {}) {
  const text = messages[locale.value][key] ?? messages.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] ?? whole));
}

/**
 * The Accept-Language every API call sends, so that the services answer their problems
 * (title, detail, field errors) in the language of the page.
 */
export function acceptLanguage() {
  return locale.value === 'en' ? 'en' : 'zh-CN,zh;q=0.9';
}

function bcp47() {
  return locale.value === 'en' ? 'en-GB' : 'zh-CN';
}

/** A count or amount with digit grouping; '—' when not reported (null or undefined). */
export function formatNumber(value, fractionDigits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  return new Intl.NumberFormat(bcp47(), { maximumFractionDigits: fractionDigits }).format(value);
}

/** English names of the units the APIs give in Chinese (件, 元, ...). */
const ENGLISH_UNITS = { '件': '', '元': 'yuan', '万元': '10,000 yuan', '次': 'visits', '条': 'items', '人': 'persons', '人次': 'person-times', '个': '', '份': 'reports', '天': 'days', '件/万人': 'per 10,000 inhabitants' };

/**
 * A number followed by its unit, the unit as the APIs give it (件, 元, %, ...): in Chinese
 * as 1,234件, in English as 1,234 yuan. '—' when not reported.
 */
export function formatWithUnit(value, unit, fractionDigits = 0) {
  const number = formatNumber(value, fractionDigits);
  if (number === '—' || !unit) {
    return number;
  }
  if (unit === '%') {
    return number + '%';
  }
  const name = unitName(unit);
  if (locale.value === 'zh') {
    return number + name;
  }
  return name ? number + ' ' + name : number;
}

/** A unit as the APIs give it (件, 元, ...) in the current language, for labels beside inputs. */
export function unitName(unit) {
  if (!unit || locale.value === 'zh') {
    return unit || '';
  }
  return ENGLISH_UNITS[unit] ?? unit;
}

/** A date (ISO string or Date) as 2026年3月31日 or 31 Mar 2026. */
export function formatDate(value) {
  if (!value) {
    return '—';
  }
  const date = typeof value === 'string' ? new Date(value.length === 10 ? value + 'T00:00:00' : value) : value;
  return new Intl.DateTimeFormat(bcp47(), { year: 'numeric', month: locale.value === 'en' ? 'short' : 'long', day: 'numeric' }).format(date);
}

/** A date and time, for audit entries and progress. */
export function formatDateTime(value) {
  if (!value) {
    return '—';
  }
  return new Intl.DateTimeFormat(bcp47(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

registerMessages({
  zh: {
    'app.name': '公开',
    'app.subtitle': '政府信息公开工作年度报告',
    'nav.menu': '主菜单',
    'nav.signOut': '退出登录',
    'nav.language': 'English',
    'nav.skip': '跳到正文',
    'nav.languageLabel': '切换到英文',
    'common.loading': '正在加载…',
    'common.retry': '重试',
    'common.save': '保存',
    'common.cancel': '取消',
    'common.close': '关闭',
    'common.year': '年度',
    'common.province': '省份',
    'common.agency': '机关',
    'common.status': '状态',
    'common.actions': '操作',
    'common.none': '暂无',
    'common.download': '下载',
    'common.error': '出错了',
    'api.signedOut': '已退出登录',
    'api.sessionEnded': '登录已过期，正在重新登录。',
    'api.failed': '请求失败（HTTP {status}）',
    'common.notFound': '没有这个页面。',
    'common.notFoundTitle': '找不到这个页面',
    'common.notFoundItem': '地址 {path} 所指的内容不存在，或不在您可以查看的范围内。',
    'common.backHome': '返回首页',
    'common.noAccess': '您的账号不能查看此页面。',
    'common.home': '首页',
    'status.not_started': '未开始',
    'status.draft': '草稿',
    'status.submitted': '已提交',
    'status.returned': '已退回',
    'status.accepted': '已通过',
    'status.published': '已发布',
    'status.late': '逾期',
    'role.agency-reporter': '机关填报人',
    'role.provincial-coordinator': '省级协调员',
    'role.national-analyst': '全国分析员',
    'role.platform-admin': '平台管理员',
  },
  en: {
    'app.name': 'Gongkai',
    'app.subtitle': 'Government information disclosure annual reports',
    'nav.menu': 'Main menu',
    'nav.signOut': 'Sign out',
    'nav.language': '中文',
    'nav.skip': 'Skip to content',
    'nav.languageLabel': 'Switch to Chinese',
    'common.loading': 'Loading…',
    'common.retry': 'Try again',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.year': 'Year',
    'common.province': 'Province',
    'common.agency': 'Agency',
    'common.status': 'State',
    'common.actions': 'Actions',
    'common.none': 'None',
    'common.download': 'Download',
    'common.error': 'Something went wrong',
    'api.signedOut': 'Signed out',
    'api.sessionEnded': 'Your session has ended; signing in again.',
    'api.failed': 'Request failed (HTTP {status})',
    'common.notFound': 'There is no such page.',
    'common.notFoundTitle': 'Not found',
    'common.notFoundItem': 'What the address {path} names does not exist, or is not yours to see.',
    'common.backHome': 'Back to the first page',
    'common.noAccess': 'Your account cannot see this page.',
    'common.home': 'Home',
    'status.not_started': 'Not started',
    'status.draft': 'Draft',
    'status.submitted': 'Submitted',
    'status.returned': 'Returned',
    'status.accepted': 'Accepted',
    'status.published': 'Published',
    'status.late': 'Late',
    'role.agency-reporter': 'Agency reporter',
    'role.provincial-coordinator': 'Provincial coordinator',
    'role.national-analyst': 'National analyst',
    'role.platform-admin': 'Platform administrator',
  },
});
