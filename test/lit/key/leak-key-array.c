// Keys created into an array in a loop and never deleted.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void run(pthread_key_t *keys, int n);

int run_with_keys(void) {
    pthread_key_t keys[4];
    for (int i = 0; i < 4; i++)
        if (pthread_key_create(&keys[i], NULL) != 0)
            return -1;
    run(0, 4);
    return 0;
}

// CHECK: leak-key-array.c:10:13: warning: keys in 'keys[i]' are never deleted when 'run_with_keys' returns [pthread.KeyLeak]
// CHECK-NEXT: leak-key-array.c:10:13: note: 'pthread_key_create(&keys[i], NULL) != 0' is false
// CHECK-NEXT: leak-key-array.c:9:21: note: 'i < 4' is false
// CHECK-NEXT: leak-key-array.c:13:5: note: 'run_with_keys' returns here with keys in 'keys[i]' still live
// CHECK-NEXT: fix-it:"{{.*}}leak-key-array.c":{11:13-11:13}:"{ for (int j = i; j-- > 0;) pthread_key_delete(keys[j]); "
// CHECK-NEXT: fix-it:"{{.*}}leak-key-array.c":{11:23-11:23}:" }"
// CHECK-NEXT: fix-it:"{{.*}}leak-key-array.c":{13:5-13:5}:"for (int j = 4; j-- > 0;) pthread_key_delete(keys[j]);\n    "
// CHECK-NEXT: 1 warning generated.
