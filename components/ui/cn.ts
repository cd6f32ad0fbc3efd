// Joins class names, skipping falsy values. A caller's className comes last, so its utilities
// are added to (not merged with) the defaults: pass extra spacing/width, not conflicting colours.
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
