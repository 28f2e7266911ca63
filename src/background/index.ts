// Background entry (stub: to be written).
export {};
