// `header-filter:` in the config file works as --header-filter: findings
// in headers whose path matches are reported too.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/main.c -Iinclude 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// Without it, only the main file reports.
// RUN: %threadlint --no-source --config-file=/dev/null src/main.c -Iinclude 2>&1 | count 0
//
// CHECK:      include/spawn.h:6:5: warning: thread 't' running 'work' is neither joined nor detached when 'spawn_one' returns [pthread.ThreadLeak]
// CHECK-NEXT: include/spawn.h:7:1: note: 'spawn_one' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"include/spawn.h":{6:5-6:5}:"if ("
// CHECK-NEXT: fix-it:"include/spawn.h":{6:41-6:41}:" == 0)\n        pthread_detach(t)"
// CHECK-NEXT: 1 warning generated.

//--- .threadlint.yaml
header-filter: 'include/.*\.h$'

//--- include/spawn.h
#include <pthread.h>
static void *work(void *arg) { return arg; }

static inline void spawn_one(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- src/main.c
#include "spawn.h"

int main(void) {
    spawn_one();
    return 0;
}
