// ECharts, served by the gateway from its WebJar (version: the parent pom's
// echarts.version). Only the pages with charts import it, so the others load faster.
export * as echarts from '/webjars/echarts/echarts.esm.min.js';
