// Joining a peer handle that is first checked not to be the calling
// thread.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int join_peer(pthread_t peer) {
    if (pthread_equal(peer, pthread_self()))
        return -1;
    return pthread_join(peer, NULL);
}
