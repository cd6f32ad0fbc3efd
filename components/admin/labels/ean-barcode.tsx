import { darkRuns, eanBars } from '@/lib/catalog/ean-bars';

/** Module width in mm: 80 % of GS1's nominal 0.33 mm, which scanners read well at a shelf. */
const MODULE_MM = 0.264;
const BAR_HEIGHT = 44;
/** Guard bars reach down into the digits, as on goods. */
const GUARD_EXTRA = 5;
const DIGIT_SIZE = 9;

/**
 * An EAN-13 or EAN-8 drawn in SVG with its digits below in the usual layout (an EAN-13's first
 * digit left of the bars). Units are modules; the quiet zones the standard asks for are included.
 */
export function EanBarcode({ code, className }: { code: string; className?: string }) {
  const bars = eanBars(code);
  const long = bars.kind === 'EAN-13';
  const quietLeft = long ? 11 : 7;
  const width = quietLeft + bars.modules.length + 7;
  const height = BAR_HEIGHT + GUARD_EXTRA + 4;
  const isGuard = (start: number) => bars.guards.some(([from, length]) => start >= from && start < from + length);
  // Each digit sits under its own seven modules.
  const leftStart = quietLeft + 3;
  const rightStart = quietLeft + 3 + bars.left.length * 7 + 5;
  const digits = [
    ...(long ? [{ digit: bars.outside, x: quietLeft - 4 }] : []),
    ...[...bars.left].map((digit, i) => ({ digit, x: leftStart + i * 7 + 3.5 })),
    ...[...bars.right].map((digit, i) => ({ digit, x: rightStart + i * 7 + 3.5 })),
  ];
  return (
    <svg
      role="img"
      aria-label={`${bars.kind} ${code}`}
      viewBox={`0 0 ${width} ${height}`}
      width={`${(width * MODULE_MM).toFixed(2)}mm`}
      height={`${(height * MODULE_MM).toFixed(2)}mm`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={width} height={height} fill="#fff" />
      {darkRuns(bars.modules).map(([start, length]) => (
        <rect key={start} x={quietLeft + start} y={0} width={length} height={isGuard(start) ? BAR_HEIGHT + GUARD_EXTRA : BAR_HEIGHT} fill="#000" />
      ))}
      <g fontFamily="ui-monospace, Menlo, Consolas, monospace" fontSize={DIGIT_SIZE} textAnchor="middle" fill="#000">
        {digits.map(({ digit, x }, i) => (
          <text key={i} x={x} y={height - 1}>
            {digit}
          </text>
        ))}
      </g>
    </svg>
  );
}
