# Unsupported construct: importing a module other than random must be rejected at load time
import os

print("separator is", repr(os.sep))
