// Places the province databases of Gongkai on the shards of a sharded MongoDB cluster, and
// shards the reports of very large provinces by agency. Idempotent: a second run finds
// everything in place and changes nothing. Run it through a router (mongos) as a user with
// the roles clusterManager and readAnyDatabase (gongkai-placement in mongodb.yaml), after
// provinces are onboarded (new province databases appear at onboarding) and whenever shards
// are added:
//
//   mongosh "mongodb://gongkai-placement:<password>@gongkai-mongodb-mongos:27017/admin" place-provinces.js
//
// Options, given before the file with --eval (mongosh --eval 'var dryRun = true' place-provinces.js):
//   dryRun          true: print what would be done, do nothing
//   placement       {"440000": "rs1"}: a province's shard, chosen by hand (wins over balance)
//   largeProvinces  ["440000"]: provinces whose reports are sharded whatever their size
//   largeReports    reports above which a province's reports are sharded (default 200000)
//
// Why so:
// - Each province is a database of its own (gongkai_<code>) and every request of a province
//   reads only its database, so a database is the natural unit to place: all of a province's
//   reads and writes go to one shard (its primary shard), with no scatter-gather, and the 32
//   provinces spread the load and the data over the shards.
// - Databases are spread by count: a database stays where it is unless its shard holds more
//   than its share (the number of provinces divided by the number of shards, rounded up);
//   then the smallest of that shard's databases move to the shard with fewest. movePrimary
//   copies a database's unsharded collections and blocks writes to them while it runs, so
//   the script moves as few and as small databases as it can.
// - A province with very many agencies outgrows one shard's share. Its reports (the largest
//   documents, 10-13 KB each with their versions) and their audit trail are then sharded:
//     reports       key {agencyId: 1, year: 1}: the key of the unique index
//                   one_report_per_agency_and_year (a sharded collection keeps only unique
//                   indexes that begin with the shard key); an agency's reports stay
//                   together, so an agency's list and a report's read go to one shard; agency
//                   ids begin with their region code, so a prefecture's or county's agencies
//                   lie in neighbouring ranges. Reads by _id (a report's page, updates with the
//                   expected revision) go to every shard of the collection, which MongoDB 8.0
//                   serves without the shard key.
//     report_audit  key {reportId: 1, revision: 1}: its only index; a report's trail stays on
//                   one shard, read in revision order.
//   The other collections of a province (feed_changes, the feed counter feed_sequence, idempotency keys,
//   import previews and batches) are small or short-lived and stay on the primary shard:
//   the feed counter is updated with an upsert, which needs no shard key only when unsharded.
// - gongkai_tenants and gongkai_analytics are left where MongoDB created them.

const options = {
  dryRun: typeof dryRun !== 'undefined' && dryRun === true,
  placement: typeof placement === 'object' && placement !== null ? placement : {},
  largeProvinces: typeof largeProvinces !== 'undefined' && Array.isArray(largeProvinces) ? largeProvinces : [],
  largeReports: typeof largeReports === 'number' ? largeReports : 200000,
};

const SHARDED_COLLECTIONS = [
  { name: 'reports', key: { agencyId: 1, year: 1 } },
  { name: 'report_audit', key: { reportId: 1, revision: 1 } },
];

const admin = db.getSiblingDB('admin');
const config = db.getSiblingDB('config');

function act(description, command) {
  print((options.dryRun ? '[dry run] ' : '') + description);
  if (!options.dryRun) {
    const answer = admin.runCommand(command);
    if (answer.ok !== 1) {
      throw new Error(description + ' failed: ' + tojson(answer));
    }
  }
}

const shards = admin.runCommand({ listShards: 1 }).shards.map((shard) => shard._id).sort();
if (shards.length === 0) {
  throw new Error('no shards: run this through a router (mongos) of a sharded cluster');
}
const provinces = admin.runCommand({ listDatabases: 1, nameOnly: true }).databases
  .map((database) => database.name)
  .filter((name) => /^gongkai_\d{6}$/.test(name))
  .sort();

function reportCount(database) {
  return db.getSiblingDB(database).getCollection('reports').estimatedDocumentCount();
}

function primaryOf(database) {
  const entry = config.databases.findOne({ _id: database });
  return entry ? entry.primary : null;
}

// 1. Where each province database should live.
const target = {};
const perShard = {};
shards.forEach((shard) => { perShard[shard] = []; });
provinces.forEach((database) => {
  const code = database.substring('gongkai_'.length);
  const chosen = options.placement[code];
  if (chosen !== undefined && !shards.includes(chosen)) {
    throw new Error('placement of ' + code + ' names no shard of this cluster: ' + chosen);
  }
  target[database] = chosen !== undefined ? chosen : primaryOf(database);
  perShard[target[database]].push(database);
});
const share = Math.ceil(provinces.length / shards.length);
const pinned = (database) => options.placement[database.substring('gongkai_'.length)] !== undefined;
shards.forEach((shard) => {
  const movable = perShard[shard].filter((database) => !pinned(database))
    .sort((a, b) => reportCount(a) - reportCount(b) || a.localeCompare(b));
  while (perShard[shard].length > share && movable.length > 0) {
    const database = movable.shift();
    const emptiest = shards.slice().sort((a, b) => perShard[a].length - perShard[b].length || a.localeCompare(b))[0];
    if (perShard[emptiest].length + 1 >= perShard[shard].length) {
      break;
    }
    perShard[shard] = perShard[shard].filter((name) => name !== database);
    perShard[emptiest].push(database);
    target[database] = emptiest;
  }
});

// 2. Move the databases whose primary shard is not their target.
provinces.forEach((database) => {
  if (primaryOf(database) !== target[database]) {
    act('movePrimary ' + database + ': ' + primaryOf(database) + ' -> ' + target[database],
      { movePrimary: database, to: target[database] });
  }
});

// 3. Shard the reports of very large provinces by agency.
provinces.forEach((database) => {
  const code = database.substring('gongkai_'.length);
  const count = reportCount(database);
  if (!options.largeProvinces.includes(code) && count < options.largeReports) {
    return;
  }
  SHARDED_COLLECTIONS.forEach((collection) => {
    const namespace = database + '.' + collection.name;
    const entry = config.collections.findOne({ _id: namespace });
    if (entry && entry.key && !entry.unsplittable) {
      print('already sharded: ' + namespace + ' ' + tojson(entry.key));
      return;
    }
    act('shardCollection ' + namespace + ' ' + tojson(collection.key) + ' (' + count + ' reports)',
      { shardCollection: namespace, key: collection.key });
  });
});

print('placed ' + provinces.length + ' province databases on ' + shards.length + ' shards');
shards.forEach((shard) => print('  ' + shard + ': ' + perShard[shard].join(', ')));
