// node 20 + better-sqlite3 peer of the demo tenant's GET /api/notes:
// SELECT the 10 newest notes with stars >= ?min, JSON array of row objects.
// `DB=/tmp/notes.db PORT=18480 NODE_PATH=/tmp/nodedeps/node_modules node notes-sqlite.js`
// Fills the table with ROWS notes at start if it is empty. One process.
'use strict';
const http = require('node:http');
const Database = require('better-sqlite3');

const PORT = Number(process.env.PORT || 8080);
const db = new Database(process.env.DB || '/tmp/notes.db');
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, text TEXT NOT NULL, stars INTEGER NOT NULL DEFAULT 0, created_at TIMESTAMP, deleted_at TIMESTAMP)');
if (db.prepare('SELECT count(*) AS n FROM note').get().n === 0) {
  const ins = db.prepare('INSERT INTO note (text, created_at) VALUES (?, ?)');
  const rows = Number(process.env.ROWS || 100);
  db.transaction(() => { for (let i = 1; i <= rows; i++) ins.run(`note ${i}`, new Date().toISOString()); })();
}
const list = db.prepare('SELECT * FROM note WHERE stars >= ? ORDER BY id DESC LIMIT 10');

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && url.pathname === '/api/notes') {
    const body = JSON.stringify(list.all(Number(url.searchParams.get('min') || 0)));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(PORT, '127.0.0.1');
console.error(`node+better-sqlite3: 127.0.0.1:${PORT}`);
