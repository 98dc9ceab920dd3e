const latex = process.argv.slice(2).join(" ");
const url = "https://latex.codecogs.com/svg.image?" + encodeURIComponent(latex);
console.log(`![formula](${url})`);
