// Types of response-headers.mjs for the TypeScript side (the edge server).
export declare const RESPONSE_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
