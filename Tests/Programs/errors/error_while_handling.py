# Exception raised while handling another: implicit context traceback ("During handling ...")
def load(data):
    try:
        return data["value"] * 2
    except KeyError:
        return undefined_fallback(data)

print(load({"value": 4}))
print(load({}))
