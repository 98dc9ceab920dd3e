const args = process.argv.slice(2);
if (args[0] === "--decode") {
  console.log(String.fromCharCode(...args[1].split(",").map(Number)));
} else {
  console.log([...args[0]].map((c) => c.charCodeAt(0)).join(","));
}
