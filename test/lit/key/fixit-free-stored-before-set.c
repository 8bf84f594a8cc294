// --fix frees the key's own value, `free(pthread_getspecific(k));` on a
// line of its own, before a set that replaces memory this function
// allocated and only the key holds; the key as the set spells it, C11
// keys alike.  Not offered when some path reaches the set without that
// value (the loop's first turn, misuse-set-twice.c).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED --strict-whitespace
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

struct ctx {
    pthread_key_t key;
};

void consume(void);
int more(void);

int resize(struct ctx *c, int n) {
    if (pthread_key_create(&c->key, free) != 0)
        return -1;
    pthread_setspecific(c->key, malloc(16));
    consume();
    pthread_setspecific(c->key, malloc(n));
    return 0;
}

int grow(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_set(k, malloc(64));
    if (more()) {
        consume();
        tss_set(k, malloc(128));
    }
    free(tss_get(k));
    tss_delete(k);
    return 0;
}

// CHECK: input.c:27:5: warning: pthread_setspecific replaces the value of key 'c->key', memory this function allocated, without freeing it; a key's destructor runs only at thread exit, on the value the key then holds [pthread.KeyMisuse]
// CHECK-NEXT: input.c:23:9: note: 'pthread_key_create(&c->key, free) != 0' is false
// CHECK-NEXT: input.c:25:5: note: this thread's value of key 'c->key' is set here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{27:5-27:5}:"free(pthread_getspecific(c->key));\n    "
// CHECK: input.c:38:9: warning: tss_set replaces the value of key 'k', memory this function allocated, without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: input.c:33:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: input.c:36:9: note: 'more()' is true
// CHECK-NEXT: input.c:35:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{38:9-38:9}:"free(tss_get(k));\n        "
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      {{^    }}consume();
// FIXED-NEXT: {{^    }}free(pthread_getspecific(c->key));
// FIXED-NEXT: {{^    }}pthread_setspecific(c->key, malloc(n));
// FIXED:      {{^        }}consume();
// FIXED-NEXT: {{^        }}free(tss_get(k));
// FIXED-NEXT: {{^        }}tss_set(k, malloc(128));
