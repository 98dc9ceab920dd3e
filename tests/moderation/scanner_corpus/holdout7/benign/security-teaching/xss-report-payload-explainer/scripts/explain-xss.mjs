const payload = process.argv[2] ?? "";
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const techniques = [
  [/on[a-z]+\s*=/i, "inline event handler (needs an HTML context that keeps attributes)"],
  [/javascript:/i, "javascript: URL (needs an href/src the app does not filter)"],
  [/<svg/i, "SVG element (often bypasses tag allowlists that forget SVG)"],
  [/<script/i, "script tag (needs raw HTML insertion, e.g. innerHTML)"],
  [/\{\{.*\}\}/, "template expression (client-side template injection)"],
  [/&#x?[0-9a-f]+;?/i, "HTML entities used to hide keywords"],
  [/\\u00[0-9a-f]{2}/i, "JS unicode escapes used to hide keywords"],
  [/srcdoc\s*=/i, "iframe srcdoc (new document inside the page)"],
];

console.log("Payload (escaped):");
console.log("  " + escape(payload));
console.log("\nTechniques:");
const found = techniques.filter(([rx]) => rx.test(payload));
for (const [, what] of found) console.log("  - " + what);
if (!found.length) console.log("  - none recognised; read it by hand");
console.log("\nFix direction: encode output for its context; for rich text, sanitise with an allowlist (DOMPurify/nh3).");
