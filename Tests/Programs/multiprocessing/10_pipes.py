# Pipes between processes: a worker that doubles what it receives, a one-way pipe of progress reports,
# wait() over several pipes, and the errors a closed or one-way end gives.
import multiprocessing as mp
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection, wait


def doubler(conn):
    while True:
        message = conn.recv()
        if message is None:
            break
        conn.send({"in": message, "out": message * 2})
    conn.close()


def reporter(name, steps, conn):
    for step in range(steps):
        conn.send((name, step))
    conn.close()


if __name__ == "__main__":
    here, there = Pipe()
    print(type(here).__module__, type(here).__name__, isinstance(there, Connection))
    worker = Process(target=doubler, args=(there,))
    worker.start()
    there.close()
    for value in [1, "ab", [3]]:
        here.send(value)
        print("got", here.recv())
    print("nothing waiting:", here.poll())
    here.send(None)
    worker.join()
    print("closed?", here.closed, "readable", here.readable, "writable", here.writable)
    try:
        here.recv()
    except EOFError as error:
        print("EOF", repr(error))
    here.close()
    try:
        here.send(1)
    except OSError as error:
        print(repr(error))

    readers = []
    workers = []
    for name, steps in [("a", 2), ("b", 3)]:
        reader, writer = Pipe(duplex=False)
        p = Process(target=reporter, args=(name, steps, writer))
        p.start()
        writer.close()
        readers.append(reader)
        workers.append(p)
    reports = []
    while readers:
        for reader in wait(readers):
            try:
                reports.append(reader.recv())
            except EOFError:
                readers.remove(reader)
    for p in workers:
        p.join()
    print(sorted(reports))

    reader, writer = Pipe(duplex=False)
    for end, action in [(reader, lambda: reader.send(1)), (writer, lambda: writer.recv())]:
        try:
            action()
        except OSError as error:
            print(repr(error))
    writer.send_bytes(b"hello world", 6)
    writer.send_bytes(bytearray(b"xyz"), 1, 1)
    print(reader.recv_bytes(), reader.recv_bytes())
    with writer:
        writer.send("last")
    print(writer.closed, reader.recv(), reader.poll())
    try:
        reader.recv()
    except EOFError:
        print("EOF after the writer closed")
