// Content script entry (stub: to be written).
export {};
