// Options entry (stub: to be written).
export {};
