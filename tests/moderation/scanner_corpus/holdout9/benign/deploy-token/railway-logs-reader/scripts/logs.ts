const token = process.env.RAILWAY_TOKEN;
if (!token) throw new Error("Set RAILWAY_TOKEN (project token)");
const limit = Number(process.argv[process.argv.indexOf("--limit") + 1] ?? 300);

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch("https://backboard.railway.com/graphql/v2", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Project-Access-Token": token! },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const { projectToken } = await gql(`{ projectToken { projectId environmentId } }`);
const { deployments } = await gql(
  `query($p: String!, $e: String!) { deployments(first: 1, input: { projectId: $p, environmentId: $e }) { edges { node { id status } } } }`,
  { p: projectToken.projectId, e: projectToken.environmentId },
);
const dep = deployments.edges[0].node;
const { deploymentLogs } = await gql(
  `query($id: String!, $n: Int) { deploymentLogs(deploymentId: $id, limit: $n) { timestamp message severity } }`,
  { id: dep.id, n: limit },
);
console.log(`deployment ${dep.id} status=${dep.status}`);
for (const l of deploymentLogs) console.log(l.timestamp, l.severity, l.message);
