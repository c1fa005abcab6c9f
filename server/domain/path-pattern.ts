// Path patterns of faults and journal filters: `*` is any run of characters within one path
// segment, `**` any run at all; everything else matches itself.
export function pathPattern(pattern: string): RegExp {
  const source = pattern.split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
