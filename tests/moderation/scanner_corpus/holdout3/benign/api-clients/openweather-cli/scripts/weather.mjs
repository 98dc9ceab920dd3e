const key = process.env.OPENWEATHER_API_KEY;
const city = process.argv.slice(2).join(" ");
if (!key || !city) {
  console.error('usage: OPENWEATHER_API_KEY=... node weather.mjs "City"');
  process.exit(2);
}
const base = "https://api.openweathermap.org/data/2.5";
const q = new URLSearchParams({ q: city, units: "metric", appid: key });

const now = await (await fetch(`${base}/weather?${q}`)).json();
if (now.cod !== 200) {
  console.error(now.message);
  process.exit(1);
}
console.log(`${now.name}: ${now.main.temp.toFixed(1)} C, ${now.weather[0].description}, wind ${now.wind.speed} m/s`);

const fc = await (await fetch(`${base}/forecast?${q}&cnt=8`)).json();
for (const s of fc.list) {
  console.log(`  ${s.dt_txt.slice(11, 16)}  ${s.main.temp.toFixed(0).padStart(3)} C  ${s.weather[0].main}`);
}
