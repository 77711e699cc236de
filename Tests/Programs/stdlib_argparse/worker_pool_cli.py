"""A worker-pool benchmark driven by its command line, as such tools are written: argparse reads the options,
a thread pool runs the jobs, and the report goes to stdout. The help and the errors are checked too, captured
with contextlib.redirect_stdout / redirect_stderr into io.StringIO buffers."""
import argparse
import io
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import redirect_stderr, redirect_stdout


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f'must be at least 1, got {value}')
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog='poolbench',
        description='Run a batch of simulated jobs on a pool of worker threads and report how long they took.',
        epilog='Example: %(prog)s --workers 4 --jobs 12 --kind io')
    parser.add_argument('-w', '--workers', type=positive_int, default=2, help='worker threads (default: %(default)s)')
    parser.add_argument('-j', '--jobs', type=positive_int, default=6, help='how many jobs to submit')
    parser.add_argument('--kind', choices=['io', 'cpu'], default='io', help='what each job does: %(choices)s')
    parser.add_argument('--cost', type=float, default=0.1, metavar='SECONDS', help='duration of one job')
    parser.add_argument('-v', '--verbose', action='count', default=0, help='more output (repeatable)')
    parser.add_argument('--label', action='append', default=[], help='tag the report (repeatable)')
    parser.add_argument('--version', action='version', version='%(prog)s 2.1')
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument('--ordered', action='store_true', help='report results in submission order')
    mode.add_argument('--as-completed', dest='ordered', action='store_false', help='report as jobs finish')
    return parser


def job(n, kind, cost):
    if kind == 'io':
        time.sleep(cost * (1 + n % 3))
    else:
        total = 0
        for i in range(2000):
            total += i * n
    return n * n


def run(options):
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=options.workers) as pool:
        futures = [pool.submit(job, n, options.kind, options.cost) for n in range(options.jobs)]
        results = [f.result() for f in futures]
    elapsed = time.monotonic() - start
    labels = ','.join(options.label) or '-'
    print(f'[{labels}] {options.jobs} {options.kind} jobs on {options.workers} workers: sum={sum(results)}')
    if options.verbose:
        print(f'  results: {results}')
    if options.verbose > 1:
        print(f'  elapsed: {elapsed:.2f}s')


parser = build_parser()
for argv in (['--workers', '3', '--jobs', '6', '-vv', '--label', 'nightly', '--label=fast'],
             ['-w1', '-j', '3', '--kind', 'cpu', '-v'],
             ['--as-completed', '--cost=0.05']):
    options = parser.parse_args(argv)
    print(options)
    run(options)

help_text = io.StringIO()
with redirect_stdout(help_text):
    try:
        parser.parse_args(['--help'])
    except SystemExit as exit:
        print(f'(help exited with {exit.code})')
print(help_text.getvalue(), end='')

for argv in (['--workers', '0'], ['--jobs', 'many'], ['--kind', 'gpu'], ['--ordered', '--as-completed'],
             ['--cost'], ['--version'], ['--frobnicate', '1']):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as exit:
            code = exit.code
    print(f'{argv} -> exit {code}')
    print('  stdout:', repr(out.getvalue()))
    print('  stderr:', err.getvalue().splitlines()[-1] if err.getvalue() else '')
