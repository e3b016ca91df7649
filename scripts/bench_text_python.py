#!/usr/bin/env python3
"""Single-threaded throughput of CAMeL Tools and Snowball Arabic (PyStemmer)
on the documents of FILE (separated by blank lines), for scripts/bench-text.sh.

Prints one tab-separated line per measurement, like khabar-text-compare:
    tool  stage  bytes  wall_s  wall_MB/s  cpu_s  cpu_MB/s
(MB = 10^6 bytes; cpu = this thread's CPU time, i.e. per core).
A tool that is not installed is reported as `skipped` with the reason.

    pip install camel-tools PyStemmer
"""
import statistics
import sys
import time


def timed(fn):
    c0, t0 = time.thread_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.thread_time() - c0


def median_secs(runs, fn):
    """Median wall-clock and thread-CPU seconds of `runs` passes after a warm-up."""
    fn()
    results = [timed(fn) for _ in range(max(runs, 1))]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def report(tool, stage, nbytes, secs):
    wall, cpu = secs
    print(
        f"{tool}\t{stage}\t{nbytes}\t{wall:.4f}\t{nbytes / wall / 1e6:.1f}\t{cpu:.4f}\t{nbytes / cpu / 1e6:.1f}",
        flush=True,
    )


def main():
    if len(sys.argv) < 2:
        print("usage: bench_text_python.py FILE [RUNS]", file=sys.stderr)
        return 2
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(path, encoding="utf-8") as f:
        text = f.read()
    docs = [d for d in text.split("\n\n") if d.strip()]
    nbytes = len(text.encode("utf-8"))

    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
        )
    except ImportError as e:
        print(f"camel-tools\tskipped\t{nbytes}\t-\t-\t-\t-\t# {e}; pip install camel-tools", flush=True)
    else:

        def camel():
            n = 0
            for d in docs:
                t = dediac_ar(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(d))))
                n += len(simple_word_tokenize(t))
            return n

        report("camel-tools", "normalize+tokenize", nbytes, median_secs(runs, camel))

    try:
        import Stemmer
    except ImportError as e:
        print(f"snowball (PyStemmer)\tskipped\t{nbytes}\t-\t-\t-\t-\t# {e}; pip install PyStemmer", flush=True)
    else:
        stemmer = Stemmer.Stemmer("arabic")

        def snowball():
            n = 0
            for d in docs:
                n += len(stemmer.stemWords(d.split()))
            return n

        report("snowball (PyStemmer)", "whitespace split+stem", nbytes, median_secs(runs, snowball))
    return 0


if __name__ == "__main__":
    sys.exit(main())
