#!/usr/bin/env python3
"""Start-up with many site folders: how long from `kitwork serve` starting
until it answers, with N folders under tenants/sites/ (lazy compilation:
the folders are listed at start, a tenant compiles on its first request).

Each round starts the server (hot reload on, so the watcher is set up too),
polls until the port accepts, then asks three sites (the first, a middle
and the last folder) for their page; each answers with its own name. Prints
per round: time to the listening port, to the first answer, and to the
three answers; then the median and the worst over the rounds.

    KITWORK=target/release/kitwork python3 bench/serve/sites.py [sites] [rounds]
"""
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sites = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
kitwork = os.path.abspath(os.environ.get("KITWORK", "target/release/kitwork"))

root = tempfile.mkdtemp(prefix="kitwork-sites-")
names = [f"s{i}.test" for i in range(sites)]
for name in names:
    d = os.path.join(root, "tenants", "sites", name)
    os.makedirs(d)
    with open(os.path.join(d, "app.kitwork.js"), "w") as f:
        f.write('import { router } from "kitwork"\n'
                f'router.get("/").handle(() => "{name}")\n')
with open(os.path.join(root, "server.kitwork.js"), "w") as f:
    f.write('import { server, env } from "kitwork"\n'
            'server.run({ port: env.PORT, host: "127.0.0.1", root: "tenants", cores: 1, '
            'hot_reload: true, access_log: false })\n')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, host):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    c.request("GET", "/", headers={"Host": host})
    r = c.getresponse()
    body = r.read()
    c.close()
    if r.status != 200 or body != host.encode():
        sys.exit(f"{host}: {r.status} {body[:200]!r}")


def one_round():
    port = free_port()
    log = open(os.path.join(root, "stdout.log"), "w")
    t0 = time.perf_counter()
    srv = subprocess.Popen([kitwork, "serve", "server.kitwork.js"], cwd=root,
                           env={**os.environ, "PORT": str(port)},
                           stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if srv.poll() is not None:
                sys.exit("kitwork exited: " + open(os.path.join(root, "stdout.log")).read())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.001)
        listening = time.perf_counter() - t0
        get(port, names[0])
        first = time.perf_counter() - t0
        get(port, names[len(names) // 2])
        get(port, names[-1])
        three = time.perf_counter() - t0
        return listening * 1000, first * 1000, three * 1000
    finally:
        srv.terminate()
        srv.wait()
        log.close()


try:
    results = []
    for r in range(rounds):
        ms = one_round()
        results.append(ms)
        print(f"round {r + 1}: listening {ms[0]:.1f} ms, first answer {ms[1]:.1f} ms, "
              f"three sites answered {ms[2]:.1f} ms")
    for i, what in enumerate(["listening", "first answer", "three answers"]):
        col = sorted(x[i] for x in results)
        print(f"{sites} sites, {what}: median {col[len(col) // 2]:.1f} ms, worst {col[-1]:.1f} ms")
finally:
    shutil.rmtree(root, ignore_errors=True)
