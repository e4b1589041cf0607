// Refuses, in one line, a Node.js that package.json's engines.node does not include. Runs before
// `npm ci`, so it reads the range itself (alternatives `^X.Y.Z` and `>=X.Y.Z` joined by `||`) and is
// CommonJS with old syntax so that even a far too old Node gets to print the line.
'use strict';
var fs = require('fs');
var path = require('path');

var range = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).engines
  .node;

function parts(text) {
  var m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text);
  return m ? [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)] : null;
}

function atLeast(v, min) {
  for (var i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
}

/** true / false, or null when the range uses a form this check does not read. */
function satisfies(version, text) {
  var v = parts(version);
  if (!v) return null;
  var alternatives = text.split('||');
  var result = false;
  for (var i = 0; i < alternatives.length; i++) {
    var m = /^\s*(\^|>=)\s*([\d.]+)\s*$/.exec(alternatives[i]);
    var min = m && parts(m[2]);
    if (!min || (m[1] === '^' && min[0] === 0)) return null;
    if (atLeast(v, min) && (m[1] === '>=' || v[0] === min[0])) result = true;
  }
  return result;
}

module.exports = { satisfies: satisfies };

if (require.main === module) {
  var ok = satisfies(process.versions.node, range);
  if (ok === null) {
    console.error(
      "Can't read package.json's engines.node \"" +
        range +
        '": write it as ^X.Y.Z or >=X.Y.Z alternatives joined by ||.',
    );
    process.exit(2);
  }
  if (!ok) {
    console.error(
      'Creator Scout needs Node.js ' +
        range +
        ' (package.json engines); this machine runs ' +
        process.version +
        '.',
    );
    process.exit(2);
  }
}
