// The layout → SVG model for every outcome's real flow, with the real step titles and answer
// wording: every step and every way placed inside the picture, no two step boxes overlapping, no
// label over a step, and every answer way labelled with its whole wording.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "@/lib/content/parse-frontmatter";
import { OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { layoutFlowDiagram, pathThrough, type DiagramBox, type DiagramWayInput, type Point } from "./flow-diagram";
import { flowGraph } from "./flow-graph";
import { stepFrontmatterSchema } from "./step-frontmatter";

const frontmatter = (id: string) =>
  parseFrontmatter({ source: readFileSync(path.join("content", "zh-CN", "steps", `${id}.mdx`), "utf8"), name: id, schema: stepFrontmatterSchema });

function diagramInput(outcome: OutcomeCode, viewed = 120) {
  const graph = flowGraph(outcome);
  const steps = [...graph.keys()].map((id) => ({ id, title: frontmatter(id).title, details: [`查看 ${viewed} · 完成 80 · 离开 12`, "流失率 33%"] }));
  const ways = [...graph].flatMap(([from, edges]) =>
    edges.map((edge): DiagramWayInput => {
      const answers = edge.answers.map((answer) => `「${frontmatter(from).choices?.[answer] ?? answer}」`).join("或");
      return { from, to: edge.to, kind: edge.answers.length > 0 ? "answer" : "platform", label: answers || null };
    }),
  );
  return { steps, ways };
}

const overlaps = (a: DiagramBox, b: DiagramBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onBorder = (point: Point, box: DiagramBox) =>
  point.x >= box.x - 0.5 &&
  point.x <= box.x + box.width + 0.5 &&
  point.y >= box.y - 0.5 &&
  point.y <= box.y + box.height + 0.5 &&
  Math.min(Math.abs(point.x - box.x), Math.abs(point.x - box.x - box.width), Math.abs(point.y - box.y), Math.abs(point.y - box.y - box.height)) <= 0.5;

describe.each(OUTCOME_CODES)("the flow diagram of %s", (outcome) => {
  const input = diagramInput(outcome);
  const diagram = layoutFlowDiagram(input);
  const inside = (point: Point) => point.x >= 0 && point.y >= 0 && point.x <= diagram.width && point.y <= diagram.height;

  it("places every step in a box of its own, inside the picture, with its title and counts", () => {
    expect(diagram.nodes.map((node) => node.id)).toEqual(input.steps.map((step) => step.id));
    for (const [index, node] of diagram.nodes.entries()) {
      expect(inside(node) && inside({ x: node.x + node.width, y: node.y + node.height })).toBe(true);
      expect(node.titleLines.join("")).toBe(input.steps[index].title);
      expect(node.detailLines).toEqual(input.steps[index].details);
    }
    for (const [index, a] of diagram.nodes.entries()) for (const b of diagram.nodes.slice(index + 1)) expect(overlaps(a, b), `${a.id} × ${b.id}`).toBe(false);
  });

  it("draws every way from the border of its step to the border of the next, inside the picture", () => {
    expect(diagram.edges.map((edge) => `${edge.from}->${edge.to}`)).toEqual(input.ways.map((way) => `${way.from}->${way.to}`));
    const box = new Map(diagram.nodes.map((node) => [node.id, node]));
    for (const edge of diagram.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(edge.points.every(inside)).toBe(true);
      expect(onBorder(edge.points[0], box.get(edge.from) as DiagramBox), `${edge.from}->${edge.to} starts on its step`).toBe(true);
      expect(onBorder(edge.points.at(-1) as Point, box.get(edge.to) as DiagramBox), `${edge.from}->${edge.to} ends on the next`).toBe(true);
    }
  });

  it("labels every answer way with its whole wording, clear of every step; platform ways stay unlabelled", () => {
    for (const [index, edge] of diagram.edges.entries()) {
      const label = input.ways[index].label;
      if (label === null) {
        expect(edge.label).toBeNull();
        continue;
      }
      expect(edge.kind).toBe("answer");
      expect(edge.label?.lines.join("")).toBe(label);
      const labelBox = edge.label as DiagramBox;
      expect(inside(labelBox) && inside({ x: labelBox.x + labelBox.width, y: labelBox.y + labelBox.height })).toBe(true);
      for (const node of diagram.nodes) expect(overlaps(labelBox, node), `label of ${edge.from}->${edge.to} over ${node.id}`).toBe(false);
    }
  });
});

describe("layoutFlowDiagram", () => {
  it("keeps the same placement when only the counts change, so the layout is reused", () => {
    const before = layoutFlowDiagram(diagramInput("E-U1", 120));
    const after = layoutFlowDiagram(diagramInput("E-U1", 340));
    expect(after.nodes.map(({ x, y }) => ({ x, y }))).toEqual(before.nodes.map(({ x, y }) => ({ x, y })));
    expect(after.nodes[0].detailLines[0]).toBe("查看 340 · 完成 80 · 离开 12");
  });

  it("puts the first step on the left, where the scrolling box opens", () => {
    for (const outcome of OUTCOME_CODES) {
      const diagram = layoutFlowDiagram(diagramInput(outcome));
      const start = diagram.nodes[0];
      expect(start.x + start.width / 2, outcome).toBeLessThanOrEqual(diagram.width / 2);
    }
  });

  it("lays out a single step without ways", () => {
    const diagram = layoutFlowDiagram({ steps: [{ id: "call-support", title: "请拨打技术支持电话", details: [] }], ways: [] });
    expect(diagram.nodes).toHaveLength(1);
    expect(diagram.width).toBeGreaterThan(diagram.nodes[0].width);
  });
});

describe("pathThrough", () => {
  it("starts at the first point, curves at each bend and ends at the last", () => {
    expect(pathThrough([{ x: 0, y: 0 }, { x: 10, y: 10 }])).toBe("M0 0 L10 10");
    expect(pathThrough([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 10 }])).toBe("M0 0 Q10 10 15 10 L20 10");
    expect(pathThrough([])).toBe("");
  });
});
