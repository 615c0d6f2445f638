// Bench bootstrap: one shard (the scripts pin it to CPU 0 with taskset),
// no access log, ports and tenant root from the environment.
// `PORT=18480 EXEC_PORT=18481 ROOT=examples/tenants kitwork serve bench/serve/server.kitwork.js`
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
  exec: { port: env.EXEC_PORT || 18481 },
})
