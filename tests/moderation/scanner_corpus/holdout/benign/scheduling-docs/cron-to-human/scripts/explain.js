const [min, hour, dom, mon, dow] = process.argv[2].split(/\s+/);
const part = (v, unit) => (v === "*" ? `every ${unit}` : v.startsWith("*/") ? `every ${v.slice(2)} ${unit}s` : `${unit} ${v}`);
console.log([part(min, "minute"), part(hour, "hour"), part(dom, "day"), part(mon, "month"), part(dow, "weekday")].join(", "));
