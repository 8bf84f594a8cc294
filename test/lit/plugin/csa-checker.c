// The Static Analyzer face: `clang --analyze` with the plugin loaded and the
// `pthread` package enabled reports through the analyzer, with the path as
// notes in the text, plist and SARIF outputs.
// REQUIRES: plugin
// RUN: %clang --analyze -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-output=text -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=TEXT --implicit-check-not=warning: --implicit-check-not=error:
// RUN: rm -f %t.plist && %clang --analyze -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-output=plist -o %t.plist %s 2>/dev/null
// RUN: FileCheck %s --check-prefix=PLIST --input-file=%t.plist
// RUN: rm -f %t.sarif && %clang --analyze -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-output=sarif -o %t.sarif %s 2>/dev/null
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; print(len(r)); [print(x['ruleId'], x['message']['text']) for x in r]; [print(' ', l['location']['message']['text']) for x in r for l in x['codeFlows'][0]['threadFlows'][0]['locations']]" %t.sarif | FileCheck %s --check-prefix=SARIF
//
// Without the package enabled, the plugin stays silent under --analyze (the
// warning face steps aside there).
// RUN: %clang --analyze -Xclang -load -Xclang %plugin -fno-caret-diagnostics %s 2>&1 | count 0
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

// TEXT: csa-checker.c:20:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// TEXT-NEXT: csa-checker.c:20:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// TEXT-NEXT: csa-checker.c:22:9: note: 'fd < 0' is true
// TEXT-NEXT: csa-checker.c:23:9: note: 'serve' returns here with 't' still joinable
// TEXT-NEXT: csa-checker.c:20:9: note: thread 't' running 'work' is neither joined nor detached when 'serve' returns

// PLIST: <string>&apos;fd &lt; 0&apos; is true</string>
// PLIST: <key>description</key><string>thread &apos;t&apos; running &apos;work&apos; is neither joined nor detached when &apos;serve&apos; returns</string>
// PLIST-NEXT: <key>category</key><string>POSIX thread resources</string>
// PLIST-NEXT: <key>type</key><string>joinable thread neither joined nor detached on some path</string>
// PLIST-NEXT: <key>check_name</key><string>pthread.ThreadLeak</string>
// PLIST: <key>issue_context</key><string>serve</string>

// SARIF: 1
// SARIF-NEXT: pthread.ThreadLeak thread 't' running 'work' is neither joined nor detached when 'serve' returns
// SARIF-NEXT: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// SARIF-NEXT: 'fd < 0' is true
// SARIF-NEXT: 'serve' returns here with 't' still joinable
