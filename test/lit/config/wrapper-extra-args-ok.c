// A wrapper's own arguments that the model does not take are handed on by
// the wrapper, as far as threadlint knows: `&sup` goes to the supervisor
// thread here, which then owns the thread stored in it.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/sup.c 2>&1 | count 0

//--- .threadlint.yaml
# spawn_watched(&t, fn, &supervised, name): runs fn with `name` as its
# argument and registers `supervised` with it
wrappers:
  - {name: spawn_watched, model: pthread_create, args: [0, null, 1, 3], can-fail: false}

//--- src/sup.c
#include <pthread.h>

void spawn_watched(pthread_t *t, void *(*fn)(void *), pthread_t *supervised, const char *name);
static void *work(void *arg) { return arg; }
static void *watch(void *arg) { return arg; }

void start(void) {
    pthread_t sup, w;
    if (pthread_create(&w, NULL, work, NULL) != 0)
        return;
    spawn_watched(&sup, watch, &w, "watchdog");
    pthread_join(sup, NULL);
}
