// A demo tenant: `curl localhost:8080/api/users`
import { router, env } from "kitwork"
import { greet } from "./lib/greet.js"

router.get("/").handle((req, res) => res.html(`<h1>${greet(env.SITE_NAME)}</h1>`))

// The original load test's route.
router.get("/teststatic").handle(() => "static cache output")

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
