// A demo tenant: `curl localhost:8080/api/users`
import { router, env, database } from "kitwork"
import { greet } from "./lib/greet.js"

router.get("/").handle((req, res) => res.html(`<h1>${greet(env.SITE_NAME)}</h1>`))

// The original load test's route: the answer is kept for 60 s.
router.get("/teststatic").cache(60).handle(() => "static cache output")

// Like the seed's /api/users, built in JavaScript on every request.
router.get("/api/users").handle((req, res) => {
  const users = []
  for (let i = 1; i <= 10; i++) {
    users.push({ id: i, name: `User ${i}`, email: `user${i}@example.com` })
  }
  return res.json({ success: true, users: users, time: new Date().toISOString() })
})

router.get("/hello/:name").handle((req) => ({ hello: req.params.name, query: req.query }))

router.post("/echo").handle((req, res) => res.status(201).json({ got: req.body() }))

const api = router.group("/admin")
api.guard((req) => req.headers["x-token"] == env.ADMIN_TOKEN)
api.get("/stats").handle(() => ({ ok: true }))

router.get("/boom")
  .handle(() => { const user = undefined; return user.name })
  .catch((err, req, res) => res.status(500).json({ error: err.message }))

// The embedded SQLite database (alias "system", a file under data/).
const db = database.connect("system")
const schema = "CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, text TEXT NOT NULL, stars INTEGER NOT NULL DEFAULT 0, created_at TIMESTAMP, deleted_at TIMESTAMP)"

router.post("/api/notes").handle((req, res) => {
  const body = req.body()
  if (!body || typeof body.text != "string") return res.status(400).json({ error: "text is required" })
  db.raw(schema)
  return res.status(201).json(db.table("note").create({ text: body.text, created_at: new Date() }))
})

router.get("/api/notes").handle((req) => {
  const min = Number(req.query.min || 0)
  return db.note.where(n => n.stars >= min).sort("id", "desc").list(10)
}).catch((err, req, res) => res.json([]))

// Read-modify-write in a transaction: no lost update under concurrency.
router.post("/api/notes/:id/star").handle((req, res) => {
  const id = Number(req.params.id)
  const note = db.transaction(tx => {
    const n = tx.table("note").find(id)
    if (!n) fail("no note " + id)
    return tx.table("note").where(x => x.id == id).update({ stars: n.stars + 1 })[0]
  })
  return res.json(note)
}).catch((err, req, res) => res.status(404).json({ error: err.message }))

router.delete("/api/notes/:id").handle((req) => {
  const id = Number(req.params.id)
  return { deleted: db.table("note").where(n => n.id == id).delete() }
})
