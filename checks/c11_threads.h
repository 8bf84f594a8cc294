/* What the rule modules know about C11 <threads.h> beyond its names: the
 * value of its success status.  The standard leaves the enumerator values
 * open; glibc and musl both define thrd_success as 0. */
#ifndef THREADLINT_C11_THREADS_H
#define THREADLINT_C11_THREADS_H

enum { TL_THRD_SUCCESS = 0 };
#define TL_THRD_SUCCESS_TEXT "thrd_success"

#endif
