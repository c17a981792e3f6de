/**
 * A schematic map of the Israel–Lebanon border area, drawn for this project from public
 * descriptions (no geodata is copied): the Blue Line, the Litani, Ghajar, the Shebaa
 * Farms and the points Lebanon disputes. It is labelled as schematic on the drawing
 * itself, so a printed copy can never be mistaken for a survey map.
 */

/** Where the map's facts come from: publisher and date, as printed under it. */
export const MAP_SOURCES: readonly string[] = [
  'UN Security Council, resolution 1701 (S/RES/1701), 11 August 2006: the area between the Blue Line and the Litani.',
  'UN Secretary-General, report S/2000/590, 16 June 2000: the withdrawal line later called the Blue Line.',
  'Al Jazeera, “The Blue Line Dispute”, 23 May 2010: the Shebaa Farms and the UN’s position.',
  'L’Orient Today, “Realities and challenges of the Lebanese-Israeli land border”, 2024: the 13 points Lebanon disputes, and Ghajar.',
];

/** Schematic places of disputed points along the line (not their surveyed positions). */
const DISPUTED: readonly [number, number][] = [
  [74, 214],
  [118, 212],
  [160, 216],
  [204, 206],
  [232, 178],
  [246, 150],
];

/** The map, as an accessible figure: a described image plus its key and sources in text. */
export function BorderMap() {
  return (
    <figure className="border-map" aria-labelledby="border-map-caption">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 420 320"
        role="img"
        aria-labelledby="border-map-title border-map-desc"
        width="100%"
      >
        <title id="border-map-title">Schematic map of the Israel–Lebanon border area</title>
        <desc id="border-map-desc">
          Not to scale. The Mediterranean is to the west. Lebanon lies north of the Blue Line and
          Israel south of it. The Litani River crosses southern Lebanon and reaches the sea north of
          Tyre. Ghajar sits on the line near its eastern end; the Shebaa Farms lie further east, on
          the edge of the Golan Heights.
        </desc>
        <rect x="0" y="0" width="420" height="320" fill="#ffffff" stroke="#000000" />
        <path d="M0 0 H58 L62 80 L60 160 L66 240 L72 320 H0 Z" fill="#e6eef7" stroke="#000000" />
        <text x="8" y="190" fontSize="11" transform="rotate(-90 20 190)">
          Mediterranean Sea
        </text>
        <text x="150" y="60" fontSize="16" fontWeight="700">
          LEBANON
        </text>
        <text x="130" y="280" fontSize="16" fontWeight="700">
          ISRAEL
        </text>
        <text x="335" y="70" fontSize="13" fontWeight="700">
          SYRIA
        </text>
        <path
          d="M318 150 L420 120 L420 320 L330 320 L300 230 Z"
          fill="#f2f2f2"
          stroke="#000000"
          strokeDasharray="3 3"
        />
        <text x="322" y="250" fontSize="11">
          Golan Heights
        </text>
        <text x="322" y="264" fontSize="10">
          (held by Israel
        </text>
        <text x="322" y="277" fontSize="10">
          since 1967)
        </text>
        <path
          d="M310 10 C300 60 280 90 258 108 C220 118 150 112 64 124"
          fill="none"
          stroke="#0b5cad"
          strokeWidth="3"
        />
        <text x="120" y="108" fontSize="12" fill="#0b5cad">
          Litani River
        </text>
        <circle cx="64" cy="140" r="3" />
        <text x="70" y="144" fontSize="11">
          Tyre
        </text>
        <path
          d="M62 214 L120 210 L205 206 L232 178 L248 140 L282 160 L318 150"
          fill="none"
          stroke="#000000"
          strokeWidth="3"
          strokeDasharray="10 4"
        />
        <text x="86" y="232" fontSize="12" fontWeight="700">
          Blue Line (UN withdrawal line, 2000)
        </text>
        {DISPUTED.map(([x, y], i) => (
          <text key={i} x={x - 4} y={y + 4} fontSize="12" fontWeight="700">
            ×
          </text>
        ))}
        <circle cx="282" cy="160" r="5" fill="#ffffff" stroke="#000000" strokeWidth="2" />
        <text x="262" y="186" fontSize="11">
          Ghajar
        </text>
        <path d="M300 128 L330 118 L338 142 L312 152 Z" fill="#d9d9d9" stroke="#000000" />
        <text x="300" y="110" fontSize="11">
          Shebaa Farms
        </text>
        <text x="92" y="190" fontSize="10">
          Resolution 1701 area: Blue Line to the Litani
        </text>
        <text x="8" y="312" fontSize="10" fontWeight="700">
          SCHEMATIC, NOT TO SCALE · positions approximate
        </text>
      </svg>
      <figcaption id="border-map-caption">
        <p>
          <strong>Schematic map, not to scale.</strong> Key: dashed black line, the Blue Line (a
          withdrawal line, not an agreed border); blue line, the Litani River; × marks, points
          Lebanon disputes along the line (placed schematically, not at their surveyed positions);
          grey patch, the Shebaa Farms, which Lebanon says are Lebanese and the UN has treated as
          part of the Syrian Golan; circle, the divided village of Ghajar.
        </p>
        <p>Drawn from these public descriptions:</p>
        <ul>
          {MAP_SOURCES.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
