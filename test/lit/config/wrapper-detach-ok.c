// A thread detached through my_detach needs nothing more, on any path.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/bg.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: my_detach, model: pthread_detach, can-fail: false}

//--- src/bg.c
#include <pthread.h>

void my_detach(pthread_t t);
static void *work(void *arg) { return arg; }
int check(void);

int background(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    my_detach(t);
    if (check())
        return -2;
    return 0;
}
