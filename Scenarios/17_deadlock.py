"""Deadlock: two tasks, each waiting for a future only the other resolves.

alice will resolve bob_ready, but only after alice_ready is done; bob will
resolve alice_ready, but only after bob_ready is done. Once both are
suspended (and main() waits for them) the ready queue is empty and no timer
is pending: nothing can ever wake anyone. CPython would hang here forever;
asyncviz stops with exit status 1 and reports who waits on what.
"""
import asyncio
import sim


async def party(name, mine, theirs):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f}  {name}: waiting for my future before resolving theirs")
    await mine
    theirs.set_result(name)
    print(f"{loop.time():.2f}  {name}: done")


async def main():
    loop = asyncio.get_running_loop()
    alice_ready = loop.create_future()
    bob_ready = loop.create_future()
    alice = asyncio.create_task(party("alice", alice_ready, bob_ready), name="alice")
    bob = asyncio.create_task(party("bob", bob_ready, alice_ready), name="bob")
    sim.note("alice and bob are ready; each will run until 'await mine' and suspend, and neither gets past it")
    await asyncio.sleep(0.5)
    print(f"{loop.time():.2f}  main: alice done={alice.done()}, bob done={bob.done()}")
    sim.note("alice and bob await each other's future: no task is ready, no timer is left, so nobody can move")
    await asyncio.gather(alice, bob)
    print("never printed")


asyncio.run(main())
