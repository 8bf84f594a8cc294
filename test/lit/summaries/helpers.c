// Helpers in another file, through the summaries pass: one that joins (the
// caller is then silent, and a second join is a misuse), one that stores
// the handle where it outlives the call (silent), one that hands it to a
// function nothing summarises (silent: unknown), and one defined in two
// files (two ports) whose definitions disagree (unknown: silent).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t workers.c "cc -c workers.c" --entry %t stop.c "cc -c stop.c" --entry %t keep.c "cc -c keep.c" --entry %t stop_posix.c "cc -c stop_posix.c" --entry %t stop_other.c "cc -c stop_other.c"
// RUN: not %threadlint -p . workers.c --no-source --quiet | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// Without the first pass every helper is unknown, so all is silent.
// RUN: %threadlint -p . workers.c --no-source --quiet --no-summaries | count 0

// CHECK:      workers.c:21:12: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: workers.c:18:9: note: 'pthread_create(&t, NULL, job, NULL) != 0' is false
// CHECK-NEXT: workers.c:20:5: note: 't' joined here (by 'stop_worker')

//--- stop.c
#include <pthread.h>

int stop_worker(pthread_t t) {
    return pthread_join(t, NULL);
}

//--- keep.c
#include <pthread.h>

static pthread_t kept;
void keep_worker(pthread_t t) { kept = t; }
void log_worker(pthread_t t);
void log_it(pthread_t t) { log_worker(t); }

//--- stop_posix.c
#include <pthread.h>

void maybe_stop(pthread_t t) { pthread_join(t, NULL); }

//--- stop_other.c
#include <pthread.h>

void maybe_stop(pthread_t t) { pthread_detach(t); }

//--- workers.c
#include <pthread.h>

int stop_worker(pthread_t t);
void keep_worker(pthread_t t);
void log_it(pthread_t t);
void maybe_stop(pthread_t t);
static void *job(void *arg) { return arg; }

int joined_by_helper(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    return stop_worker(t);
}

int joined_twice(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    stop_worker(t);
    return pthread_join(t, NULL);
}

int kept_elsewhere(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    keep_worker(t);
    return 0;
}

int handed_on(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    log_it(t);
    return 0;
}

int stopped_somehow(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    maybe_stop(t);
    return 0;
}
