// Popup entry (stub: to be written).
export {};
