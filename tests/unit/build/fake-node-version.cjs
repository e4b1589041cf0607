// Preloaded with `node --require` to make the process report FAKE_NODE_VERSION as its Node version.
'use strict';
var v = process.env.FAKE_NODE_VERSION;
if (v) {
  Object.defineProperty(process, 'versions', {
    value: Object.assign({}, process.versions, { node: v }),
  });
  Object.defineProperty(process, 'version', { value: 'v' + v });
}
