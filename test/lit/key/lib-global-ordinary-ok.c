// A key created into a global by an ordinary function (no constructor, no
// init/fini pair) is meant to live as long as the process: silent, even
// though the file has a destructor that does not delete it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t req_key;
static pthread_key_t other_key;

int server_start(void) {
    return pthread_key_create(&req_key, free);
}

__attribute__((destructor)) static void server_unload(void) {
    pthread_key_delete(other_key);
}
