// `continue` on create failure (no thread) and after detaching a thread
// whose result is not needed; the rest are joined in the same iteration.
// Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <netdb.h>
#include <pthread.h>
#include <stddef.h>

struct lookup { const char *host; struct addrinfo *res; int cached; };

static void *resolve(void *arg) {
    struct lookup *l = arg;
    (void)getaddrinfo(l->host, "80", NULL, &l->res);
    return NULL;
}

int resolve_all(struct lookup *reqs, size_t n) {
    pthread_t t;
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        if (pthread_create(&t, NULL, resolve, &reqs[i]) != 0) {
            failed++;
            continue;
        }
        if (reqs[i].cached) {
            pthread_detach(t);
            continue;
        }
        pthread_join(t, NULL);
    }
    return failed;
}
