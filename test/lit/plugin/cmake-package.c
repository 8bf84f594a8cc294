// `cmake --install` puts the CLI, the plugin (in a directory of its clang
// major, lib/threadlint/llvm-<major>/) and a CMake package under a prefix;
// a project then needs find_package(threadlint) and
// threadlint_enable(<target>) to get findings as warnings (or, with WERROR,
// a failed build).  A compiler that cannot load the plugin is a configure
// error, or with OPTIONAL a warning.
// REQUIRES: plugin
// RUN: rm -rf %t && %cmake --install %build_dir --prefix %t/prefix > /dev/null
// RUN: env CC=%clang %cmake -S %S/Inputs/cmake-package -B %t/warn -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s \
// RUN:   | FileCheck %s --check-prefix=FOUND -DLLVM=%llvm_version
// RUN: %cmake --build %t/warn 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: env CC=%clang %cmake -S %S/Inputs/cmake-package -B %t/werror -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s -DDEMO_WERROR=ON > /dev/null
// RUN: not %cmake --build %t/werror 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not env CC=gcc %cmake -S %S/Inputs/cmake-package -B %t/gcc -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=GCC -DLLVM=%llvm_version
// RUN: env CC=gcc %cmake -S %S/Inputs/cmake-package -B %t/optional -DCMAKE_PREFIX_PATH=%t/prefix -DDEMO_SOURCE=%s -DDEMO_OPTIONAL=ON 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPTIONAL
// RUN: %cmake --build %t/optional > /dev/null
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

// WARN: cmake-package.c:25:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// ERR: cmake-package.c:25:9: error: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// FOUND: -- demo: threadlint_PLUGIN={{.*}}/threadlint/llvm-[[LLVM]]/threadlint-plugin.so
// CMake wraps the message at spaces: check its words that stay put.
// GCC:      CMake Error at
// GCC-NEXT: threadlint_enable(demo): the plugin loads only into clang, and the C
// GCC-NEXT: compiler is GNU
// GCC-SAME: (plugins installed here: clang
// GCC:      CC=clang-[[LLVM]]
// GCC:      OPTIONAL
// OPTIONAL:      CMake Warning at
// OPTIONAL-NEXT: threadlint_enable(demo) not enabled: the plugin loads only into clang,
