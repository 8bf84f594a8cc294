// The text of each operand is its whole source range, however its last
// token is spelled: the plugin measures an identifier, a number or a
// closing bracket in the file's text and asks clang's lexer for the rest
// (a line splice, a literal with a prefix, a number with a fraction, a `$`
// in a name).  Parentheses and casts around an integer literal are one
// constant: the whole text, the value of the outermost cast that evaluates.
// C23's digit separators and u8 character constants: not in clang 14.
// UNSUPPORTED: llvm-14
// RUN: %threadlint --dump-ir %s -- -std=c2x | FileCheck %s
#include <pthread.h>

static void *worker(void *arg) { return arg; }

struct box {
    long f;
};

long texts(struct box *sp, long xy, long arr[2]) {
    pthread_t t;
    long a$b = 3;
    long v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10;
    const char *s;
    double d;
    v0 = ((int)(char)300);
    v1 = (long)(void *)0;
    v2 = (1'000);
    v3 = 2 * x\
y;
    v4 = L'a';
    v5 = 2 * a$b;
    v6 = 2 * sp->f;
    v7 = 2 * arr[1];
    v8 = u8'b';
    v9 = (0x1F);
    s = "te" "xt";
    v10 = v0 + sizeof u8"text";
    d = 1.5;
    if (pthread_create(&t, NULL, worker, s) != 0)
        return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + (long)d;
    return pthread_join(t, NULL);
}
// CHECK: assign v0 = ((int)(char)300)=44
// CHECK: assign v1 = (long)(void *)0=0
// CHECK: assign v2 = (1'000)=1000
// CHECK: assign v3 = ?(2 * x y)
// CHECK: assign v4 = L'a'=97
// CHECK: assign v5 = ?(2 * a$b)
// CHECK: assign v6 = ?(2 * sp->f)
// CHECK: assign v7 = ?(2 * arr[1])
// CHECK: assign v8 = u8'b'=98
// CHECK: assign v9 = (0x1F)=31
// CHECK: assign s = ?("te" "xt")
// CHECK: assign v10 = ?(v0 + sizeof u8"text")
// CHECK: assign d = ?(1.5)
