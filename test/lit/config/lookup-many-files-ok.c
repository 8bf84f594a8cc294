// Many sources under one project, in parallel: each directory is looked up
// once and all share the project's settings.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint -j 4 a/1.c a/2.c a/b/3.c a/b/4.c a/b/c/5.c a/b/c/6.c 2>&1 | count 0
// RUN: not %threadlint --config-file=/dev/null a/1.c a/2.c a/b/3.c a/b/4.c a/b/c/5.c a/b/c/6.c 2>&1 | FileCheck %s
// CHECK: 6 warnings generated.

//--- .threadlint.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, null, 1, 2], can-fail: false}
checks: -pthread.ThreadLeak

//--- a/1.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
//--- a/2.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
//--- a/b/3.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
//--- a/b/4.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
//--- a/b/c/5.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
//--- a/b/c/6.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) { pthread_t t; pthread_create(&t, NULL, work, NULL); }
