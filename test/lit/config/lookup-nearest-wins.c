// Each file gets the nearest config file above it, and only that one: a
// directory's own file replaces its parent's (it is not merged with it).
// Files in directories with no config file above them use the defaults.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source proj/top.c proj/lib/lib.c other/other.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// The same with parallel jobs: every directory is looked up once, first.
// RUN: not %threadlint --no-source -j 3 proj/top.c proj/lib/lib.c other/other.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
//
// CHECK:      proj/lib/lib.c:6:5: warning: thread 't' running 'work' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: proj/lib/lib.c:7:1: note: 'fire' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"proj/lib/lib.c":{6:5-6:5}:"if ("
// CHECK-NEXT: fix-it:"proj/lib/lib.c":{6:41-6:41}:" == 0)\n        pthread_detach(t)"
// CHECK-NEXT: other/other.c:6:5: warning: thread 't' running 'work' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: other/other.c:7:1: note: 'fire' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"other/other.c":{6:5-6:5}:"if ("
// CHECK-NEXT: fix-it:"other/other.c":{6:41-6:41}:" == 0)\n        pthread_detach(t)"
// CHECK-NEXT: 2 warnings generated.

//--- proj/.threadlint.yaml
checks: '-pthread.ThreadLeak'

//--- proj/lib/.threadlint.yaml
# an empty config file: built-in defaults, every rule on

//--- proj/top.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- proj/lib/lib.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- other/other.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
