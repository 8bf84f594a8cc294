// CodeChecker (docs/integrations.md, CodeChecker) runs clang as below when
// its args file (--analyzer-config clangsa:cc-verbatim-args-file=, or the
// older --saargs) holds threadlint's arguments: they come after its own
// options and checker list, before the compilation's flags.  This is the
// line CodeChecker 6.28.2 built, its checker list cut to packages that clang
// 14 and 19 both have.  The plist it reads names the rule in check_name.
// REQUIRES: plugin
// RUN: rm -f %t.plist && %clang --analyze -Qunused-arguments -Xclang -analyzer-output=plist-multi-file -o %t.plist \
// RUN:   -Xclang -analyzer-config -Xclang expand-macros=true -Xclang -analyzer-checker=core,deadcode,unix \
// RUN:   -Xclang -analyzer-config -Xclang aggressive-binary-operation-simplification=true -x c \
// RUN:   -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -O2 %s 2>/dev/null
// RUN: FileCheck %s --input-file=%t.plist
//
// Rules are picked in the args file too (CodeChecker's --enable does not know
// them): with another rule only, no report.
// RUN: rm -f %t.plist && %clang --analyze -Qunused-arguments -Xclang -analyzer-output=plist-multi-file -o %t.plist \
// RUN:   -Xclang -analyzer-config -Xclang expand-macros=true -Xclang -analyzer-checker=core,deadcode,unix \
// RUN:   -Xclang -analyzer-config -Xclang aggressive-binary-operation-simplification=true -x c \
// RUN:   -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread.JoinMisuse -O2 %s 2>/dev/null
// RUN: FileCheck %s --input-file=%t.plist --check-prefix=NONE
//
// CodeChecker's own plugin route (CC_ANALYZERS_FROM_PATH=yes
// CC_CLANGSA_PLUGIN_DIR=<dir of the .so>) loads it with `-plugin checkercfg`,
// which needs a frontend action of that name; the plugin's runs the analysis.
// Here `--enable pthread` is CodeChecker's, so the rules are in its checker
// list, and the warning face stays out (one report on the console).
// RUN: rm -f %t.plist && %clang --analyze -Qunused-arguments -Xclang -plugin -Xclang checkercfg \
// RUN:   -Xclang -load -Xclang %plugin -Xclang -analyzer-output=plist-multi-file -o %t.plist \
// RUN:   -Xclang -analyzer-config -Xclang expand-macros=true \
// RUN:   -Xclang -analyzer-checker=core,deadcode,unix,pthread.AttrLeak,pthread.ThreadLeak \
// RUN:   -Xclang -analyzer-config -Xclang aggressive-binary-operation-simplification=true -x c -O2 %s 2>%t.err
// RUN: FileCheck %s --input-file=%t.plist
// RUN: grep -c 'pthread.ThreadLeak]' %t.err | FileCheck %s --check-prefix=ONCE
// RUN: rm -f %t.plist && %clang --analyze -Qunused-arguments -Xclang -plugin -Xclang checkercfg \
// RUN:   -Xclang -load -Xclang %plugin -Xclang -analyzer-output=plist-multi-file -o %t.plist \
// RUN:   -Xclang -analyzer-checker=core,pthread.AttrLeak -x c -O2 %s 2>/dev/null
// RUN: FileCheck %s --input-file=%t.plist --check-prefix=NONE
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

// CHECK:      <key>check_name</key><string>pthread.ThreadLeak</string>
// CHECK-NOT:  <key>check_name</key>
// ONCE: {{^1$}}
// NONE:       <key>diagnostics</key>
// NONE-NEXT:  <array>
// NONE-NEXT:  </array>
