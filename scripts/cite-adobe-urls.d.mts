export declare const SITE: string;
export declare function pageUrl(path: string): string;
export declare function citeUrls(text: string): { text: string; paths: string[] };
