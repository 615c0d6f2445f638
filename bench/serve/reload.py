#!/usr/bin/env python3
"""Save-to-serving after a hot reload: how long from a tenant file's save
(the write closes) until the server answers with the new code.

A tenant whose handler returns a counter; each round writes the file with
the next value and polls GET / on one keep-alive connection until the
answer shows it. Prints p50/p90/p99/max over the rounds, and the build
times the server logged (`reload tenant=... built in N us`).

    KITWORK=target/release/kitwork python3 bench/serve/reload.py [rounds]
"""
import http.client, os, re, shutil, socket, subprocess, sys, tempfile, time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
kitwork = os.path.abspath(os.environ.get("KITWORK", "target/release/kitwork"))
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
root = tempfile.mkdtemp(prefix="kitwork-reload-")
site = os.path.join(root, "tenants/sites/r.test")
os.makedirs(site)
app = os.path.join(site, "app.kitwork.js")
ROUTES = "".join(f'router.get("/r{i}/:id").handle((req) => req.params.id)\n' for i in range(30))


def write(n):
    with open(app, "w") as f:
        f.write(f'import {{ router }} from "kitwork"\n{ROUTES}router.get("/").handle(() => "v{n}")\n')


write(0)
with open(os.path.join(root, "server.kitwork.js"), "w") as f:
    f.write('import { server, env } from "kitwork"\n'
            'server.run({ port: env.PORT, host: "127.0.0.1", root: "tenants", cores: 1, '
            'hot_reload: true, access_log: false })\n')
out = open(os.path.join(root, "stdout.log"), "w")
srv = subprocess.Popen([kitwork, "serve", "server.kitwork.js"], cwd=root,
                       env={**os.environ, "PORT": str(port)}, stdout=out, stderr=subprocess.STDOUT)
try:
    while True:
        if srv.poll() is not None:
            sys.exit("kitwork exited: " + open(os.path.join(root, "stdout.log")).read())
        try:
            c = http.client.HTTPConnection("127.0.0.1", port)
            c.request("GET", "/", headers={"Host": "r.test"})
            if c.getresponse().read() == b"v0":
                break
        except OSError:
            time.sleep(0.05)
    took = []
    for n in range(1, rounds + 1):
        time.sleep(0.02)  # let the previous reload settle
        want = f"v{n}".encode()
        write(n)
        t0 = time.perf_counter()
        while True:
            c.request("GET", "/", headers={"Host": "r.test"})
            if c.getresponse().read() == want:
                break
            if time.perf_counter() - t0 > 5:
                sys.exit(f"round {n}: no reload within 5 s")
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    q = lambda p: took[min(len(took) - 1, int(p * len(took)))]
    out.flush()
    builds = sorted(int(x) for x in re.findall(r"built in (\d+) us", open(os.path.join(root, "stdout.log")).read()))
    print(f"save-to-serving over {rounds} saves (ms): p50 {q(.5):.2f}  p90 {q(.9):.2f}  "
          f"p99 {q(.99):.2f}  max {took[-1]:.2f}")
    if builds:
        print(f"rebuild as logged (us): p50 {builds[len(builds)//2]}  p99 {builds[min(len(builds)-1, int(.99*len(builds)))]}")
finally:
    srv.terminate()
    srv.wait()
    shutil.rmtree(root, ignore_errors=True)
