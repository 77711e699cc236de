"""Timeouts and cancellation: a CancelledError thrown in at the await.

wait_for (q1) and asyncio.timeout (q2) cancel the work at the deadline and
raise TimeoutError in main(); each query's finally block still runs. Then
main() cancels a sleeping worker with a message, and gets that message back.
"""
import asyncio
import sim


def log(text):
    print(f"{asyncio.get_running_loop().time():.2f}  {text}")


async def slow_query(name, seconds):
    log(f"{name}: started, needs {seconds}s")
    try:
        await asyncio.sleep(seconds)
    finally:
        log(f"{name}: finally block, closing connection")


async def main():
    try:
        sim.note("nothing runs yet: wait_for will run q1 as a task and arm a 0.2 s timer beside it")
        await asyncio.wait_for(slow_query("q1", 1.0), timeout=0.2)
    except TimeoutError:
        log("main: wait_for raised TimeoutError")
    try:
        async with asyncio.timeout(0.3):
            await slow_query("q2", 1.0)
    except TimeoutError:
        log("main: the timeout block raised TimeoutError")
    task = asyncio.create_task(slow_query("worker", 5.0))
    await asyncio.sleep(0.1)
    sim.note("the worker sleeps; cancel() only asks: CancelledError is thrown into it when it next runs")
    task.cancel("shutting down")
    log(f"main: cancel requested, worker done={task.done()}")
    try:
        await task
    except asyncio.CancelledError as e:
        log(f"main: worker cancelled={task.cancelled()}, message={e.args}")


asyncio.run(main())
