// The bootstrap: runs once at start, in the host VM (the only place that
// reads the process environment). `kitwork serve examples/server.kitwork.js`
import { server, env } from "kitwork"

server.run({
  port: env.PORT || 8080,
  host: env.HOST || "127.0.0.1",
  root: env.ROOT || "tenants",
  hot_reload: true,
  development: env.KITWORK_DEV == "1",
  access_log: env.ACCESS_LOG != "0",
  default_site: "localhost",
  // The code-execution API on its own port (off unless configured).
  exec: { port: env.EXEC_PORT || 8081 },
})
