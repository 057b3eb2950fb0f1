/** A coordinate to a tenth of a unit: fine enough on any screen, short in the SVG, stable in snapshots. */
export const round = (v: number) => Math.round(v * 10) / 10;
