// Bench bootstrap for bench/serve/db-pg.sh: server.kitwork.js with the
// `system` database on PostgreSQL (PG_PORT on 127.0.0.1, user postgres,
// trust), so the demo tenant's database.connect("system") reaches it.
import { server, env } from "kitwork"

server.run({
  port: env.PORT || 18480,
  host: "127.0.0.1",
  root: env.ROOT || "examples/tenants",
  data: env.DATA || "/tmp/kitwork-bench-data",
  cores: 1,
  hot_reload: false,
  access_log: false,
  default_site: "localhost",
  databases: [
    { alias: "system", type: "postgres", host: "127.0.0.1", port: Number(env.PG_PORT || 5432), user: "postgres", name: "postgres" },
  ],
})
