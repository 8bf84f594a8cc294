// The few places where clang's C++ API differs between the majors the plugin
// builds against (19, and 14 for Debian 12's default clang), bridged once
// here so the rest of plugin/ reads the same on both.
//
//   clang 14: SourceManager answers with llvm::Optional, and file entries
//             come as Optional<FileEntryRef> (no OptionalFileEntryRef).
//   clang 19: std::optional, and OptionalFileEntryRef.
#ifndef THREADLINT_PLUGIN_CLANG_COMPAT_H
#define THREADLINT_PLUGIN_CLANG_COMPAT_H

#include <optional>
#include <type_traits>

#include "clang/Basic/SourceManager.h"

namespace threadlint {

// Either kind of optional as a std::optional, so callers need not care which
// one their clang returns.
template <class Optional>
auto toStdOptional(const Optional &o) -> std::optional<std::decay_t<decltype(*o)>> {
    if (o)
        return *o;
    return std::nullopt;
}

// The name clang opened fid's file by; nothing for a buffer without a file
// (<built-in>, the predefines).
inline std::optional<llvm::StringRef> fileNameOf(const clang::SourceManager &sm,
                                                 clang::FileID fid) {
    if (auto entry = sm.getFileEntryRefForID(fid)) // Optional<FileEntryRef> on 14
        return entry->getName();
    return std::nullopt;
}

// fid's text, loading it if needed; nothing if it cannot be read.
inline std::optional<llvm::StringRef> bufferDataOrNone(const clang::SourceManager &sm,
                                                       clang::FileID fid) {
    return toStdOptional(sm.getBufferDataOrNone(fid));
}

// A file's text if clang has already read it (never reads it).
inline std::optional<llvm::StringRef>
bufferDataIfLoaded(const clang::SrcMgr::ContentCache &content) {
    return toStdOptional(content.getBufferDataIfLoaded());
}

} // namespace threadlint

#endif
