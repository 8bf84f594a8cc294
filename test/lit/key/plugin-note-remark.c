// Through the clang plugin a note-level finding is a remark, not a
// warning: -Werror (clang's, or the plugin's werror argument) leaves it a
// remark and the compilation succeeds, object file and all.  The CLI
// prints the same finding as a note and exits 0.
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -Werror %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=note: --implicit-check-not=remark:
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-werror %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=warning: --implicit-check-not=error:
// RUN: rm -f %t.o && %clang_plugin -c -Werror -o %t.o %s 2>/dev/null && test -f %t.o
// RUN: %threadlint --no-source %s 2>&1 | FileCheck %s --check-prefix=CLI --implicit-check-not=warning: --implicit-check-not=note:
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t buf_key;

int buffers_init(void) {
    if (pthread_key_create(&buf_key, NULL) != 0)
        return -1;
    pthread_setspecific(buf_key, malloc(64));
    return 0;
}

// REMARK: plugin-note-remark.c:16:9: remark: key 'buf_key' has no destructor but its value is memory this function allocated: values are not freed when their threads exit [pthread.KeyMisuse]
// REMARK-NEXT: plugin-note-remark.c:18:5: note: this thread's value of key 'buf_key' is set here
// CLI: plugin-note-remark.c:16:9: note: key 'buf_key' has no destructor but its value is memory this function allocated: values are not freed when their threads exit [pthread.KeyMisuse]
// CLI-NEXT: plugin-note-remark.c:18:5: note: this thread's value of key 'buf_key' is set here
