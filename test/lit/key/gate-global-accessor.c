// pthread_getspecific/setspecific on a key held in a global can tell no
// rule anything unless the function also creates, deletes or declares a
// key: such functions (a logger's macro, say) are not even lowered.  A
// local or parameter key names its type, so those functions still are.
// RUN: %threadlint --dump-ir %s | FileCheck %s --check-prefix=IR --implicit-check-not='func log_line' --implicit-check-not='func remember'
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// The plugin selects the same: test/lit/plugin/gate-global-accessor.c.
#include <pthread.h>
#include <stdio.h>

static pthread_key_t logger_key;
#define LOGGER() ((FILE *)pthread_getspecific(logger_key))

void log_line(const char *s) { fputs(s, LOGGER()); }

void remember(void *p) { pthread_setspecific(logger_key, p); }

void *peek(pthread_key_t k) { return pthread_getspecific(k); }

void *never_created(void) {
    pthread_key_t k;
    return pthread_getspecific(k);
}

// IR: func peek
// IR: func never_created

// CHECK: gate-global-accessor.c:22:12: warning: 'k' is used by 'pthread_getspecific' but no key was ever created in it [pthread.KeyMisuse]
