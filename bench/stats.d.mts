export function median(xs: number[]): number;
export function spread(xs: number[]): number;
export function fmt(n: number, digits?: number, width?: number): string;
export function verdict(met: boolean): string;
export function benchPage(sample: string, i: number): string;
