# Uncaught explicitly chained exception: raise ValueError from KeyError (cause traceback)
def parse(config):
    try:
        return config["port"]
    except KeyError as e:
        raise ValueError("port setting is required") from e

parse({"host": "localhost"})
