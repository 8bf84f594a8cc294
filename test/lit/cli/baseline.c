// Baselines: --write-baseline records a run's findings (SARIF with
// partialFingerprints), --baseline reports only findings it lacks, and the
// exit status counts only those.  A finding keeps its identity when lines
// are added above it and a neighbouring function is reformatted; a second
// identical finding in the same function is new; a finding fixed since is
// counted in --stats.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: cp v1.c server.c
// RUN: not %threadlint --no-source server.c --write-baseline=base.sarif > v1.out 2>&1
// RUN: FileCheck %s --check-prefix=V1 --input-file=v1.out
// V1: server.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// V1: server.c:19:5: warning: {{.*}} [pthread.ThreadLeak]
// V1: 2 warnings generated.

// The same code against its baseline: nothing new, exit 0.
// RUN: %threadlint --no-source server.c --baseline=base.sarif 2>&1 | count 0

// v2: a comment block above, 'fire' reformatted, 'serve' unchanged, and a
// second identical leak added to 'spawn': only that one is reported.
// RUN: cp v2.c server.c
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source server.c --baseline=base.sarif | FileCheck %s --check-prefix=V2 --implicit-check-not=warning:
// V2: server.c:35:5: warning: thread 't2' running 'worker' is neither joined nor detached when 'spawn' returns [pthread.ThreadLeak]
// V2: 1 warning generated.
// V2: exit: 1

// SARIF against a baseline holds the new findings only, marked new.
// RUN: not %threadlint --format=sarif server.c --baseline=base.sarif > v2.sarif
// RUN: %python %S/Inputs/check_sarif.py v2.sarif | FileCheck %s --check-prefix=V2SARIF
// V2SARIF: result pthread.ThreadLeak line 35 notes 1 fixes 1
// V2SARIF-NEXT: results: 1

// v3: the leak in 'serve' fixed.  --stats says so; 'fire' is still there.
// RUN: cp v3.c server.c
// RUN: %threadlint --no-source --stats server.c --baseline=base.sarif 2>&1 | FileCheck %s --check-prefix=V3 --implicit-check-not=warning:
// V3:      baseline findings:   2
// V3-NEXT:   found again:       1
// V3-NEXT:   fixed since:       1
// V3-NEXT:   fixed: server.c: thread 'tid' running 'worker' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]

// An earlier run's --format=sarif output is a baseline as well.
// RUN: cp v1.c server.c
// RUN: not %threadlint --format=sarif server.c > run.sarif
// RUN: %threadlint --no-source server.c --baseline=run.sarif 2>&1 | count 0

// Refreshing: --write-baseline with --baseline records every finding, the
// known ones too.
// RUN: cp v2.c server.c
// RUN: not %threadlint --no-source server.c --baseline=base.sarif --write-baseline=new.sarif > /dev/null 2>&1
// RUN: %python %S/Inputs/check_sarif.py new.sarif | FileCheck %s --check-prefix=REFRESH
// REFRESH: results: 3
// RUN: %threadlint --no-source server.c --baseline=new.sarif 2>&1 | count 0

// A baseline that cannot be read, or is not SARIF, is an error.
// RUN: not %threadlint server.c --baseline=missing.sarif 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: threadlint: error: --baseline: cannot read 'missing.sarif': {{.*}}
// RUN: echo '{"version": "2.1.0"}' > not-sarif.json
// RUN: not %threadlint server.c --baseline=not-sarif.json 2>&1 | FileCheck %s --check-prefix=NOTSARIF
// NOTSARIF: threadlint: error: --baseline: 'not-sarif.json' is not a SARIF log (no "runs")

//--- v1.c
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);
int log_line(const char *);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0)
        return -2;
    pthread_join(tid, NULL);
    return 0;
}

void spawn(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}

int fire(int n) { if (n > 0) { log_line("fire"); return n; } return 0; }

//--- v2.c
/*
 * A comment added above everything,
 * moving every line down.
 */
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);
int log_line(const char *);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0)
        return -2;
    pthread_join(tid, NULL);
    return 0;
}

int fire(int n)
{
    if (n > 0) {
        log_line("fire");
        return n;
    }
    return 0;
}

void spawn(void) {
    pthread_t t;
      pthread_create(&t, NULL, worker, NULL);
    pthread_t t2;
    int unused = 0;
    pthread_create(&t2, NULL, worker, NULL);
    (void)unused;
}

//--- v3.c
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);
int log_line(const char *);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
        pthread_join(tid, NULL);
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}

void spawn(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
