// The glossary's entries in the groups every public page shows them in: the figures that
// legacy reports state (most of them template reports too), the figures only template
// reports state (2019 on), the rates likewise, and the figures per 10,000 inhabitants.
// Each group keeps the glossary's order.
import { t } from '../i18n.js';

const GROUPS = [
  { key: 'figures', title: 'public.figures', kind: 'figure', templateOnly: false },
  { key: 'template-figures', title: 'public.templateFigures', kind: 'figure', templateOnly: true },
  { key: 'rates', title: 'public.rates', kind: 'rate', templateOnly: false },
  { key: 'template-rates', title: 'public.templateRates', kind: 'rate', templateOnly: true },
  { key: 'per-capita', title: 'public.perCapitaFigures', kind: 'per-capita', templateOnly: false },
];

/** Whether only template reports (2019 on) state an entry. */
export function templateOnly(entry) {
  return entry.comparability === 'template_only';
}

/**
 * The groups that have entries, each { key, title, templateOnly, items }, in the page's
 * language; an entry's group is read from its glossary entry (kind, comparability).
 */
export function glossaryGroups(entries) {
  return GROUPS.map((group) => ({
    key: group.key,
    title: t(group.title),
    templateOnly: group.templateOnly,
    items: entries.filter((entry) => entry.kind === group.kind && templateOnly(entry) === group.templateOnly),
  })).filter((group) => group.items.length);
}
