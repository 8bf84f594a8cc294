// --summaries=FILE: a missing file or one another format wrote is said on
// stderr and the run goes on as without it (exit status by its findings);
// a corrupt one is an error (status 2) and the run goes on without it.
// --no-summaries excludes both file options.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t name.c "cc -D_GNU_SOURCE -c name.c" --entry %t spawn.c "cc -c spawn.c"
// RUN: not %threadlint -p . --quiet --no-source --export-summaries=sums.json > both.out
// RUN: FileCheck %s --check-prefix=FOUND --input-file=both.out
// One file, its helper's summary read from the file: the same finding.
// RUN: not %threadlint --quiet --no-source --summaries=sums.json spawn.c | FileCheck %s --check-prefix=FOUND
// FOUND: spawn.c:8:9: warning: thread 't' running 'job' is neither joined nor detached when 'spawn' returns [pthread.ThreadLeak]
// RUN: %threadlint --quiet --no-source --summaries=missing.json spawn.c 2>&1 | FileCheck %s --check-prefix=MISSING --implicit-check-not=warning:
// MISSING: threadlint: warning: summaries file 'missing.json' not found; analysing without it
// RUN: sed -E 's/"version": *1/"version": 999/' sums.json > stale.json
// RUN: %threadlint --quiet --no-source --summaries=stale.json spawn.c 2>&1 | FileCheck %s --check-prefix=STALE --implicit-check-not=warning:
// STALE: threadlint: warning: summaries file 'stale.json' was written by another version; analysing without it
// RUN: echo '{"format": "threadlint-summaries", "version": 1, "functions": [{"name": "f", "returns": [{"lo": 1, "hi": 0, "effects": []}]}]}' > bad-range.json
// RUN: not %threadlint --quiet --no-source --summaries=bad-range.json spawn.c 2>&1 | FileCheck %s --check-prefix=RANGE --implicit-check-not=warning:
// RANGE: threadlint: error: summaries file 'bad-range.json' is not usable: a return class has no valid 'lo' and 'hi' (function 'f')
// RUN: echo '[1, 2' > not-json.json
// RUN: not %threadlint --quiet --no-source --summaries=not-json.json spawn.c 2>&1 | FileCheck %s --check-prefix=JSON
// JSON: threadlint: error: summaries file 'not-json.json' is not usable: line 2, column 0: ']' expected near end of file
// RUN: echo '{"format": "something else"}' > other.json
// RUN: not %threadlint --quiet --no-source --summaries=other.json spawn.c 2>&1 | FileCheck %s --check-prefix=OTHER
// OTHER: threadlint: error: summaries file 'other.json' is not usable: not a threadlint summaries file (no "format": "threadlint-summaries")
// RUN: not %threadlint -p . --no-summaries --summaries=sums.json 2>&1 | FileCheck %s --check-prefix=USAGE
// USAGE: threadlint: error: --no-summaries cannot be combined with --summaries or --export-summaries
// -p DIR with files named: DIR's threadlint-summaries.json (as clangd reads
// it) stands in for the first pass; corrupt, it is said and the pass runs.
// RUN: cp sums.json threadlint-summaries.json
// RUN: not %threadlint -p . spawn.c --quiet --no-source --stats 2> named.err | FileCheck %s --check-prefix=FOUND
// RUN: FileCheck %s --check-prefix=NOPASS --input-file=named.err
// NOPASS: wall time:
// NOPASS-NOT: summaries pass
// RUN: echo '{' > threadlint-summaries.json
// RUN: not %threadlint -p . spawn.c --quiet --no-source --stats 2> pass.err | FileCheck %s --check-prefix=FOUND
// RUN: FileCheck %s --check-prefix=PASS --input-file=pass.err
// PASS: threadlint: warning: summaries file './threadlint-summaries.json' is not usable: line 2, column 0: string or '}' expected near end of file; summarising the database instead
// PASS: summaries pass: {{.*}}, 2 functions with external linkage
// RUN: rm threadlint-summaries.json
// The export is the same for -j 1 and -j 2, whatever the order files finish in.
// RUN: not %threadlint -p . --quiet -j 1 --export-summaries=j1.json > /dev/null
// RUN: not %threadlint -p . --quiet -j 2 --export-summaries=j2.json > /dev/null
// RUN: diff j1.json j2.json
// RUN: not %threadlint -p . --quiet --export-summaries=nodir/x.json 2>&1 > /dev/null | FileCheck %s --check-prefix=UNWRITABLE
// UNWRITABLE: threadlint: error: cannot write summaries file 'nodir/x.json': No such file or directory

//--- name.c
#include <pthread.h>

void name_thread(pthread_t t, const char *name) { pthread_setname_np(t, name); }

//--- spawn.c
#include <pthread.h>

void name_thread(pthread_t t, const char *name);
static void *job(void *arg) { return arg; }

int spawn(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    name_thread(t, "worker");
    return 0;
}
