const key = process.env.OPENWEATHER_API_KEY;
if (!key) throw new Error("Set OPENWEATHER_API_KEY");
const city = encodeURIComponent(process.argv[2] || "London");
fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=${key}`)
  .then((r) => r.json())
  .then((d) => console.log(`${d.name}: ${d.main.temp}°C, ${d.weather[0].description}`));
