// The staff flow diagram as a picture: steps as boxes and ways on as arrows, laid out by dagre (a
// maintained layered-graph layout that runs synchronously on the server, so the SVG is in the HTML
// and needs no JavaScript). Pure: the page passes worded text in and draws what comes out.
import dagre from "@dagrejs/dagre";
import { textWidth, wrapText } from "./flow-diagram-text";

/** A step: its title and the lines under it (the counts, in words). */
export interface DiagramStepInput {
  id: string;
  title: string;
  details: string[];
}

/** A way on: `answer` ways carry the answers' wording as their label; `platform` ways are dashed. */
export interface DiagramWayInput {
  from: string;
  to: string;
  kind: "answer" | "platform";
  label: string | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface DiagramBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramNode extends DiagramBox {
  id: string;
  titleLines: string[];
  detailLines: string[];
}

export interface DiagramEdge {
  from: string;
  to: string;
  kind: DiagramWayInput["kind"];
  /** SVG path data through dagre's bend points, ending on the target's border. */
  path: string;
  label: (DiagramBox & { lines: string[] }) | null;
}

export interface FlowDiagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Sizes in px, shared with the component that draws the text. */
export const DIAGRAM_TEXT = {
  titleSize: 14,
  detailSize: 12,
  labelSize: 12,
  lineHeight: 1.4,
  padding: 8,
} as const;

const TITLE_EM = 12;
const LABEL_EM = 9;

const round = (value: number) => Math.round(value * 10) / 10;
const linesWidth = (lines: string[], size: number) => Math.max(0, ...lines.map((line) => textWidth(line) * size));

export function layoutFlowDiagram({ steps, ways }: { steps: DiagramStepInput[]; ways: DiagramWayInput[] }): FlowDiagram {
  const { titleSize, detailSize, labelSize, lineHeight, padding } = DIAGRAM_TEXT;
  const graph = new dagre.graphlib.Graph<object, { width: number; height: number; x?: number; y?: number }, EdgeData>();
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 44, edgesep: 14, marginx: 8, marginy: 8 });
  const texts = new Map<string, { titleLines: string[]; detailLines: string[] }>();
  for (const step of steps) {
    const titleLines = wrapText(step.title, TITLE_EM);
    const detailLines = step.details;
    const width = Math.max(linesWidth(titleLines, titleSize), linesWidth(detailLines, detailSize)) + 2 * padding;
    const height = (titleLines.length * titleSize + detailLines.length * detailSize) * lineHeight + 2 * padding;
    texts.set(step.id, { titleLines, detailLines });
    graph.setNode(step.id, { width: Math.ceil(width), height: Math.ceil(height) });
  }
  for (const way of ways) {
    const lines = way.label ? wrapText(way.label, LABEL_EM) : [];
    const width = lines.length > 0 ? Math.ceil(linesWidth(lines, labelSize) + padding) : 0;
    const height = lines.length > 0 ? Math.ceil(lines.length * labelSize * lineHeight + padding / 2) : 0;
    graph.setEdge(way.from, way.to, { width, height, labelpos: "c", kind: way.kind, lines });
  }
  dagre.layout(graph);

  const nodes = steps.map((step): DiagramNode => {
    const { x = 0, y = 0, width, height } = graph.node(step.id);
    const text = texts.get(step.id) ?? { titleLines: [], detailLines: [] };
    return { id: step.id, x: round(x - width / 2), y: round(y - height / 2), width, height, ...text };
  });
  const edges = ways.map((way): DiagramEdge => {
    const data = graph.edge(way.from, way.to);
    const points = (data.points ?? []).map((point) => ({ x: round(point.x), y: round(point.y) }));
    const label =
      data.lines.length > 0 && data.x !== undefined && data.y !== undefined
        ? { x: round(data.x - data.width / 2), y: round(data.y - data.height / 2), width: data.width, height: data.height, lines: data.lines }
        : null;
    return { from: way.from, to: way.to, kind: way.kind, path: pathThrough(points), label };
  });
  const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

interface EdgeData {
  width: number;
  height: number;
  labelpos: "c";
  kind: DiagramWayInput["kind"];
  lines: string[];
  points?: Point[];
  x?: number;
  y?: number;
}

/** A smooth path through the points: straight to the first midpoint, curves between, straight to the end. */
export function pathThrough(points: Point[]): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  if (rest.length === 0) return `M${first.x} ${first.y}`;
  let path = `M${first.x} ${first.y}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const corner = points[index];
    const next = points[index + 1];
    path += ` Q${corner.x} ${corner.y} ${round((corner.x + next.x) / 2)} ${round((corner.y + next.y) / 2)}`;
  }
  const last = points[points.length - 1];
  return `${path} L${last.x} ${last.y}`;
}
