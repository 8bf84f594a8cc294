// An empty config file, one with only comments, an empty document, and
// keys left empty all mean "nothing to change": correct code stays silent
// and the exit status is 0.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint --config-file=/dev/null src/ok.c 2>&1 | count 0
// RUN: %threadlint --config-file=empty.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint --config-file=comments.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint --config-file=document.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint --config-file=nulls.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint src/ok.c 2>&1 | count 0

//--- empty.yaml
//--- comments.yaml
# threadlint settings for this project
# (none yet)

//--- document.yaml
---
...

//--- nulls.yaml
checks:
header-filter: ~
wrappers: null

//--- .threadlint.yaml

//--- src/ok.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    return pthread_join(t, NULL);
}
