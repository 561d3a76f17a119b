// How current the national read model is (GET /api/analytics/freshness): analysts see when
// each province's data was last brought in, and which provinces' synchronisation is
// failing (their figures are then as of their last successful round), before comparing.
import { formatDateTime, t } from '../i18n.js';
import { provinceName } from '../provinces.js';

/** The freshness entries by province code. */
export function freshnessByProvince(entries) {
  return new Map(entries.map((entry) => [entry.provinceCode, entry]));
}

/** One province's freshness in a table cell: when, and whether its sync is failing. */
export const FreshnessCell = {
  props: { entry: { type: Object, default: null } },
  setup() {
    return { t, formatDateTime };
  },
  template: `
    <span v-if="!entry || !entry.lastSyncedAt" class="badge flagged">{{ t('analyst.freshness.never') }}</span>
    <span v-else>{{ formatDateTime(entry.lastSyncedAt) }}
      <span v-if="entry.state === 'failing'" class="badge flagged" :title="entry.lastError">{{ t('analyst.freshness.failing') }}</span>
    </span>`,
};

/** The whole nation's freshness in a line: oldest and newest, failing and never synced. */
export const FreshnessLine = {
  props: { entries: { type: Array, required: true } },
  setup() {
    return { t, formatDateTime, provinceName };
  },
  computed: {
    synced() {
      return this.entries.filter((entry) => entry.lastSyncedAt).map((entry) => entry.lastSyncedAt).sort();
    },
    never() {
      return this.entries.filter((entry) => !entry.lastSyncedAt);
    },
    failing() {
      return this.entries.filter((entry) => entry.state === 'failing');
    },
  },
  template: `
    <div class="freshness" data-test="freshness">
      <p v-if="!synced.length">{{ t('analyst.freshness.none') }}</p>
      <p v-else>{{ t('analyst.freshness.span', { provinces: synced.length, oldest: formatDateTime(synced[0]), newest: formatDateTime(synced[synced.length - 1]) }) }}</p>
      <p v-if="failing.length" class="warning">{{ t('analyst.freshness.failingList') }}
        <template v-for="(entry, index) in failing" :key="entry.provinceCode">{{ index ? t('analyst.list.names') : '' }}{{ provinceName(entry.provinceCode) }}
          ({{ t('analyst.freshness.since', { at: formatDateTime(entry.lastSyncedAt) }) }}<template v-if="entry.lastError">: {{ entry.lastError }}</template>)</template>
      </p>
      <p v-if="never.length" class="muted">{{ t('analyst.freshness.neverList') }}
        {{ never.map((entry) => provinceName(entry.provinceCode)).join(t('analyst.list.names')) }}</p>
    </div>`,
};
