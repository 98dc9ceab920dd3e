import path from "node:path";

const byPackage = (files) => {
  const groups = new Map();
  for (const f of files) {
    const [dir, pkg] = path.relative(process.cwd(), f).split(path.sep);
    const key = dir === "packages" ? `packages/${pkg}` : ".";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].map(([pkg, fs]) => `pnpm --dir ${pkg} exec eslint --fix ${fs.join(" ")}`);
};

export default {
  "*.{ts,tsx,js}": byPackage,
  "*.{json,md,yml}": "prettier --write",
};
