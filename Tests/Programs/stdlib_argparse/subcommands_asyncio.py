"""A small service tool with subcommands (git-style), each running asyncio work: add_subparsers with aliases
and per-command options, set_defaults(handler=...) dispatch, shared options from a parent parser, argument
groups, and the help of the tool and of a subcommand."""
import argparse
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f'{name}:{int(delay * 1000)}ms'


async def crawl(args):
    pages = args.pages or ['index']
    sem = asyncio.Semaphore(args.concurrency)

    async def limited(i, page):
        async with sem:
            return await fetch(page, args.latency * (i + 1))

    results = await asyncio.gather(*(limited(i, p) for i, p in enumerate(pages)))
    print(f'crawl x{args.concurrency} retry={args.retry}:', ', '.join(results))


async def status(args):
    queue = asyncio.Queue()
    for n in range(args.count):
        queue.put_nowait(n)
    seen = []
    while not queue.empty():
        seen.append(await queue.get())
    print(f'status ({args.format}): {len(seen)} items, last={seen[-1] if seen else None}')


def build():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument('--latency', type=float, default=0.01, help='simulated network latency in seconds')

    parser = argparse.ArgumentParser(prog='svc', description='Operate the simulated service.')
    parser.add_argument('--debug', action='store_true', help='print the parsed options')
    commands = parser.add_subparsers(title='commands', dest='command', required=True, metavar='COMMAND')

    crawl_cmd = commands.add_parser('crawl', aliases=['c'], parents=[common], help='fetch pages concurrently')
    crawl_cmd.add_argument('pages', nargs='*', help='pages to fetch')
    tuning = crawl_cmd.add_argument_group('tuning', 'How hard to push the service.')
    tuning.add_argument('-n', '--concurrency', type=int, default=2, help='fetches in flight')
    tuning.add_argument('--retry', action=argparse.BooleanOptionalAction, default=True, help='retry failures')
    crawl_cmd.set_defaults(handler=crawl)

    status_cmd = commands.add_parser('status', help='drain the status queue')
    status_cmd.add_argument('--count', type=int, default=3)
    status_cmd.add_argument('--format', choices=('text', 'json'), default='text')
    status_cmd.set_defaults(handler=status)
    return parser, crawl_cmd


parser, crawl_cmd = build()
for argv in (['crawl', 'a', 'b', 'c', '-n', '2'],
             ['--debug', 'c', '--no-retry', '--latency', '0.05', 'home'],
             ['status', '--count', '5', '--format', 'json'],
             ['status']):
    args = parser.parse_args(argv)
    if args.debug:
        print({name: value for name, value in vars(args).items() if name != 'handler'})
    asyncio.run(args.handler(args))

parser.print_help()
print('---')
crawl_cmd.print_help()
print('---')
known, extras = parser.parse_known_args(['status', '--count', '1', '--extra', 'x'])
print(known.command, known.count, known.handler is status, extras)
for argv in (['deploy'], [], ['status', '--format', 'yaml']):
    try:
        parser.parse_args(argv)
    except SystemExit as exit:
        print('exit', exit.code)
