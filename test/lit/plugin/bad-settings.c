// Settings the plugin cannot use are errors that name them, in both faces:
// a Checks option whose glob matches no rule, a header filter that is not
// a regular expression.  Good values of the same options are silent here.
// REQUIRES: plugin
// RUN: not %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang 'pthread.Core:Checks=-*;pthread.Nope' %s 2>&1 | FileCheck %s --check-prefix=CHECKS
// RUN: not %clang_plugin -fsyntax-only -fplugin-arg-threadlint-header-filter='(' %s 2>&1 | FileCheck %s --check-prefix=FILTER
// RUN: not %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang 'pthread.Core:HeaderFilter=(' %s 2>&1 | FileCheck %s --check-prefix=FILTER
// RUN: %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang 'pthread.Core:Checks=-*;pthread.ThreadLeak' -Xclang -analyzer-config -Xclang 'pthread.Core:HeaderFilter=include/.*' %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-header-filter='include/.*' %s 2>&1 | count 0
int main(void) { return 0; }

// CHECKS: error: invalid input for checker option 'pthread.Core:Checks', that expects ';'-separated globs that each match a rule
// FILTER: error: threadlint: header-filter: bad regular expression '(':
