// --list-checks prints every rule, enabled or not under the settings that
// would apply (the .threadlint.yaml of the first file named, or of the
// current directory, or --config-file; then --checks), with its one-line
// description.  It analyses nothing.
// RUN: rm -rf %t && split-file %s %t && cd %t

// RUN: %threadlint --list-checks | FileCheck %s --check-prefix=ALL --match-full-lines
// ALL:      pthread.ThreadLeak           enabled   joinable thread neither joined nor detached on some path
// ALL-NEXT: pthread.JoinMisuse           enabled   join or detach of a thread that is not joinable
// ALL-NEXT: pthread.KeyLeak              enabled   thread-specific data key never deleted
// ALL-NEXT: pthread.KeyMisuse            enabled   misuse of a thread-specific data key
// ALL-NEXT: pthread.CleanupMisuse        enabled   cleanup handler region left without its pop
// ALL-NEXT: pthread.AttrLeak             enabled   attribute object initialised but never destroyed
// ALL-NEXT: pthread.AttrMisuse           enabled   misuse of an attribute object
// ALL-NEXT: pthread.ArgLifetime          enabled   thread argument freed or out of scope while the thread may run
// ALL-NEXT: pthread.DestroyWhileRunning  enabled   synchronisation object or key destroyed while a thread that uses it may run
// ALL-NOT:  {{.}}

// RUN: %threadlint --list-checks --checks='-*,pthread.Key*' | FileCheck %s --check-prefix=KEYS
// KEYS: pthread.ThreadLeak           disabled
// KEYS: pthread.KeyLeak              enabled
// KEYS: pthread.KeyMisuse            enabled
// KEYS: pthread.AttrMisuse           disabled

// The project's file, found from the named file's directory, or from the
// current directory; the command line's --checks still wins.
// RUN: %threadlint --list-checks project/src/a.c | FileCheck %s --check-prefix=PROJECT
// RUN: cd project/src && %threadlint --list-checks | FileCheck %s --check-prefix=PROJECT
// PROJECT: pthread.ThreadLeak           enabled
// PROJECT: pthread.AttrLeak             disabled
// PROJECT: pthread.AttrMisuse           disabled
// RUN: cd %t && %threadlint --list-checks project/src/a.c --checks=pthread.AttrLeak | FileCheck %s --check-prefix=OVERRIDE
// OVERRIDE: pthread.AttrLeak             enabled
// OVERRIDE: pthread.AttrMisuse           disabled
// RUN: %threadlint --list-checks --config-file=project/.threadlint.yaml | FileCheck %s --check-prefix=PROJECT

// A malformed file, or a glob that matches no rule: the usual errors, exit 2.
// RUN: not %threadlint --list-checks broken/a.c 2>&1 | FileCheck %s --check-prefix=BROKEN
// BROKEN: broken/.threadlint.yaml:{{[0-9]+}}:{{[0-9]+}}: error: invalid YAML
// RUN: not %threadlint --list-checks --checks=pthread.Nope 2>&1 | FileCheck %s --check-prefix=GLOB
// GLOB: threadlint: error: --checks: 'pthread.Nope' matches no rule

//--- project/.threadlint.yaml
checks: '-pthread.Attr*'
//--- project/src/a.c
int a;
//--- broken/.threadlint.yaml
checks: [
//--- broken/a.c
int b;
