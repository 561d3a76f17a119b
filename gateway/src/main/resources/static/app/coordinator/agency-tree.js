// One agency of the registry's hierarchy with its subordinates below it, as nested lists
// with disclosure buttons (keyboard: Tab to a button, Enter or Space to open or close).
// The registry page provides what the tree needs ('registryTree'), so that actions need
// not be passed up through every level.
import { t } from '../i18n.js';

export const AgencyTreeNode = {
  name: 'AgencyTreeNode',
  props: {
    agency: { type: Object, required: true },
  },
  inject: ['registryTree'],
  setup() {
    return { t };
  },
  computed: {
    children() {
      return this.registryTree.childrenOf(this.agency.id);
    },
    open() {
      return this.registryTree.isOpen(this.agency.id);
    },
  },
  template: `
    <li :data-test="'agency-node-' + agency.id">
      <div class="agency-node" :class="{ highlighted: registryTree.isHighlighted(agency.id), abolished: !agency.active }"
           :id="'agency-node-' + agency.id" tabindex="-1">
        <button v-if="children.length" type="button" class="tree-toggle" :aria-expanded="open ? 'true' : 'false'"
                :aria-label="t(open ? 'coordinator.tree.close' : 'coordinator.tree.open', { name: agency.name, count: children.length })"
                @click="registryTree.toggle(agency.id)"><span aria-hidden="true">{{ open ? '▾' : '▸' }}</span></button>
        <span v-else class="tree-leaf" aria-hidden="true"></span>
        <span class="agency-label">
          <strong>{{ agency.name }}</strong>
          <small class="muted">{{ t('coordinator.level.' + agency.level) }} · {{ t('coordinator.kind.' + agency.kind) }}
            · {{ t('coordinator.scope.' + agency.scope) }}</small>
          <span v-if="!agency.active" class="badge">{{ t('coordinator.agency.abolishedIn', { year: agency.abolishedYear }) }}</span>
        </span>
        <span class="agency-actions">
          <button type="button" class="link" @click="registryTree.edit(agency)"
                  :aria-label="t('coordinator.agencies.editOf', { name: agency.name })">{{ t('coordinator.agencies.edit') }}</button>
          <button v-if="agency.active" type="button" class="link" @click="registryTree.addChild(agency)"
                  :aria-label="t('coordinator.agencies.addChildOf', { name: agency.name })">{{ t('coordinator.agencies.addChild') }}</button>
          <button v-if="agency.active" type="button" class="link danger-link" @click="registryTree.deactivate(agency)"
                  :aria-label="t('coordinator.agencies.deactivateOf', { name: agency.name })">{{ t('coordinator.agencies.deactivate') }}</button>
        </span>
      </div>
      <ul v-if="open && children.length" class="agency-tree">
        <AgencyTreeNode v-for="child in children" :key="child.id" :agency="child"/>
      </ul>
    </li>`,
};
