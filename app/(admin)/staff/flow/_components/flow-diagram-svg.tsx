// Draws a laid-out flow diagram (lib/wizard/flow-diagram.ts) as SVG, on the server. Answer ways are
// solid and labelled with the answers, platform ways dashed: the line's pattern and its words carry
// the meaning, not its colour. The SVG is one image to assistive technology (title + description);
// the step-by-step lists under it are its text alternative.
import { DIAGRAM_TEXT, pathThrough, type DiagramEdge, type DiagramNode, type FlowDiagram } from "@/lib/wizard/flow-diagram";

const { titleSize, detailSize, labelSize, lineHeight, padding } = DIAGRAM_TEXT;
export const PLATFORM_DASH = "6 4";

/** The baseline of line `index` of a block of lines starting at `top`. */
const baseline = (top: number, index: number, size: number) => top + (index + 0.5) * size * lineHeight + 0.36 * size;

export function FlowDiagramSvg({ diagram, title, description }: { diagram: FlowDiagram; title: string; description: string }) {
  return (
    <svg
      role="img"
      aria-labelledby="flow-svg-title"
      aria-describedby="flow-svg-desc"
      width={diagram.width}
      height={diagram.height}
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      className="block max-w-none"
      data-testid="flow-diagram-svg"
    >
      <title id="flow-svg-title">{title}</title>
      <desc id="flow-svg-desc">{description}</desc>
      <defs>
        <marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" className="fill-ink" />
        </marker>
      </defs>
      <g data-testid="flow-diagram-edges">
        {diagram.edges.map((edge) => (
          <path
            key={`${edge.from}->${edge.to}`}
            d={pathThrough(edge.points)}
            fill="none"
            markerEnd="url(#flow-arrow)"
            className={edge.kind === "answer" ? "stroke-gov-blue" : "stroke-muted"}
            strokeWidth={edge.kind === "answer" ? 2 : 1.5}
            strokeDasharray={edge.kind === "platform" ? PLATFORM_DASH : undefined}
            data-edge={`${edge.from}->${edge.to}`}
          />
        ))}
      </g>
      <g data-testid="flow-diagram-labels">
        {diagram.edges.map((edge) => (edge.label ? <WayLabel key={`${edge.from}->${edge.to}`} label={edge.label} /> : null))}
      </g>
      <g data-testid="flow-diagram-nodes">
        {diagram.nodes.map((node) => (
          <StepBox key={node.id} node={node} />
        ))}
      </g>
    </svg>
  );
}

function StepBox({ node }: { node: DiagramNode }) {
  const detailTop = node.y + padding + node.titleLines.length * titleSize * lineHeight;
  return (
    <g data-step={node.id}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} className="fill-white stroke-gov-blue" strokeWidth={2} />
      <text fontSize={titleSize} fontWeight="bold" className="fill-ink">
        {node.titleLines.map((line, index) => (
          <tspan key={index} x={node.x + padding} y={baseline(node.y + padding, index, titleSize)}>
            {line}
          </tspan>
        ))}
      </text>
      <text fontSize={detailSize} className="fill-muted">
        {node.detailLines.map((line, index) => (
          <tspan key={index} x={node.x + padding} y={baseline(detailTop, index, detailSize)}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function WayLabel({ label }: { label: NonNullable<DiagramEdge["label"]> }) {
  const middle = label.x + label.width / 2;
  return (
    <g>
      <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={3} className="fill-white stroke-gov-blue" strokeWidth={1} />
      <text textAnchor="middle" fontSize={labelSize} className="fill-ink">
        {label.lines.map((line, index) => (
          <tspan key={index} x={middle} y={baseline(label.y + padding / 4, index, labelSize)}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
