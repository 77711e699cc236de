# Two shoppers check the stock, then pay, then take the widget: by default the first has paid before the
# second looks. When the first one's browsing (an awaited sleep standing for I/O) is slower, both see the
# last widget in stock and both take it.
import asyncio

stock = {"widget": 1}


async def shop(name, browsing):
    await asyncio.sleep(browsing)
    if stock["widget"] > 0:
        await asyncio.sleep(0.05)
        stock["widget"] -= 1
        print(name, "bought the last widget")


async def main():
    await asyncio.gather(shop("ann", 0.1), shop("bob", 0.2))
    print("left:", stock["widget"])
    assert stock["widget"] >= 0, f"sold {1 - stock['widget']} widgets, had 1"


asyncio.run(main())
