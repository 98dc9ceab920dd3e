const key = process.env.LINEAR_API_KEY;
if (!key) throw new Error("Set LINEAR_API_KEY");

const query = `query {
  viewer {
    assignedIssues(first: 50, filter: { state: { type: { nin: ["completed", "canceled"] } } }) {
      nodes { identifier title url state { name } priorityLabel }
    }
  }
}`;

const res = await fetch("https://api.linear.app/graphql", {
  method: "POST",
  headers: { "Content-Type": "application/json", Authorization: key },
  body: JSON.stringify({ query }),
});
const { data, errors } = await res.json();
if (errors) throw new Error(errors[0].message);

const byState = new Map<string, string[]>();
for (const i of data.viewer.assignedIssues.nodes) {
  const list = byState.get(i.state.name) ?? [];
  list.push(`${i.identifier} [${i.priorityLabel}] ${i.title}`);
  byState.set(i.state.name, list);
}
for (const [state, items] of byState) console.log(`\n${state}\n  ${items.join("\n  ")}`);
