"""Every name issue #18 lists (and the ones real programs reach for next to them) exists, module by module."""
import abc
import bisect
import collections
import collections.abc
import contextlib
import copy
import dataclasses
import datetime
import enum
import functools
import heapq
import itertools
import json
import logging
import math
import operator
import os
import os.path
import random
import signal
import statistics
import string
import sys
import textwrap
import time
import traceback
import typing
import uuid
import warnings
import weakref

WANTED = {
    sys: "argv exit stdout stderr version version_info maxsize getrecursionlimit setrecursionlimit exc_info "
         "exception platform byteorder float_info intern getsizeof modules path",
    logging: "captureWarnings basicConfig getLogger debug info warning error exception critical log StreamHandler NullHandler "
             "Handler Formatter Filter LoggerAdapter Logger LogRecord lastResort root getLevelName addLevelName "
             "getLevelNamesMapping disable shutdown makeLogRecord DEBUG INFO WARNING ERROR CRITICAL NOTSET FATAL WARN",
    time: "time sleep monotonic perf_counter strftime strptime localtime gmtime mktime ctime asctime time_ns "
          "monotonic_ns perf_counter_ns process_time thread_time struct_time timezone altzone daylight tzname",
    datetime: "datetime date time timedelta timezone tzinfo MINYEAR MAXYEAR UTC",
    functools: "partial partialmethod wraps update_wrapper reduce lru_cache cache cached_property total_ordering "
               "singledispatch singledispatchmethod cmp_to_key WRAPPER_ASSIGNMENTS WRAPPER_UPDATES recursive_repr "
               "get_cache_token",
    itertools: "count cycle repeat accumulate chain compress dropwhile filterfalse groupby islice pairwise "
               "starmap takewhile tee zip_longest product permutations combinations combinations_with_replacement",
    collections: "deque defaultdict Counter namedtuple OrderedDict ChainMap UserDict UserList UserString",
    collections.abc: "Iterable Iterator Generator Sequence MutableSequence Mapping MutableMapping Set MutableSet "
                     "Callable Hashable Sized Container Collection Awaitable Coroutine AsyncIterator AsyncIterable "
                     "AsyncGenerator Reversible KeysView ValuesView ItemsView MappingView",
    dataclasses: "dataclass field fields asdict astuple replace is_dataclass make_dataclass InitVar KW_ONLY MISSING "
                 "FrozenInstanceError Field",
    contextlib: "contextmanager asynccontextmanager suppress closing aclosing nullcontext ExitStack AsyncExitStack "
                "redirect_stdout redirect_stderr AbstractContextManager ContextDecorator",
    enum: "Enum IntEnum StrEnum Flag IntFlag auto unique",
    typing: "Any Callable ClassVar Dict Final Generic Iterable Iterator List Literal Mapping NamedTuple NewType "
            "Optional Protocol Sequence Set Tuple TypedDict TypeVar Union cast overload runtime_checkable "
            "get_type_hints get_args get_origin Annotated TYPE_CHECKING Awaitable Coroutine AsyncIterator Deque "
            "DefaultDict FrozenSet Type NoReturn ParamSpec Concatenate TypeAlias TypeGuard Self Never "
            "LiteralString assert_never reveal_type final Hashable Sized SupportsInt IO TextIO AnyStr Text",
    abc: "ABC ABCMeta abstractmethod abstractclassmethod abstractstaticmethod abstractproperty update_abstractmethods",
    math: "pi e tau inf nan sqrt floor ceil trunc log log2 log10 exp pow fabs isclose isfinite isinf isnan fsum "
          "prod comb perm factorial gcd lcm isqrt dist hypot copysign frexp ldexp modf fmod remainder nextafter "
          "ulp cbrt exp2 degrees radians sin cos tan asin acos atan atan2 erf erfc gamma",
    operator: "add sub mul truediv floordiv mod pow neg pos abs eq ne lt le gt ge not_ truth is_ is_not and_ or_ "
              "xor invert lshift rshift concat contains countOf indexOf getitem setitem delitem itemgetter "
              "attrgetter methodcaller index length_hint call iadd isub imul itruediv ifloordiv imod ipow iand ior "
              "ixor ilshift irshift imatmul iconcat matmul",
    string: "ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits punctuation printable "
            "whitespace capwords Template Formatter",
    heapq: "heappush heappop heapify heappushpop heapreplace nlargest nsmallest merge",
    bisect: "bisect bisect_left bisect_right insort insort_left insort_right",
    copy: "copy deepcopy Error error",
    json: "dumps loads dump load JSONDecodeError JSONDecoder JSONEncoder",
    textwrap: "wrap fill shorten dedent indent TextWrapper",
    statistics: "mean fmean geometric_mean harmonic_mean median median_low median_high median_grouped mode "
                "multimode pstdev pvariance stdev variance quantiles covariance correlation linear_regression "
                "NormalDist StatisticsError",
    random: " ".join(random.__all__),
    uuid: "UUID uuid3 uuid4 uuid5 NAMESPACE_DNS NAMESPACE_URL NAMESPACE_OID NAMESPACE_X500 RFC_4122",
    signal: "SIGINT SIGTERM SIGKILL SIGHUP SIGUSR1 SIGUSR2 SIG_DFL SIG_IGN Signals Handlers NSIG strsignal",
    traceback: "print_exc format_exc print_exception format_exception format_exception_only print_stack "
               "format_stack extract_tb extract_stack format_tb print_tb format_list print_list FrameSummary "
               "StackSummary",
    warnings: "warn warn_explicit simplefilter filterwarnings resetwarnings catch_warnings showwarning "
              "formatwarning filters",
    weakref: "ref proxy WeakMethod WeakValueDictionary WeakKeyDictionary WeakSet finalize getweakrefcount",
    os: "getpid getppid cpu_count getenv sep linesep name curdir pardir pathsep path",
    os.path: "join split basename dirname splitext normpath isabs commonprefix commonpath normcase splitdrive",
}
for module, names in WANTED.items():
    missing = sorted(name for name in names.split() if not hasattr(module, name))
    print(f"{module.__name__:16} {len(names.split()):3} names, missing: {missing}")
print(sorted(name for name in dir(random) if not name.startswith("_")) == sorted(random.__all__))
print(len(random.__all__), "in random.__all__;", "dir(math) lists sqrt:", "sqrt" in dir(math))
