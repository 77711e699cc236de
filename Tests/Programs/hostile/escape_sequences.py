"""Output and names full of terminal control: none of it may reach the terminal raw."""
import asyncio


async def child():
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(child(), name="\x1b[31mred\x1b]0;pwned\x07")
    print("clear\x1b[2J screen")
    print("clipboard \x1b]52;c;cHduZWQ=\x07 write")
    print("title \x1b]0;owned title\x07 change")
    print("carriage\r return and back\bspace")
    print("bidi \u202eevil\u202c override")
    await task


asyncio.run(main())
