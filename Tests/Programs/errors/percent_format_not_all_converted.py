# Uncaught TypeError from %-formatting a log line with one argument too many
def log_line(level, message, *args):
    return "[%s] " % level + message % args

print(log_line("INFO", "served %d requests in %.1f s", 120, 3.25))
print(log_line("WARN", "retrying %s", "db", 3))
