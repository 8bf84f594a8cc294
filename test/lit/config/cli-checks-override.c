// Precedence: built-in defaults, then the config file, then the command
// line.  --checks is applied after the file's `checks:`, as clang-tidy
// appends -checks to its config's Checks, so it can turn back on what the
// file turned off.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/both.c 2>&1 | count 0
// RUN: not %threadlint --no-source --checks=pthread.ThreadLeak src/both.c 2>&1 | FileCheck %s --check-prefix=LEAK --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: not %threadlint --no-source --checks=pthread.* src/both.c 2>&1 | FileCheck %s --check-prefixes=LEAK,MISUSE --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
//
// LEAK:       src/both.c:6:5: warning: thread 'a' running 'work' is neither joined nor detached when 'both' returns [pthread.ThreadLeak]
// LEAK-NEXT:  src/both.c:10:1: note: 'both' returns here with 'a' still joinable
// LEAK-NEXT:  fix-it:"src/both.c":{6:5-6:5}:"if ("
// LEAK-NEXT:  fix-it:"src/both.c":{6:41-6:41}:" == 0)\n        pthread_detach(a)"
// MISUSE-NEXT: src/both.c:9:5: warning: thread 'b' is joined after it was already joined [pthread.JoinMisuse]
// MISUSE-NEXT: src/both.c:8:5: note: 'b' joined here
// MISUSE-NEXT: fix-it:"src/both.c":{9:5-9:27}:""

//--- .threadlint.yaml
checks: '-*'

//--- src/both.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void both(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(b, NULL);
    pthread_join(b, NULL);
}
