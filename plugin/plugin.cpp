// The `threadlint` frontend plugin: added to clang's own action (codegen for
// -c, nothing for -fsyntax-only), it lowers the TU with lower*.cpp, runs
// the analysis core and reports findings as ordinary clang warnings with
// notes and fix-its (note-level findings as remarks).
//
//   clang -fplugin=threadlint-plugin.so -c x.c
//   clang -Xclang -load -Xclang threadlint-plugin.so -Xclang -add-plugin -Xclang threadlint ...
//
// Plugin arguments (-fplugin-arg-threadlint-<arg>):
//   checks=<globs>      enable/disable rules, clang-tidy style ('-*,pthread.JoinMisuse')
//   config-file=<path>  settings and wrappers from <path> instead of the
//                       nearest .threadlint.yaml above the main file
//   header-filter=<ERE> also report in headers whose path matches
//   werror              report findings as errors
//   dump-ir             print the lowered IR to stdout instead of analysing
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include "codechecker_action.h"
#include "lower.h"
#include "plugin_config.h"
#include "tu_findings.h"

extern "C" {
#include "finding.h"
#include "ir_dump.h"
#include "wrappers.h"
}

using namespace clang;

namespace threadlint {
namespace {

struct Options {
    PluginConfig config;
    bool werror = false;
    bool dumpIR = false;
    PluginArgs args;
};

class Consumer : public ASTConsumer {
public:
    // A copy: clang destroys plugin actions once their consumer exists.
    Consumer(CompilerInstance &ci, const Options &opts) : ci_(ci), opts_(opts) {}

    void HandleTranslationUnit(ASTContext &ctx) override {
        DiagnosticsEngine &diags = ci_.getDiagnostics();
        if (diags.hasErrorOccurred() || ctx.getLangOpts().CPlusPlus ||
            ctx.getLangOpts().ObjC)
            return; // broken code, or not C: clang's verdict stands
        // Read once the text is parsed: preprocessed text (a distributed
        // build's) names its source, whose settings apply, in line markers.
        if (!loadPluginConfig(ctx.getSourceManager(), diags, opts_.args, opts_.config))
            return; // the error fails the compilation
        if (opts_.dumpIR) {
            dumpIR(ctx);
            return;
        }
        // Custom diagnostics bypass clang's warning options: -w (which beats
        // -Werror, as in clang) and -Werror are applied here.
        if (diags.getIgnoreAllWarnings() && !opts_.werror)
            return;
        report(TUFindings(ctx, opts_.config));
    }

private:
    void dumpIR(ASTContext &ctx) {
        const tl_config &cfg = opts_.config.cfg;
        tl_tu ir;
        tl_tu_init(&ir);
        lowerTranslationUnit(ctx, &ir, nullptr, opts_.config.lowerOptions());
        tl_tu_apply_wrappers(&ir, cfg.wrappers, cfg.nwrappers);
        fflush(stdout);
        tl_ir_dump(&ir, stdout);
        fflush(stdout);
        tl_tu_free(&ir);
    }

    void report(const TUFindings &findings) {
        DiagnosticsEngine &diags = ci_.getDiagnostics();
        bool asError = opts_.werror || diags.getWarningsAsErrors();
        for (const tl_finding *f : findings.shown())
            findings.emit(diags, *f, asError);
    }

    CompilerInstance &ci_;
    Options opts_;
};

class Action : public PluginASTAction {
public:
    Action() = default;

protected:
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &ci, StringRef inFile) override {
        // Under the analyzer the checker package (if enabled) reports instead.
        if (analyzerIsMainAction(ci.getFrontendOpts()))
            return std::make_unique<ASTConsumer>();
        (void)inFile;
        return std::make_unique<Consumer>(ci, opts_);
    }

    bool ParseArgs(const CompilerInstance &ci, const std::vector<std::string> &args) override {
        DiagnosticsEngine &diags = ci.getDiagnostics();
        for (const std::string &a : args) {
            llvm::StringRef arg(a);
            if (arg.consume_front("checks=")) {
                const char *bad = nullptr;
                std::string globs = arg.str();
                if (!checksMatchRules(globs, &bad)) {
                    unsigned id = diags.getCustomDiagID(
                        DiagnosticsEngine::Error,
                        "threadlint: check glob '%0' matches no rule");
                    diags.Report(id) << (bad ? bad : globs.c_str());
                    return false;
                }
                std::optional<std::string> &checks = opts_.args.checks;
                checks = checks ? *checks + "," + globs : globs;
            } else if (arg.consume_front("config-file=")) {
                opts_.args.configFile = arg.str();
            } else if (arg.consume_front("header-filter=")) {
                opts_.args.headerFilter = arg.str();
            } else if (arg.consume_front("summaries=")) {
                opts_.args.summaries = arg.str();
            } else if (arg == "werror") {
                opts_.werror = true;
            } else if (arg == "dump-ir") {
                opts_.dumpIR = true;
            } else if (arg == "help") {
                llvm::errs() << "threadlint plugin arguments (-fplugin-arg-threadlint-<arg>):\n"
                                "  checks=<globs>      enable/disable rules, e.g. '-*,pthread.JoinMisuse'\n"
                                "  config-file=<path>  read settings and wrappers from <path> instead of\n"
                                "                      the nearest .threadlint.yaml above the main file\n"
                                "  header-filter=<ERE> also report in headers whose path matches\n"
                                "  summaries=<path>    what functions of other files do (threadlint\n"
                                "                      -p <dir> --export-summaries=<path> writes it)\n"
                                "  werror              report findings as errors\n"
                                "  dump-ir             print the lowered IR instead of analysing\n";
            } else {
                unsigned id = diags.getCustomDiagID(DiagnosticsEngine::Error,
                                                    "threadlint: unknown plugin argument '%0'");
                diags.Report(id) << a;
                return false;
            }
        }
        return true;
    }

    // Both Add* types keep clang's action and its output.  "Before" puts our
    // consumer ahead of codegen's, whose HandleTranslationUnit runs the whole
    // backend: we analyse while the AST is still in cache, and the backend
    // reuses the memory we free.  After it, the same work cost ~500 fresh
    // page faults per TU and ~3% of an -O2 build (bench/README.md).
    ActionType getActionType() override { return AddBeforeMainAction; }

private:
    Options opts_;
};

} // namespace
} // namespace threadlint

static clang::FrontendPluginRegistry::Add<threadlint::Action>
    X("threadlint", "report POSIX thread resource bugs (threadlint)");
