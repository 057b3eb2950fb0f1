// Serves the built app: http://127.0.0.1:3000 unless HOST or PORT say otherwise.
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';
console.log(`MSS Haiti dashboard on http://${process.env.HOST}:${process.env.PORT}/`);
await import('../build/index.js');
