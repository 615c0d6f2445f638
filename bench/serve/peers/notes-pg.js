// node 20 + node-postgres (pg 8) peer of the demo tenant's GET /api/notes
// on PostgreSQL: the same SQL kitwork's builder sends (soft delete:
// deleted_at IS NULL), a pool of 4 connections (kitwork's pool_size per
// shard), JSON array of row objects. One process.
// `PG_PORT=18590 PORT=18480 NODE_PATH=/tmp/nodedeps/node_modules node notes-pg.js`
'use strict';
const http = require('node:http');
const { Pool } = require('pg');

const PORT = Number(process.env.PORT || 8080);
const pool = new Pool({ host: '127.0.0.1', port: Number(process.env.PG_PORT || 5432), user: 'postgres', database: 'postgres', max: 4 });
const SQL = 'SELECT * FROM "note" WHERE "deleted_at" IS NULL AND "stars" >= $1 ORDER BY "id" DESC LIMIT 10';

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && url.pathname === '/api/notes') {
    pool.query({ name: 'notes', text: SQL, values: [Number(url.searchParams.get('min') || 0)] }).then((r) => {
      const body = JSON.stringify(r.rows);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    }, (e) => { res.writeHead(500); res.end(String(e)); });
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}).listen(PORT, '127.0.0.1');
console.error(`node+pg: 127.0.0.1:${PORT}`);
