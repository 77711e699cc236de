"""Warning filters with regular expressions, as libraries configure them: ignore by message pattern, turn a
category into errors, filter by module, record what is left."""
import warnings
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("W:", c.__name__, m)
warnings.filterwarnings("ignore", message=".*deprecated")
warnings.filterwarnings("error", message="fatal: [0-9]+", category=RuntimeWarning)
warnings.filterwarnings("ignore", module="__ma.n__", category=FutureWarning)
warnings.warn("this API is DEPRECATED soon")
warnings.warn("kept")
warnings.warn("future thing", FutureWarning)
try:
    warnings.warn("fatal: 42", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.warn("fatal: x", RuntimeWarning)
print(warnings.filters[0][1].pattern, warnings.filters[0][3].pattern, warnings.filters[1][1].pattern, warnings.filters[2][1].pattern)
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", "skip me")
    for text in ("skip me please", "show me", "SKIP ME too"):
        warnings.warn(text)
print([str(w.message) for w in seen])
