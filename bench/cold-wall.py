#!/usr/bin/env python3
# Cold start by wall time on a shared machine (round 31): `node -e 0` and each named build's
# bin/disclint.js on one R page, interleaved (the order rotated every round and reversed every other),
# two warm-up runs each (the code cache), stdout to /dev/null. For each run: its wall time, and its wall
# time less its main thread's run-queue wait — /proc/<pid>/schedstat read while the child is a zombie
# (waitid WEXITED|WNOWAIT), then reaped —, what the run would take if a CPU were free whenever its main
# thread wanted one; and the main thread's time on a CPU. Medians, interquartile ranges, per-round ratios.
# Linux only (schedstat; Python for WNOWAIT, which Node's child_process cannot do).
#   python3 bench/cold-wall.py ROUNDS NAME=DIR[,ENV:VALUE...] [NAME=DIR ...] [-- CLI ARGS]
# SAMPLE names another input (default: ../shared/examples/r-page-20f-fy2024.txt, or under DISCLINT_SHARED).
import os, shutil, statistics as st, sys, time

rounds = int(sys.argv[1])
specs = sys.argv[2:]
extra = []
if "--" in specs:
    i = specs.index("--")
    extra, specs = specs[i + 1:], specs[:i]
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("DISCLINT_SHARED", os.path.join(here, "..", "shared"))
SAMPLE = os.environ.get("SAMPLE", os.path.join(shared, "examples", "r-page-20f-fy2024.txt"))
node = shutil.which("node")
cmds = {"node -e 0": ([node, "-e", "0"], dict(os.environ))}
for s in specs:
    name, rest = s.split("=", 1)
    parts = rest.split(",")
    env = dict(os.environ)
    for e in parts[1:]:
        k, v = e.split(":", 1)
        env[k] = v
    cmds[name] = ([node, os.path.join(parts[0], "bin", "disclint.js"), *extra, SAMPLE], env)
devnull = os.open("/dev/null", os.O_WRONLY)


def run(argv, env):
    t0 = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    t1 = time.perf_counter_ns()
    with open(f"/proc/{pid}/schedstat") as f:
        on_cpu, waiting, _ = map(int, f.read().split())
    _, status = os.waitpid(pid, 0)
    wall = (t1 - t0) / 1e6
    return wall, wall - waiting / 1e6, on_cpu / 1e6, os.waitstatus_to_exitcode(status)


keys = list(cmds)
for k in keys:
    run(*cmds[k])
    run(*cmds[k])
res = {k: [] for k in keys}
load = os.getloadavg()[0]
for i in range(rounds):
    order = keys if i % 2 == 0 else keys[::-1]
    j = i % len(order)
    for k in order[j:] + order[:j]:
        w, q, c, code = run(*cmds[k])
        if code not in (0, 1):
            raise SystemExit(f"{k}: exit code {code}")
        res[k].append((w, q, c))

med = st.median
print(f"{rounds} rounds, load {load:.1f} -> {os.getloadavg()[0]:.1f}, {time.strftime('%H:%M:%S', time.gmtime())} UTC")
floor = res["node -e 0"]
for k in keys:
    w, q, c = ([r[n] for r in res[k]] for n in range(3))
    qs = st.quantiles(q, n=4)
    paired = med([r[1] / b[1] for r, b in zip(res[k], floor)])
    print(f"{k:12s} wall {med(w):7.1f} ms | less run-queue wait {med(q):7.1f} ms (IQR {qs[0]:.1f}-{qs[2]:.1f}) = {med(q) / med([r[1] for r in floor]):.3f}x, paired {paired:.3f}x | main thread on a CPU {med(c):6.1f} ms")
if len(keys) >= 3:
    a, b = keys[1], keys[2]
    d = [y[1] - x[1] for x, y in zip(res[a], res[b])]
    qs = st.quantiles(d, n=4)
    print(f"{b} - {a}: paired difference {med(d):.2f} ms (IQR {qs[0]:.2f} to {qs[2]:.2f}), lower in {sum(x < 0 for x in d)} of {len(d)}")
