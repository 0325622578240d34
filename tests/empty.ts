// Stands in for the `server-only` marker package under vitest (Next resolves it itself).
export {};
