const KEY = "AIzaDP1qsfxxT1DNwlmQTrSNckHyqT9VnZZTxsq";
const q = encodeURIComponent(process.argv.slice(2).join(" ") || "Seoul");
console.log(`<iframe width="600" height="450" src="https://www.google.com/maps/embed/v1/place?key=${KEY}&q=${q}"></iframe>`);
