"""A tool run without its required argument: parse_args() reads sys.argv, prints the usage and the error on
stderr and exits with status 2 before any work starts."""
import argparse
import asyncio

parser = argparse.ArgumentParser(description='Drain a queue of jobs with async workers.')
parser.add_argument('jobs', type=int, help='how many jobs to drain')
parser.add_argument('--workers', type=int, default=2)


async def main(args):
    queue = asyncio.Queue()
    for n in range(args.jobs):
        queue.put_nowait(n)
    print('never reached', queue.qsize())


print('parsing the command line')
asyncio.run(main(parser.parse_args()))
