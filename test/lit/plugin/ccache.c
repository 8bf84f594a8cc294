// ccache replays the plugin's warnings from its cache, and a changed plugin
// (ccache hashes the file that -fplugin= and -Xclang -load name) is a miss,
// so a new threadlint never shows an old one's findings.
// REQUIRES: ccache
// RUN: rm -rf %t && mkdir -p %t/cache && touch %t/ccache.conf && cp %plugin %t/plugin.so
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache %clang -fplugin=%t/plugin.so -fno-caret-diagnostics -c %s -o %t/a.o 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache %clang -fplugin=%t/plugin.so -fno-caret-diagnostics -c %s -o %t/a.o 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache --print-stats | FileCheck %s --check-prefix=ONE-HIT
// RUN: printf x >> %t/plugin.so
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache %clang -fplugin=%t/plugin.so -fno-caret-diagnostics -c %s -o %t/a.o 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache --print-stats | FileCheck %s --check-prefix=STILL-ONE-HIT
//
// -Werror is part of the cached result too: the second run fails as the first.
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf %ccache -z
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf not %ccache %clang -fplugin=%t/plugin.so -Werror -fno-caret-diagnostics -c %s -o %t/b.o 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: env CCACHE_DIR=%t/cache CCACHE_CONFIGPATH=%t/ccache.conf not %ccache %clang -fplugin=%t/plugin.so -Werror -fno-caret-diagnostics -c %s -o %t/b.o 2>&1 | FileCheck %s --check-prefix=ERROR
#include <pthread.h>

static void *work(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    return 0;
}
// CHECK: ccache.c:[[#@LINE-4]]:9: warning: thread 't' running 'work' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// ERROR: ccache.c:[[#@LINE-5]]:9: error: thread 't' running 'work' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]

int quiet(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0) // NOLINT(pthread.ThreadLeak)
        return -1;
    return 0;
}

// ONE-HIT: direct_cache_hit 1{{$}}
// STILL-ONE-HIT: direct_cache_hit 1{{$}}
