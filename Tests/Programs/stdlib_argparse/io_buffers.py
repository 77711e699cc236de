"""In-memory streams as programs use them: threads log into a StringIO through logging.StreamHandler, a report
is built with print(file=buf), output of a noisy function is captured with redirect_stdout, a buffer is read
back line by line, and a BytesIO carries a small binary frame protocol between a producer and a consumer
thread."""
import io
import logging
import queue
import threading
from contextlib import redirect_stdout

log_buffer = io.StringIO()
handler = logging.StreamHandler(log_buffer)
handler.setFormatter(logging.Formatter('%(threadName)s %(levelname)s %(message)s'))
log = logging.getLogger('workers')
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def work(n, done):
    log.info('job %d starts', n)
    total = sum(range(n * 100))
    log.info('job %d total=%d', n, total)
    done.append(n)


done = []
threads = [threading.Thread(target=work, args=(n, done), name=f'w{n}') for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = log_buffer.getvalue().splitlines()
print(len(lines), 'log lines;', sorted(lines)[:2])

report = io.StringIO()
print('Report', file=report)
print('=' * 6, file=report)
for n in sorted(done):
    print(f'job {n:>2}', 'ok', sep=' | ', file=report)
report.write('end\n')
print(repr(report.getvalue()))
print('tell:', report.tell(), 'seek(0):', report.seek(0))
print('first line:', repr(report.readline()))
print('next 3 chars:', repr(report.read(3)), 'tell:', report.tell())
print('rest as lines:', report.readlines())
report.seek(0)
print('iterating:', [line.rstrip('\n') for line in report][:3])


def chatty(n):
    print('computing', n)
    print('still computing')
    return n * 2

captured = io.StringIO()
with redirect_stdout(captured):
    value = chatty(21)
print('value', value, 'captured', captured.getvalue().splitlines())

with io.StringIO('alpha\nbeta\ngamma') as buf:
    print([line.upper() for line in buf])
    buf.seek(0, io.SEEK_END)
    buf.write('\ndelta')
    print(buf.getvalue().split('\n'))
print('closed after with:', buf.closed)
try:
    buf.getvalue()
except ValueError as err:
    print('ValueError:', err)

crlf = io.StringIO('GET /\r\nHost: sim\r\n\r\n', newline=None)
print('translated:', crlf.readlines())
raw = io.StringIO(newline='')
raw.write('a\r\nb\rc\n')
raw.seek(0)
print('universal lines:', list(raw))

overwrite = io.StringIO('0123456789')
overwrite.seek(3)
overwrite.write('abc')
overwrite.truncate(8)
print(overwrite.getvalue(), overwrite.tell())
try:
    io.StringIO().write(b'bytes')
except TypeError as err:
    print('TypeError:', err)


def producer(channel, items):
    for item in items:
        frame = io.BytesIO()
        payload = item.encode()
        frame.write(len(payload).to_bytes(2, 'big'))
        frame.write(payload)
        channel.put(frame.getvalue())
    channel.put(None)


def consumer(channel, out):
    stream = io.BytesIO()
    while (chunk := channel.get()) is not None:
        stream.write(chunk)
    stream.seek(0)
    while header := stream.read(2):
        size = int.from_bytes(header, 'big')
        out.append(stream.read(size).decode())


channel, received = queue.Queue(), []
threads = [threading.Thread(target=producer, args=(channel, ['ping', 'pong', 'done'])),
           threading.Thread(target=consumer, args=(channel, received))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('received', received)
data = io.BytesIO(b'line one\nline two\n')
print(data.readline(), data.read(4), data.tell(), data.getvalue()[-5:])
