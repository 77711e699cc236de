"""grep over several documents with worker processes and threads; compiled patterns travel to the workers."""
import re
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool, Process, Queue

DOCUMENTS = {
    'server.log': 'INFO start\nWARN disk 91%\nERROR timeout after 30s\nINFO done\nERROR refused: port 8080\n',
    'notes.txt': 'todo: fix ERROR handling\nmeeting at 10:30\ncall Bob re: invoice #4411\n',
    'data.csv': 'id,name,score\n1,ann,93\n2,bob,78\n3,cy,88\n',
}
ERRORS = re.compile(r'^ERROR\b\s*(?P<what>.*)$', re.MULTILINE)
NUMBERS = re.compile(r'\d+(?:\.\d+)?')


def grep(job):
    name, pattern = job
    matches = pattern.finditer(DOCUMENTS[name])
    return name, [m.group('what') if 'what' in pattern.groupindex else m.group() for m in matches]


def worker(jobs, results):
    for name, pattern in iter(jobs.get, None):
        results.put((name, pattern.pattern, len(pattern.findall(DOCUMENTS[name]))))
    results.put(None)


if __name__ == '__main__':
    with Pool(2) as pool:
        for name, found in pool.map(grep, [(name, ERRORS) for name in sorted(DOCUMENTS)]):
            print(f'{name}: {found}')

    with ThreadPoolExecutor(max_workers=3) as executor:
        totals = executor.map(lambda name: (name, sum(map(float, NUMBERS.findall(DOCUMENTS[name])))),
                              sorted(DOCUMENTS))
        for name, total in totals:
            print(f'{name}: numbers add up to {total:g}')

    jobs, results = Queue(), Queue()
    child = Process(target=worker, args=(jobs, results))
    child.start()
    for name in sorted(DOCUMENTS):
        jobs.put((name, re.compile(r'\b[a-z]{3}\b', re.IGNORECASE)))
    jobs.put(None)
    for item in iter(results.get, None):
        print(item)
    child.join()
    print('worker exit code', child.exitcode)
