// Counts with the noun they count, as the pages print every figure with its unit:
// 3个机关 in Chinese, 3 agencies (and 1 agency) in English.
import { formatNumber, locale, t } from '../i18n.js';

/** counted('agencies', 3): the message coordinator.count.<noun>, singular in English for one. */
export function counted(noun, value) {
  const key = 'coordinator.count.' + noun + (locale.value === 'en' && value === 1 ? '.one' : '');
  return t(key, { count: formatNumber(value) });
}
