// The same settings in the YAML styles people write: block and flow
// collections, quoted and plain strings, booleans in any case, -1 for a
// missing argument, comments.  Each file turns the leak rule off (the
// helper's thread is left running on purpose) and declares the same
// wrapper, as --dump-ir shows: stop_thread(t) is pthread_join(t, NULL).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint --config-file=block.yaml src/app.c 2>&1 | count 0
// RUN: %threadlint --config-file=flow.yaml src/app.c 2>&1 | count 0
// RUN: %threadlint --config-file=json.yaml src/app.c 2>&1 | count 0
// RUN: %threadlint --dump-ir --config-file=block.yaml src/app.c | FileCheck %s --check-prefixes=IR,NOFAIL
// RUN: %threadlint --dump-ir --config-file=flow.yaml src/app.c | FileCheck %s --check-prefixes=IR,FAIL
// RUN: %threadlint --dump-ir --config-file=json.yaml src/app.c | FileCheck %s --check-prefixes=IR,FAIL
// Without the settings, the helper is reported.
// RUN: not %threadlint --config-file=/dev/null src/app.c 2>&1 | FileCheck %s --check-prefix=NONE
//
// IR:        func run
// NOFAIL:    call pthread_join(t, -) -> %1  [extern expr-stmt in-compound cannot-fail]  @10:5
// FAIL:      call pthread_join(t, -) -> %1  [extern expr-stmt in-compound]  @10:5
// NONE:      1 warning generated.

//--- block.yaml
checks: >-
  -pthread.ThreadLeak
wrappers:
  - name: stop_thread     # stop_thread(&t): joins *t
    model: pthread_join
    args:
      - 0
      - ~
    can-fail: False

//--- flow.yaml
{checks: "-pthread.ThreadLeak", wrappers: [{name: stop_thread, model: pthread_join, args: [0, -1], can-fail: TRUE}]}

//--- json.yaml
{
  "checks": "-pthread.ThreadLeak",
  "wrappers": [
    {"name": "stop_thread", "model": "pthread_join", "args": [0, null]}
  ]
}

//--- src/app.c
#include <pthread.h>

int stop_thread(pthread_t t);
static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    stop_thread(t);
    return 0;
}

void helper(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
