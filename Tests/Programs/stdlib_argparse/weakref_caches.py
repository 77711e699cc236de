"""Weak references as concurrent programs use them: a WeakValueDictionary cache of connections shared by worker
threads (an entry goes when the last worker drops the connection), per-object metadata in a
WeakKeyDictionary, a WeakSet registry of live tasks, callbacks and finalize to release resources, WeakMethod
for subscriber lists that do not keep their listeners alive, and a proxy."""
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host
        Connection.opened += 1
        self._finalizer = weakref.finalize(self, print, f'  closed socket to {host}')

    def query(self, n):
        return f'{self.host}#{n}'

    def __repr__(self):
        return f'Connection({self.host!r})'


class Pool:
    """Hands out one live connection per host; the pool itself keeps none alive."""

    def __init__(self):
        self._live = weakref.WeakValueDictionary()
        self._lock = threading.Lock()

    def get(self, host):
        with self._lock:
            conn = self._live.get(host)
            if conn is None:
                conn = Connection(host)
                self._live[host] = conn
            return conn

    def hosts(self):
        return sorted(self._live.keys())


pool = Pool()


def worker(n):
    conn = pool.get(f'db{n % 2}')
    return conn.query(n)


with ThreadPoolExecutor(max_workers=3) as executor:
    print(sorted(executor.map(worker, range(6))))
print('opened', Connection.opened, 'live after the pool:', pool.hosts())

held = pool.get('cache')
print('live while held:', pool.hosts(), 'same object:', pool.get('cache') is held)
del held
print('live after del:', pool.hosts())

# Metadata attached to objects without keeping them alive.
stats = weakref.WeakKeyDictionary()
a, b = Connection('a'), Connection('b')
stats[a] = {'queries': 3}
stats[b] = {'queries': 5}
print('stats for', len(stats), 'objects; a in stats:', a in stats, stats[a])
del a
print('after del a:', len(stats), [conn.host for conn in stats.keys()], list(stats.values()))

# A registry of live tasks.
class Task:
    def __init__(self, name):
        self.name = name

registry = weakref.WeakSet()
tasks = [Task(f't{i}') for i in range(4)]
for t in tasks:
    registry.add(t)
print('registered', len(registry))
tasks = tasks[::2]
print('still registered', sorted(t.name for t in registry))

# A reference with a callback, and one that is reused.
def gone(ref):
    print('  callback: referent gone, ref() is', ref())

job = Task('job')
r = weakref.ref(job, gone)
print('r() is job:', r() is job, 'ref reused:', weakref.ref(job) is weakref.ref(job))
print('refs to job:', weakref.getweakrefcount(job))
job = None
print('after rebinding, r() =', r())

# Subscribers held by WeakMethod do not outlive their objects.
class Listener:
    def __init__(self, name):
        self.name = name

    def on_event(self, event):
        print(f'  {self.name} got {event}')

subscribers = []
l1, l2 = Listener('l1'), Listener('l2')
for listener in (l1, l2):
    subscribers.append(weakref.WeakMethod(listener.on_event))

def publish(event):
    alive = [m() for m in subscribers]
    for method in alive:
        if method is not None:
            method(event)
    print(f'  {sum(m is not None for m in alive)} of {len(subscribers)} subscribers alive')

publish('start')
del l1
publish('stop')

settings = Listener('settings')
p = weakref.proxy(settings)
print('through proxy:', p.name)
p.name = 'renamed'
print('object renamed:', settings.name)
del settings
try:
    p.name
except ReferenceError as err:
    print('ReferenceError:', err)

for value in ([1, 2], 'text', 42):
    try:
        weakref.ref(value)
    except TypeError as err:
        print('TypeError:', err)

f = weakref.finalize(Task('short-lived'), print, 'never printed twice')
print('finalizer alive after its object died:', f.alive)
keep = Task('kept')
weakref.finalize(keep, print, 'finalized at exit: kept')
print('end of program')
