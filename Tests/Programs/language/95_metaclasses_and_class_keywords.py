import threading


class Singleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name
        print("Config made", name)


class Registry(type):
    plugins = []

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.plugins.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.tag = kwargs.get("tag", name.lower())

    def describe(cls):
        return f"{cls.__name__}[{cls.tag}]"


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin, tag="csv"):
    pass


class JsonPlugin(Plugin):
    pass


results = []
threads = [threading.Thread(target=lambda: results.append(Config("x") is Config())) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, Config().name, type(Config).__name__, isinstance(Config, Singleton), type(Config()) is Config)
print(Registry.plugins, CsvPlugin.describe(), JsonPlugin.tag, type(CsvPlugin) is Registry)


class Base:
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix


class Child(Base, prefix="ch-"):
    pass


print(Child.prefix, Base.__dict__.get("prefix"))
try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
Dynamic = Registry("Dynamic", (Plugin,), {"x": 1})
print(Dynamic.x, Dynamic.tag, Registry.plugins)
