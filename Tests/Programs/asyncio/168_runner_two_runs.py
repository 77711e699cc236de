"""asyncio.Runner: one loop for two runs; the loop is closed at the end of the block."""
import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    print(name, "at", loop.time())
    return name.upper()


background = []


async def start_background():
    background.append(asyncio.create_task(step("background", 10)))
    return "started"


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step("first", 0.2)))
    print(runner.run(step("second", 0.3)))
    print(runner.run(start_background()))
    print(runner.get_loop() is loop, loop.is_closed())
print(loop.is_closed(), background[0].cancelled())
late = step("late", 0)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(late))
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError:", e)
