module.exports = function (cfg) {
  cfg.addPassthroughCopy('assets');
  cfg.addCollection('posts', c => c.getFilteredByGlob('posts/*.md').reverse());
  cfg.addFilter('date', d => new Date(d).toISOString().slice(0, 10));
  return { dir: { input: '.', includes: '_includes', output: '_site' } };
};
