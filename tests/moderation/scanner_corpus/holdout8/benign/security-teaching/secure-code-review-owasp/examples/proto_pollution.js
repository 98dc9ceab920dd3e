// Vulnerable (training only): a naive deep merge lets "__proto__" through.
export function mergeVulnerable(target, src) {
  for (const k in src) {
    if (typeof src[k] === "object") target[k] = mergeVulnerable(target[k] || {}, src[k]);
    else target[k] = src[k];
  }
  return target;
}

export function merge(target, src) {
  for (const k of Object.keys(src)) {
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    const v = src[k];
    target[k] = v && typeof v === "object" ? merge(Object.create(null), v) : v;
  }
  return target;
}
