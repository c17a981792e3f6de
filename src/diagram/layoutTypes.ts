/**
 * The coordinates the build step computes and the app, the CLI and the exporters draw.
 * Plain JSON: the app ships these numbers, never the layout engine. All coordinates are
 * absolute, in SVG units, with the origin at the diagram's top left.
 */

/** A point on an arrow. */
export interface DiagramPoint {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box. */
export interface DiagramBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One line of text at its baseline (x is the line's anchor: centre for boxes and labels). */
export interface TextLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** A placed state box. */
export interface LaidState extends DiagramBox {
  readonly region: string | null;
  readonly state: string;
  readonly label: string;
  readonly description: string;
  /** The label wrapped into the lines drawn inside the box. */
  readonly lines: readonly string[];
  /** Those lines placed, centred in the box. */
  readonly text: readonly TextLine[];
  readonly initial: boolean;
}

/** A routed arrow between two states of a region, with its label placed by ELK. */
export interface LaidEdge {
  readonly region: string | null;
  readonly from: string;
  readonly to: string;
  /** Event types on this arrow, in machine order. */
  readonly events: readonly string[];
  /** One text per event: its short label and guard. */
  readonly texts: readonly string[];
  /** Accessible name: "Reject the US proposal: Reviewing proposal to Rejected proposal". */
  readonly name: string;
  /** The orthogonal route from the source's border to the target's border. */
  readonly points: readonly DiagramPoint[];
  readonly label: DiagramBox & { readonly lines: readonly string[] };
  /** Drawn at build time so the browser does no geometry: the SVG path of the route, */
  readonly path: string;
  /** its arrowhead (polygon points), the larger head when the arrow was just taken, */
  readonly head: string;
  readonly headTaken: string;
  /** and the label's lines placed, centred on the arrow. */
  readonly text: readonly TextLine[];
}

/** A parallel region (or the whole flat machine) as a compound box. */
export interface LaidRegion extends DiagramBox {
  readonly region: string | null;
  readonly title: string;
}

/** One party's laid-out diagram. */
export interface PartyDiagramLayout {
  readonly party: string;
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly regions: readonly LaidRegion[];
  readonly states: readonly LaidState[];
  readonly edges: readonly LaidEdge[];
}

/** Every party's layout, by party id, and how it was made. */
export interface DiagramLayouts {
  /** The model version the layout was computed for. */
  readonly modelVersion: string;
  readonly parties: Readonly<Record<string, PartyDiagramLayout>>;
}
