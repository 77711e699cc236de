"""sim.cpu inside a callback and inside tasks delays every other ready callback and timer."""
import asyncio
import sim


def heavy(loop, log):
    log.append(f"heavy starts {loop.time():.2f}")
    sim.cpu(0.4)
    log.append(f"heavy ends {loop.time():.2f}")


async def busy(name, steps, loop, log):
    for _ in range(steps):
        sim.cpu(0.1)
        log.append(f"{name} burst done {loop.time():.2f}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.1, heavy, loop, log)
    loop.call_later(0.2, lambda: log.append(f"0.2 timer at {loop.time():.2f}"))
    await asyncio.sleep(0.1)
    log.append(f"main woke {loop.time():.2f}")
    await asyncio.gather(busy("x", 2, loop, log), busy("y", 2, loop, log))
    log.append(f"end {loop.time():.2f}")
    print("\n".join(log))


asyncio.run(main())
