// `cmake --install` puts the CLI, the plugin and a CMake package under a
// prefix; a project then needs find_package(threadlint) and
// threadlint_enable(<target>) to get findings as warnings (or, with WERROR,
// a failed build).  A compiler that cannot load the plugin is told so.
// REQUIRES: plugin
// RUN: rm -rf %t && %cmake --install %build_dir --prefix %t/prefix > /dev/null
// RUN: env CC=%clang %cmake -S %S/Inputs/cmake-package -B %t/warn -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s > /dev/null
// RUN: %cmake --build %t/warn 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: env CC=%clang %cmake -S %S/Inputs/cmake-package -B %t/werror -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s -DDEMO_WERROR=ON > /dev/null
// RUN: not %cmake --build %t/werror 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: env CC=gcc %cmake -S %S/Inputs/cmake-package -B %t/gcc -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s 2>&1 | FileCheck %s --check-prefix=GCC
#include <pthread.h>

static void *work(void *arg) { return arg; }

int serve(int fd) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (fd < 0)
        return -2;
    pthread_join(t, NULL);
    return 0;
}

// WARN: cmake-package.c:18:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// ERR: cmake-package.c:18:9: error: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// GCC: threadlint_enable(demo): the plugin loads only into clang 19
