// Every path joins the thread through my_join, so nothing leaks; the
// wrapper's handle argument must reach pthread_join's first.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/stop.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: my_join, model: pthread_join, args: [1, null]}  # my_join(name, t)

//--- src/stop.c
#include <pthread.h>

int my_join(const char *name, pthread_t t);
static void *work(void *arg) { return arg; }
int check(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (check()) {
        my_join("worker", t);
        return -2;
    }
    return my_join("worker", t);
}
