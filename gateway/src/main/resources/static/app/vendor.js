// Vue, served by the gateway from its WebJar (version: the parent pom's vue.version; the
// version-free path comes from webjars-locator-lite). Pages import Vue from here only.
export * from '/webjars/vue/dist/vue.esm-browser.prod.js';
