# Unsupported construct: modules that reach the network or the file system are refused at load time,
# each with one line that says what to use instead
import socket
from urllib.request import urlopen
import subprocess, shutil

print("fetched", urlopen("http://example.com").read())
