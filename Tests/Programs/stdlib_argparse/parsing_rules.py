"""How a command line is split among arguments: subcommands, argument groups, ArgumentDefaultsHelpFormatter,
BooleanOptionalAction, nargs (N, ?, *, +, REMAINDER), negative numbers, combined short flags (-qx), attached
values (-s2, --opt=v), unambiguous prefixes, `--`, parents, exit_on_error=False, required options and groups."""
import argparse
import sys

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{text} is not a positive number')
    return value

parser = argparse.ArgumentParser(prog='crawler', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                                 description='A concurrent crawler.\n\nIt fetches pages with a pool.')
sub = parser.add_subparsers(dest='command', help='what to do')
run = sub.add_parser('run', help='crawl the given urls')
run.add_argument('urls', nargs='*', default=['home'], help='start pages')
run.add_argument('--concurrency', '-c', type=positive, default=8, help='parallel fetches')
run.add_argument('--retry', action=argparse.BooleanOptionalAction, default=True, help='retry failed fetches')
run.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'))
stat = sub.add_parser('stats', aliases=['st'], help='print statistics')
stat.add_argument('--format', choices=('text', 'json'), default='text')
net = parser.add_argument_group('network', 'Settings of the simulated network.')
net.add_argument('--latency', type=float, default=0.05, help='seconds per request')
net.add_argument('--timeout', type=float, help='give up after this long')
parser.add_argument('--log-level', default='INFO', choices=['DEBUG', 'INFO', 'WARNING'])
parser.set_defaults(handler='none')

for argv in (['run', 'a', 'b', '-c', '3', '--no-retry', '--point', '1', '2.5'],
             ['--latency', '0.1', 'stats', '--format', 'json'],
             ['st'], ['run'], ['--log-level', 'DEBUG', 'run', '--retry', '--', '-x']):
    print(parser.parse_args(argv))
parser.print_help()
run.print_help()
stat.print_usage()
for argv in (['run', '-c', '0'], ['run', '-c', 'x'], ['walk'], ['stats', '--format', 'xml'], ['run', '--point', '1']):
    try:
        parser.parse_args(argv)
    except SystemExit as exit:
        print('exit', exit.code)

strict = argparse.ArgumentParser(prog='strict', exit_on_error=False)
strict.add_argument('--n', type=int)
try:
    strict.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('caught:', err)

nums = argparse.ArgumentParser(prog='nums')
nums.add_argument('values', nargs='+', type=int)
nums.add_argument('-s', '--scale', type=float, default=1.0)
nums.add_argument('-q', action='store_true')
nums.add_argument('-x', action='store_const', const=42)
print(nums.parse_args(['-1', '2', '-3', '-s', '-0.5']))
print(nums.parse_args(['-qx', '5']))
print(nums.parse_args(['--sc', '2', '7']))
print(nums.parse_args(['-s2', '7']))
print(vars(nums.parse_args(['1', '--', '-5'])))

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--verbose', action='store_true')
amb.add_argument('--version-file')
try:
    amb.parse_args(['--ver'])
except SystemExit:
    pass
print(amb.parse_args(['--verb']))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='sim.toml')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('name')
print(child.parse_args(['n1']))
child.print_help()
print(child.get_default('config'))
opt = argparse.ArgumentParser(prog='opt')
opt.add_argument('src')
opt.add_argument('dst', nargs='?', default='out')
opt.add_argument('extra', nargs=argparse.REMAINDER)
print(opt.parse_args(['a']), opt.parse_args(['a', 'b', '--c', 'd']))
opt.print_help()
req = argparse.ArgumentParser(prog='req')
g = req.add_mutually_exclusive_group(required=True)
g.add_argument('--threads', type=int)
g.add_argument('--processes', type=int)
req.add_argument('--out', required=True)
req.print_usage()
try:
    req.parse_args(['--out', 'x'])
except SystemExit:
    pass
try:
    req.parse_args([])
except SystemExit as exit:
    print('exit', exit.code)
