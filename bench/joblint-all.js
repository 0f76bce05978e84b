#!/usr/bin/env node
// Runs Joblint's rules over every file of a folder in one node process (its command line reads one file per
// process), so that bench/compare.sh times the rules rather than node's start-up.
//   node bench/joblint-all.js JOBLINT_MODULE_DIR DIR
'use strict';
const fs = require('fs');
const path = require('path');

const [moduleDir, dir] = process.argv.slice(2);
if (!moduleDir || !dir) {
  console.error('usage: node bench/joblint-all.js JOBLINT_MODULE_DIR DIR');
  process.exit(2);
}
const joblint = require(path.resolve(moduleDir));
let files = 0;
let findings = 0;
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  if (!fs.statSync(file).isFile()) continue;
  findings += joblint(fs.readFileSync(file, 'utf8')).issues.length;
  files++;
}
console.log(`${files} files, ${findings} findings`);
