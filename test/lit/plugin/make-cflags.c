// make with the plugin in CFLAGS (docs/integrations.md, Make): the Makefile's
// own $(CC) and $(CFLAGS) carry -fplugin into every compile, so each file's
// findings are warnings and the objects and the executable are still built;
// -Werror, or the plugin's werror, fails the build on the finding, and the same
// project with the thread joined builds.  Two ways in: the Makefile's own
// `override CFLAGS +=` (kept when make's command line sets CFLAGS too) and
// CFLAGS set on make's command line alone.
// REQUIRES: plugin
// RUN: rm -rf %t && split-file %s %t
// RUN: cp %S/Inputs/server/main.c %S/Inputs/server/pool.c %t/leak/
// RUN: cp -R %t/leak %t/joined && cp %S/Inputs/server/pool-joined.c %t/joined/pool.c
//
// The Makefile's way: THREADLINT_PLUGIN set, nothing else.
// RUN: make -C %t/leak CC=%clang THREADLINT_PLUGIN=%plugin 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WARN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -f %t/leak/main.o && test -f %t/leak/pool.o && test -x %t/leak/server
// RUN: make -C %t/leak clean > /dev/null
// RUN: not make -C %t/leak CC=%clang THREADLINT_PLUGIN=%plugin CFLAGS=-Werror 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -e %t/leak/pool.o
// RUN: not test -e %t/leak/server
// RUN: make -C %t/joined CC=%clang THREADLINT_PLUGIN=%plugin CFLAGS=-Werror 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/joined/server && make -C %t/joined clean > /dev/null
//
// Without touching the Makefile: CFLAGS on make's command line.
// RUN: make -C %t/leak CC=%clang CFLAGS="-O2 -fplugin=%plugin" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WARN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -f %t/leak/main.o && test -f %t/leak/pool.o && test -x %t/leak/server
// RUN: make -C %t/leak clean > /dev/null
// RUN: not make -C %t/leak CC=%clang CFLAGS="-O2 -fplugin=%plugin" CFLAGS+=-Werror 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -e %t/leak/pool.o
// RUN: not test -e %t/leak/server
// RUN: not make -C %t/leak CC=%clang CFLAGS="-O2 -fplugin=%plugin" CFLAGS+=-fplugin-arg-threadlint-werror 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR
// RUN: make -C %t/joined CC=%clang CFLAGS="-O2 -fplugin=%plugin" CFLAGS+=-Werror 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -x %t/joined/server

// WARN:      pool.c:7:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// WARN:      pool.c:9:9: note: 'fd < 0' is true
// WARN:      1 warning generated.
// WARN:      -o server main.o pool.o -pthread
// ERR:       pool.c:7:9: error: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// ERR:       1 error generated.
// ERR:       make: *** [Makefile:{{[0-9]+}}: pool.o] Error 1
// CLEAN:     -c -o pool.o pool.c
// CLEAN-NEXT: -o server main.o pool.o -pthread

//--- leak/Makefile
# As in docs/integrations.md: the plugin's flag joins CFLAGS when
# THREADLINT_PLUGIN is set; `override` keeps it when CFLAGS comes from
# make's command line.
CFLAGS ?= -O2
ifneq ($(THREADLINT_PLUGIN),)
override CFLAGS += -fplugin=$(THREADLINT_PLUGIN)
endif

server: main.o pool.o
	$(CC) $(CFLAGS) -o $@ main.o pool.o -pthread

%.o: %.c
	$(CC) $(CFLAGS) -c -o $@ $<

clean:
	rm -f server main.o pool.o
