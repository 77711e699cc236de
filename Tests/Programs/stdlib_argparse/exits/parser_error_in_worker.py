"""A worker thread validates its own configuration with a parser; the main thread reports a bad option through
parser.error(), which exits the program with status 2 after the worker has finished."""
import argparse
import threading

parser = argparse.ArgumentParser(prog='jobrunner')
parser.add_argument('--retries', type=int, default=1)
results = []


def validate(text):
    try:
        results.append(parser.parse_args(['--retries', text]).retries)
    except SystemExit as exit:
        results.append(f'rejected ({exit.code})')


threads = [threading.Thread(target=validate, args=(text,)) for text in ('3', 'x')]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('results:', results)
if any(isinstance(r, str) for r in results):
    parser.error(f'{results.count(results[-1])} invalid --retries value(s)')
