/* The version facts CMake passes (tools/util/CMakeLists.txt), with
 * stand-ins for a build without them. */
#ifndef THREADLINT_TOOLS_VERSION_H
#define THREADLINT_TOOLS_VERSION_H

#ifndef THREADLINT_VERSION
#define THREADLINT_VERSION "0.0.0"
#endif
#ifndef THREADLINT_HOMEPAGE
#define THREADLINT_HOMEPAGE "https://github.com/threadlint/threadlint"
#endif
#ifndef THREADLINT_LLVM_MAJOR
#define THREADLINT_LLVM_MAJOR 0
#endif

#endif
