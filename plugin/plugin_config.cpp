#include "plugin_config.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include "clang_compat.h"

extern "C" {
#include "summary_file.h"
}

using namespace clang;

namespace threadlint {
namespace {

struct ConfigFileDeleter {
    void operator()(tl_config_file *cf) const {
        tl_config_file_free(cf);
        delete cf;
    }
};

struct SummariesDeleter {
    void operator()(tl_ext_summaries *s) const {
        tl_ext_summaries_free(s);
        delete s;
    }
};

// summaries=FILE: a missing or stale file leaves the analysis as it is
// without one; a corrupt one says so once, as a remark: a build must not
// fail over it, even under -Werror.
void loadSummaries(DiagnosticsEngine &diags, const std::string &path, PluginConfig &out) {
    std::shared_ptr<tl_ext_summaries> ext(new tl_ext_summaries, SummariesDeleter());
    tl_ext_summaries_init(ext.get());
    char *why = nullptr;
    tl_summary_file_status st = tl_summary_file_read(path.c_str(), ext.get(), &why);
    if (st == TL_SUMMARY_FILE_CORRUPT) {
        unsigned id = diags.getCustomDiagID(
            DiagnosticsEngine::Remark,
            "threadlint: summaries file '%0' is not usable (%1); analysing without it");
        diags.Report(id) << path << (why ? why : "unreadable");
    }
    free(why);
    if (st != TL_SUMMARY_FILE_OK)
        return;
    out.cfg.external = ext.get();
    out.external = ext;
}

struct RegexDeleter {
    void operator()(regex_t *re) const {
        regfree(re);
        delete re;
    }
};

// The main file's name; for preprocessed text (-E, -frewrite-includes) the
// source it was made from, as its line markers name it at its end, when that
// file is here: its settings are then those of a build of the source.
static std::optional<StringRef> sourceNameOf(SourceManager &sm) {
    std::optional<StringRef> physical = fileNameOf(sm, sm.getMainFileID());
    if (!sm.hasLineTable())
        return physical;
    PresumedLoc end = sm.getPresumedLoc(sm.getLocForEndOfFile(sm.getMainFileID()));
    if (end.isInvalid() || end.getIncludeLoc().isValid())
        return physical;
    StringRef source = end.getFilename();
    if (source.empty() || source[0] == '<' || !llvm::sys::fs::exists(source))
        return physical;
    return source;
}

// The nearest .threadlint.yaml above the main file, or config-file=.
std::optional<std::string> findConfigFile(SourceManager &sm,
                                          const std::optional<std::string> &configFile) {
    if (configFile)
        return configFile;
    llvm::SmallString<256> dir(".");
    if (std::optional<StringRef> mainFile = sourceNameOf(sm)) {
        dir = *mainFile;
        llvm::sys::path::remove_filename(dir);
        if (dir.empty())
            dir = ".";
    }
    sm.getFileManager().makeAbsolutePath(dir);
    llvm::sys::path::remove_dots(dir, true);
    std::unique_ptr<char, decltype(&free)> found(tl_config_file_find(dir.c_str()), &free);
    if (!found)
        return std::nullopt;
    return std::string(found.get());
}

// "PATH:LINE:COL: error: threadlint: PROBLEM", pointing into the file when
// clang can open it, so it reads like the CLI's error line.
void reportConfigError(SourceManager &sm, DiagnosticsEngine &diags, const std::string &path,
                       const tl_config_error &err) {
    SourceLocation at;
    if (err.line) {
        if (llvm::Expected<FileEntryRef> fe = sm.getFileManager().getFileRef(path)) {
            FileID fid = sm.createFileID(*fe, SourceLocation(), SrcMgr::C_User);
            at = sm.translateLineCol(fid, err.line, err.col);
        } else {
            llvm::consumeError(fe.takeError());
        }
    }
    if (at.isValid()) {
        unsigned id = diags.getCustomDiagID(DiagnosticsEngine::Error, "threadlint: %0");
        diags.Report(at, id) << err.msg;
        return;
    }
    std::string where = path; // unreadable: "threadlint: PATH: PROBLEM"
    if (err.line)
        where += ":" + std::to_string(err.line) + ":" + std::to_string(err.col);
    unsigned id = diags.getCustomDiagID(DiagnosticsEngine::Error, "threadlint: %0: %1");
    diags.Report(id) << where << err.msg;
}

} // namespace

bool checksMatchRules(const std::string &globs, const char **bad) {
    tl_config scratch;
    tl_config_default(&scratch);
    return tl_config_apply_checks(&scratch, globs.c_str(), bad);
}

bool loadPluginConfig(SourceManager &sm, DiagnosticsEngine &diags, const PluginArgs &args,
                      PluginConfig &out) {
    if (std::optional<std::string> path = findConfigFile(sm, args.configFile)) {
        std::shared_ptr<tl_config_file> file(new tl_config_file, ConfigFileDeleter());
        tl_config_error err;
        if (!tl_config_file_load(path->c_str(), file.get(), &err)) {
            reportConfigError(sm, diags, *path, err);
            return false;
        }
        tl_config_file_apply(file.get(), &out.cfg);
        out.file = file;
    }
    if (args.summaries)
        loadSummaries(diags, *args.summaries, out);
    const char *bad = nullptr;
    if (args.checks)
        tl_config_apply_checks(&out.cfg, args.checks->c_str(), &bad);
    // the file's filter was checked when it was read; the argument is not yet
    const char *filter = args.headerFilter ? args.headerFilter->c_str()
                         : out.file       ? out.file->header_filter
                                          : nullptr;
    if (filter && *filter) {
        if (const char *problem = tl_header_filter_problem(filter)) {
            unsigned id = diags.getCustomDiagID(
                DiagnosticsEngine::Error, "threadlint: header-filter: bad regular expression '%0': %1");
            diags.Report(id) << filter << problem;
            return false;
        }
        auto re = std::make_unique<regex_t>();
        int rc = regcomp(re.get(), filter, REG_EXTENDED | REG_NOSUB);
        if (rc != 0) {
            char why[256];
            regerror(rc, re.get(), why, sizeof why);
            unsigned id = diags.getCustomDiagID(
                DiagnosticsEngine::Error, "threadlint: header-filter: bad regular expression '%0': %1");
            diags.Report(id) << filter << why;
            return false;
        }
        out.headerFilter = std::shared_ptr<regex_t>(re.release(), RegexDeleter());
    }
    return true;
}

} // namespace threadlint
