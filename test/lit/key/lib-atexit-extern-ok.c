// The constructor registers with atexit a fini defined in another file:
// it may delete the key, so nothing is reported.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

pthread_key_t plugin_key;
void plugin_fini(void); /* plugin_fini.c deletes plugin_key */

__attribute__((constructor)) static void plugin_init(void) {
    if (pthread_key_create(&plugin_key, NULL) == 0)
        atexit(plugin_fini);
}
