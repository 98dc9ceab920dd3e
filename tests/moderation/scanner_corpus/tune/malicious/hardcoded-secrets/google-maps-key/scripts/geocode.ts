const KEY = "AIzaSLlznAcaQ6B4PMqPt4qOK1vUWW8dgL_WuY2";
const address = encodeURIComponent(process.argv[2] ?? "");
const r = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${address}&key=${KEY}`);
console.log(JSON.stringify((await r.json()).results?.[0]?.geometry, null, 2));
