/**
 * The file a new architecture starts from: the smallest that shows every part of the format (sites,
 * components with their behaviour when cut, links, a capability, a tour step), valid against the
 * shipped catalogues (template.test.ts holds it to that).
 */
export const TEMPLATE = `# Your own architecture. Every field is described in architectures/schema/architecture.schema.json;
# the four shipped files (Edit a copy, on any architecture) show each one in use.
id: my-deployment
name: My deployment
model: centralized-control-plane
summary: A central control plane and one edge site with its workers.
sources:
  - title: Where this architecture is documented
    url: https://example.org/my-deployment
sites:
  - { id: central, name: Central site, kind: central }
  - { id: edge-1, name: Edge site 1, kind: edge }
components:
  - id: api
    name: Control plane API
    site: central
    layer: control-plane
    role: Accepts every request and schedules the workloads.
    requirements: [remote-management]
    disconnected:
      status: unavailable
      impact: The cut site gets nothing from it.
      reconnect: It sees the site's agent again and resumes.
    sources: [{ title: Where this is documented, url: https://example.org/api }]
  - id: edge-1-agent
    name: Node agent
    site: edge-1
    layer: compute
    role: Runs the site's workloads.
    requirements: [autonomy]
    disconnected:
      status: degraded
      impact: Keeps its workloads running; starts no new ones.
      reconnect: Reports its state to the API.
    sources: [{ title: Where this is documented, url: https://example.org/agent }]
  - id: edge-1-workloads
    name: Workloads
    site: edge-1
    layer: workload
    role: The applications at the site.
    requirements: [autonomy]
    disconnected:
      status: operational
      impact: Keep running.
      reconnect: Nothing to do.
      acknowledged: They run without the central site.
    sources: [{ title: Where this is documented, url: https://example.org/workloads }]
links:
  - { from: edge-1-agent, to: api, over: wan, label: reports }
  - { from: edge-1-workloads, to: edge-1-agent, over: local, label: runs on }
capabilities:
  - capability: keep-workloads-running
    needs: [edge-1-workloads]
    sources: [{ title: Where this is documented, url: https://example.org/workloads }]
tour:
  - title: The whole deployment
    text: The control plane at the central site, a worker at the edge.
    focus: [api, edge-1-agent]
  - title: Edge site 1 is cut off
    text: Its workloads keep running; nothing new starts there.
    focus: [edge-1-agent, edge-1-workloads]
    cut: [edge-1]
`;
