/* musl's definitions of the cleanup macros (include/pthread.h), so the
 * tests see the expansion a musl build sees: the region is one hidden
 * do/while whose body registers a frame `__cb` and ends with the pop. */
#include <pthread.h>

struct __ptcb {
    void (*__f)(void *);
    void *__x;
    struct __ptcb *__next;
};
void _pthread_cleanup_push(struct __ptcb *, void (*)(void *), void *);
void _pthread_cleanup_pop(struct __ptcb *, int);

#undef pthread_cleanup_push
#undef pthread_cleanup_pop
#define pthread_cleanup_push(f, x) do { struct __ptcb __cb; _pthread_cleanup_push(&__cb, f, x);
#define pthread_cleanup_pop(r) _pthread_cleanup_pop(&__cb, (r)); } while(0)
