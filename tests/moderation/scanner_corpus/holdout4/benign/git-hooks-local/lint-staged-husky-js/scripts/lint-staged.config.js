/** @type {import('lint-staged').Configuration} */
export default {
  "*.{js,jsx,ts,tsx}": ["eslint --fix --max-warnings=0", "prettier --write"],
  "*.{json,md,yml,yaml,css}": "prettier --write",
  // type-check the whole project once, not per file
  "*.{ts,tsx}": () => "tsc --noEmit",
};
