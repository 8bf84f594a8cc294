// A loop written by the project's own foreach macro runs a body the user
// wrote: a break or continue in it binds to that loop, as meant, even
// inside a cleanup region (multipath-tools' vector_foreach_slot).  Only a
// loop whose body a macro wrote too, the cleanup macros' hidden do/while,
// is a trap (break-glibc.c, musl-break.c).  glibc and musl alike.
// RUN: %threadlint --no-source %s 2>&1 | count 0
// RUN: %threadlint --no-source -DMUSL %s 2>&1 | count 0
#ifdef MUSL
#include "Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

struct vec {
    int n;
    int *slot;
};
#define vec_foreach(v, p, i) for (i = 0; i < (v)->n && ((p) = (v)->slot[i]); i++)
#define vec_until(v, i) while (++(i) < (v)->n)

static void release(void *p) { (void)p; }

int find(struct vec *v, int want) {
    int i, p, found = -1;
    pthread_cleanup_push(release, v);
    vec_foreach(v, p, i) {
        if (p < 0)
            continue;
        if (p == want) {
            found = i;
            break;
        }
    }
    i = 0;
    vec_until(v, i)
        if (v->slot[i] == want)
            break;
    pthread_cleanup_pop(0);
    return found;
}
