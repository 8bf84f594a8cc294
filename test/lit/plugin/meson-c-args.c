// Meson with the plugin (docs/integrations.md, Meson), both ways: the
// project's own option (meson_options.txt + add_project_arguments under a
// clang guard) and c_args given to `meson setup` without changing the
// project.  Findings are warnings and the executable is built; werror=true
// fails the build on the finding and only on it; with gcc the option is
// ignored and the project builds as before.
// Meson 1.0 wraps any argument ending in .so, -fplugin=...so included, in
// -Wl,--start-group/--end-group on compile lines too, which clang warns is
// unused: hence -Wno-unused-command-line-argument next to -fplugin, or every
// compile warns and a werror build fails on any file.
// REQUIRES: meson
// RUN: rm -rf %t && split-file %s %t
// RUN: cp %S/Inputs/server/main.c %S/Inputs/server/pool.c %t/proj/
// RUN: cp -R %t/proj %t/joined && cp %S/Inputs/server/pool-joined.c %t/joined/pool.c
//
// The project option.
// RUN: env CC=%clang %meson setup %t/opt %t/proj -Dthreadlint_plugin=%plugin > /dev/null
// RUN: %meson compile -C %t/opt 2>&1 | FileCheck %s --check-prefix=WARN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/opt/server
// RUN: rm %t/opt/server && %meson configure %t/opt -Dwerror=true
// RUN: not %meson compile -C %t/opt 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -e %t/opt/server
// RUN: env CC=%clang %meson setup %t/opt-joined %t/joined -Dthreadlint_plugin=%plugin -Dwerror=true > /dev/null
// RUN: %meson compile -C %t/opt-joined 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/opt-joined/server
//
// c_args on the command line, the project untouched.
// RUN: env CC=%clang %meson setup %t/args %t/proj "-Dc_args=-fplugin=%plugin -Wno-unused-command-line-argument" > /dev/null
// RUN: %meson compile -C %t/args 2>&1 | FileCheck %s --check-prefix=WARN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/args/server
// RUN: env CC=%clang %meson setup %t/args-joined %t/joined "-Dc_args=-fplugin=%plugin -Wno-unused-command-line-argument" -Dwerror=true > /dev/null
// RUN: %meson compile -C %t/args-joined 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/args-joined/server
//
// gcc: the option empty, or set and skipped by the clang guard.
// RUN: env CC=gcc %meson setup %t/gcc %t/proj > /dev/null
// RUN: %meson compile -C %t/gcc 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/gcc/server
// RUN: rm %t/gcc/server && %meson configure %t/gcc -Dthreadlint_plugin=%plugin -Dwerror=true
// RUN: %meson compile -C %t/gcc 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/gcc/server

// WARN:  ../proj/pool.c:7:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// WARN:  ../proj/pool.c:9:9: note: 'fd < 0' is true
// WARN:  1 warning generated.
// WARN:  Linking target server
// ERR:   ../proj/pool.c:7:9: error: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// ERR:   1 error generated.
// ERR:   build stopped: subcommand failed.
// CLEAN: Linking target server

//--- proj/meson_options.txt
option('threadlint_plugin', type: 'string', value: '')

//--- proj/meson.build
project('server', 'c')
# As in docs/integrations.md.
cc = meson.get_compiler('c')
plugin = get_option('threadlint_plugin')
if plugin != '' and cc.get_id() == 'clang'
  add_project_arguments('-fplugin=' + plugin, '-Wno-unused-command-line-argument', language: 'c')
endif
executable('server', 'main.c', 'pool.c', dependencies: dependency('threads'))
