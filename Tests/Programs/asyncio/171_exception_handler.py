"""set_exception_handler catches a callback's error; call_exception_handler passes a context through."""
import asyncio

caught = []


def handler(loop, context):
    exc = context.get("exception")
    caught.append(context["message"])
    print("handler:", context["message"], "|", type(exc).__name__, exc, "|", sorted(context))


def broken_callback(x):
    raise ValueError(f"bad value {x}")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(broken_callback, 1)
    loop.call_later(0.1, broken_callback, 2)
    await asyncio.sleep(0.2)
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print("caught", len(caught))


asyncio.run(main())
