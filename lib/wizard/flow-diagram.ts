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
  /** dagre's route: from the source's border through the bends to the target's border. */
  points: Point[];
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
const MARGIN = 10;

interface Size {
  width: number;
  height: number;
}

/** Where dagre put each box's centre, each way's route and its label's centre. */
interface Placement {
  nodes: Point[];
  edges: { points: Point[]; label: Point | null }[];
}

export function layoutFlowDiagram({ steps, ways }: { steps: DiagramStepInput[]; ways: DiagramWayInput[] }): FlowDiagram {
  const { titleSize, detailSize, labelSize, lineHeight, padding } = DIAGRAM_TEXT;
  const titles = steps.map((step) => wrapText(step.title, TITLE_EM));
  const linesWidth = (lines: string[], size: number) => Math.max(0, ...lines.map((line) => textWidth(line) * size));
  // One width for every box: a column of equal boxes reads more easily than ragged ones.
  const boxWidth = Math.ceil(Math.max(0, ...steps.map((step, index) => Math.max(linesWidth(titles[index], titleSize), linesWidth(step.details, detailSize)))) + 2 * padding);
  const nodeSizes = steps.map((step, index): Size => ({
    width: boxWidth,
    height: Math.ceil((titles[index].length * titleSize + step.details.length * detailSize) * lineHeight + 2 * padding),
  }));
  const labels = ways.map((way) => (way.label ? wrapText(way.label, LABEL_EM) : []));
  const labelSizes = labels.map((lines): Size =>
    lines.length === 0 ? { width: 0, height: 0 } : { width: Math.ceil(linesWidth(lines, labelSize) + padding), height: Math.ceil(lines.length * labelSize * lineHeight + padding / 2) },
  );
  const placed = place(
    steps.map((step, index) => ({ id: step.id, ...nodeSizes[index] })),
    ways.map((way, index) => ({ from: way.from, to: way.to, ...labelSizes[index] })),
  );
  const boxOf = (centre: Point, size: Size): DiagramBox => ({ x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size });
  const nodes = steps.map((step, index): DiagramNode => ({
    id: step.id,
    ...boxOf(placed.nodes[index], nodeSizes[index]),
    titleLines: titles[index],
    detailLines: step.details,
  }));
  const edges = ways.map((way, index): DiagramEdge => {
    const { points, label } = placed.edges[index];
    return { from: way.from, to: way.to, kind: way.kind, points, label: label && labels[index].length > 0 ? { ...boxOf(label, labelSizes[index]), lines: labels[index] } : null };
  });
  return fitToOrigin({ nodes, edges });
}

// The layout depends only on the sizes and the ways, which change when a text is edited, not with
// the counts (unless a count gains digits enough to widen the boxes): it is kept, so a staff request
// does not wait for dagre each time (E-U1 took 200–480 ms on these 2 shared cores under load).
const placements = new Map<string, Placement>();
const KEPT_PLACEMENTS = 64;

function place(nodes: (Size & { id: string })[], ways: (Size & { from: string; to: string })[]): Placement {
  const key = JSON.stringify([nodes, ways]);
  const known = placements.get(key);
  if (known) return known;
  const graph = new dagre.graphlib.Graph<object, Size & Partial<Point>, Size & { labelpos: "c"; points?: Point[] } & Partial<Point>>();
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 44, edgesep: 10 });
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const way of ways) graph.setEdge(way.from, way.to, { width: way.width, height: way.height, labelpos: "c" });
  dagre.layout(graph);
  const placement: Placement = {
    nodes: nodes.map((node) => {
      const { x = 0, y = 0 } = graph.node(node.id);
      return { x, y };
    }),
    edges: ways.map((way) => {
      const edge = graph.edge(way.from, way.to);
      return { points: edge.points ?? [], label: edge.x !== undefined && edge.y !== undefined ? { x: edge.x, y: edge.y } : null };
    }),
  };
  if (placements.size >= KEPT_PLACEMENTS) placements.delete(placements.keys().next().value as string);
  placements.set(key, placement);
  return placement;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Moves everything so the leftmost and topmost ink sits at the margin, and sizes the picture to
 * hold it all: dagre's own bounds leave out the bends of long edges, which can reach past the boxes.
 * dagre tends to put the first step at the right, with the long ways fanning out to the left; the
 * picture is then mirrored, so the start is where the box opens (scrolled to the left) and reads on
 * to the right.
 */
function fitToOrigin({ nodes, edges }: { nodes: DiagramNode[]; edges: DiagramEdge[] }): FlowDiagram {
  const boxes: DiagramBox[] = [...nodes, ...edges.flatMap((edge) => (edge.label ? [edge.label] : []))];
  const points = edges.flatMap((edge) => edge.points);
  const xs = [...boxes.flatMap((box) => [box.x, box.x + box.width]), ...points.map((point) => point.x)];
  const ys = [...boxes.flatMap((box) => [box.y, box.y + box.height]), ...points.map((point) => point.y)];
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const start = nodes[0];
  const mirrored = start !== undefined && start.x + start.width / 2 > (left + right) / 2;
  const moveX = (x: number, width = 0) => round(MARGIN + (mirrored ? right - x - width : x - left));
  const moveY = (y: number) => round(MARGIN + y - top);
  const moveBox = <T extends DiagramBox>(box: T): T => ({ ...box, x: moveX(box.x, box.width), y: moveY(box.y) });
  return {
    width: Math.ceil(right - left + 2 * MARGIN),
    height: Math.ceil(bottom - top + 2 * MARGIN),
    nodes: nodes.map(moveBox),
    edges: edges.map((edge) => ({
      ...edge,
      points: edge.points.map((point) => ({ x: moveX(point.x), y: moveY(point.y) })),
      label: edge.label ? moveBox(edge.label) : null,
    })),
  };
}

/** A smooth SVG path through the points: curving at each bend, straight at both ends. */
export function pathThrough(points: Point[]): string {
  if (points.length === 0) return "";
  const [first] = points;
  let path = `M${first.x} ${first.y}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const corner = points[index];
    const next = points[index + 1];
    path += ` Q${corner.x} ${corner.y} ${round((corner.x + next.x) / 2)} ${round((corner.y + next.y) / 2)}`;
  }
  const last = points[points.length - 1];
  return points.length > 1 ? `${path} L${last.x} ${last.y}` : path;
}
