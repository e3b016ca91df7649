#!/usr/bin/env bash
# ab.sh N BASE NEW INPUT — N interleaved pairs, one thread, CPU time (user+sys) of
# `BIN analyze --jsonl INPUT > /dev/null`; prints per-run ms, paired ratios and medians.
n=$1; base=$2; new=$3; input=${4:?usage: ab.sh N BASE NEW INPUT.jsonl (e.g. the first 5,000 ANT articles)}
python3 - "$n" "$base" "$new" "$input" <<'PY'
import os, resource, subprocess, sys, statistics
n, base, new, inp = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
env = dict(os.environ, RAYON_NUM_THREADS='1')
def run(b):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([b, 'analyze', '--jsonl', inp], stdout=subprocess.DEVNULL, env=env, check=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return 1000 * ((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
A, B = [], []
for i in range(n):
    A.append(run(base)); B.append(run(new))
    print(f'pair {i+1}: base {A[-1]:.0f} ms, new {B[-1]:.0f} ms, ratio {B[-1]/A[-1]:.3f}', flush=True)
print('base', ' / '.join(f'{x:,.0f}' for x in A), 'ms; median', f'{statistics.median(A):,.0f}')
print('new ', ' / '.join(f'{x:,.0f}' for x in B), 'ms; median', f'{statistics.median(B):,.0f}')
print('paired median ratio', f'{statistics.median(b/a for a, b in zip(A, B)):.3f}')
PY
