"""When objects die, and so when weak references see it: a callback that drops more objects, a generator closed
with a referenced local, a WeakValueDictionary shared by asyncio tasks, a thread's local, two thousand
objects dropped at once, and a finalizer whose object leaves a list."""
import asyncio
import threading
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


log = []


def chain_cb(r):
    log.append('outer died')
    inner = Obj(99)
    weakref.ref(inner, lambda _: log.append('inner died'))
    del inner


o = Obj(1)
keep = weakref.ref(o, chain_cb)
o = None
print(log)


def gen():
    x = Obj(5)
    r = weakref.ref(x, lambda _: print('gen local died'))
    yield 1
    yield 2


g = gen()
next(g)
print('closing')
g.close()
print('closed')


cache = weakref.WeakValueDictionary()


async def worker(i):
    obj = Obj(i)
    cache[i] = obj
    await asyncio.sleep(0.01 * i)
    return len(cache)


async def main():
    sizes = await asyncio.gather(*(worker(i) for i in range(4)))
    print('sizes', sizes, 'after', len(cache))


asyncio.run(main())


def thread_body(results):
    local = Obj(7)
    results.append(weakref.ref(local, lambda _: print('thread local died')))


res = []
t = threading.Thread(target=thread_body, args=(res,))
t.start()
t.join()
print('thread done', res[0]())
objs = [Obj(i) for i in range(2000)]
refs = [weakref.ref(x) for x in objs]
d = weakref.WeakKeyDictionary((x, x.n) for x in objs)
print(len(d), sum(r() is not None for r in refs))
del objs
print(len(d), sum(r() is not None for r in refs))
lst = [Obj(1)]
f = weakref.finalize(lst[0], print, 'finalizer from list pop')
lst.pop()
print('popped', f.alive)
