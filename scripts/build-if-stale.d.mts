export declare const INPUTS: string[];
export declare function fingerprint(root: string, inputs?: string[]): string;
