// scan-build with the checker package: -load-plugin and -enable-checker
// pthread put the findings, path notes included, in its HTML report; one
// checker can be picked by its rule ID.
// REQUIRES: scan-build
// RUN: rm -rf %t && mkdir -p %t
// RUN: %scan_build -load-plugin %plugin -enable-checker pthread -o %t/all --use-cc=%clang %clang -c -o %t/x.o %s 2>&1 | FileCheck %s --check-prefix=RUN2
// RUN: cat %t/all/*/report-*.html | FileCheck %s --check-prefix=HTML
// RUN: %scan_build -load-plugin %plugin -enable-checker pthread.CleanupMisuse -o %t/one --use-cc=%clang %clang -c -o %t/x.o %s 2>&1 | FileCheck %s --check-prefix=RUN1
// RUN: cat %t/one/*/report-*.html | FileCheck %s --check-prefix=ONE --implicit-check-not='<!-- BUGTYPE joinable'
#include <pthread.h>

static void *work(void *arg) { return arg; }
static void release(void *p) { (void)p; }

int serve(int fd) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (fd < 0)
        return -2;
    pthread_join(t, NULL);
    return 0;
}

int guarded(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop(1);
    return 0;
}

// RUN2: scan-build: 2 bugs found.
// RUN1: scan-build: 1 bug found.

// HTML-DAG: <!-- BUGTYPE joinable thread neither joined nor detached on some path -->
// HTML-DAG: <!-- BUGCATEGORY POSIX thread resources -->
// HTML-DAG: 'fd &lt; 0' is true
// HTML-DAG: 'serve' returns here with 't' still joinable
// HTML-DAG: <!-- BUGTYPE cleanup handler region left without its pop -->
// HTML-DAG: cleanup handler pushed here

// ONE: <!-- BUGTYPE cleanup handler region left without its pop -->
// ONE: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop
