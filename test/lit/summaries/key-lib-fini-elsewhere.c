// tor's shape (crypto_rand_fast.c): a library init function makes a key
// through a wrapper another file defines (tor_threadlocal_init), and its
// sibling fini hands the same global to another such wrapper
// (tor_threadlocal_destroy, which deletes it).  The fini may delete it:
// silence.  A fini that hands it nothing leaves the key leaked (other.c).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t rng.c "cc -c rng.c" --entry %t local.c "cc -c local.c" --entry %t other.c "cc -c other.c"
// RUN: not %threadlint -p . --quiet --no-source > out.txt
// RUN: FileCheck %s --input-file=out.txt --implicit-check-not=warning: --implicit-check-not=note:
// CHECK: other.c:6:5: warning: key 'other_rng.key' created by library init function 'other_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: other.c:5:6: note: 'other_init' is an init function, paired by name with 'other_fini', and no destructor or atexit function deletes 'other_rng.key'
// CHECK-NEXT: other.c:10:6: note: 'other_fini' does not delete 'other_rng.key'

//--- local.h
#include <pthread.h>
typedef struct { pthread_key_t key; } threadlocal_t;
int threadlocal_init(threadlocal_t *tl);
void threadlocal_destroy(threadlocal_t *tl);

//--- local.c
#include "local.h"
int threadlocal_init(threadlocal_t *tl) { return pthread_key_create(&tl->key, NULL); }
void threadlocal_destroy(threadlocal_t *tl) { pthread_key_delete(tl->key); }

//--- rng.c
#include "local.h"
static threadlocal_t thread_rng;

void rng_init(void) {
    threadlocal_init(&thread_rng);
}

void rng_shutdown(void) {
    threadlocal_destroy(&thread_rng);
}

//--- other.c
#include "local.h"
static threadlocal_t other_rng;
static pthread_key_t log_key;

void other_init(void) {
    threadlocal_init(&other_rng);
    pthread_key_create(&log_key, NULL);
}

void other_fini(void) {
    pthread_key_delete(log_key);
}
