"use strict";
let addon;
try {
  addon = require("./build/Release/addon.node");
} catch (err) {
  throw new Error(
    "@example/fast-hash: native addon not built. If you installed with --ignore-scripts, run " +
      "`npm rebuild @example/fast-hash` (downloads a prebuilt binary from our GitHub releases " +
      "or compiles from source). Original error: " + err.message,
  );
}
module.exports = { xxh64: (buf, seed = 0) => addon.xxh64(buf, seed) };
