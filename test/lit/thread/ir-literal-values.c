// Integer constants: the lowering reads plain literals from their spelling
// and asks clang's evaluator for the rest (macros, pasted tokens, character
// literals, pointer casts).  Each value must be what the evaluator gives.
// RUN: %threadlint --dump-ir %s | FileCheck %s
#include <pthread.h>
#define ZERO 0
#define CAT(a, b) a##b

static void *worker(void *arg) { return arg; }

long long values(long long x) {
    pthread_t t;
    long long v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11;
    v0 = 0x10;
    v1 = 010;
    v2 = 0b101;
    v3 = 42u;
    v4 = 18446744073709551615ULL;
    v5 = 'a';
    v6 = ZERO;
    v7 = CAT(1, 2);
    v8 = 4294967295u;
    v9 = 9223372036854775807LL;
    v10 = 0XffLu;
    v11 = (unsigned char)300;
    if (x == 0)
        return -1;
    if (pthread_create(&t, (void *)0, worker, (void *)(long)x) != 0)
        return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11;
    return pthread_join(t, NULL);
}
// CHECK: assign v0 = 0x10=16
// CHECK: assign v1 = 010=8
// CHECK: assign v2 = 0b101=5
// CHECK: assign v3 = 42u=42
// CHECK: assign v4 = 18446744073709551615ULL=-1
// CHECK: assign v5 = 'a'=97
// CHECK: assign v6 = ZERO=0
// CHECK: assign v7 = CAT(1, 2)=12
// CHECK: assign v8 = 4294967295u=4294967295
// CHECK: assign v9 = 9223372036854775807LL=9223372036854775807
// CHECK: assign v10 = 0XffLu=255
// CHECK: assign v11 = (unsigned char)300=44
