//registry.npmjs.org/:_authToken={{ op://Private/npm/token }}
