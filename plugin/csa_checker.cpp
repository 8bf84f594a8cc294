// The `pthread` checker package for the Clang Static Analyzer: the same
// analysis as the compiler-warning face, reported through the analyzer's
// BugReporter so findings land in scan-build's HTML, plist and SARIF with
// their path as notes and their fix-its.
//
//   scan-build -load-plugin threadlint-plugin.so -enable-checker pthread make
//   clang --analyze -Xclang -load -Xclang threadlint-plugin.so
//         -Xclang -analyzer-checker=pthread x.c
//
// Each rule is a checker named by its rule ID (pthread.ThreadLeak, ...), so
// `-enable-checker pthread.ThreadLeak` picks one.  They share a hidden
// pthread.Core, which runs the analysis once per translation unit and takes
// the plugin arguments' settings as analyzer options:
//   -analyzer-config pthread.Core:ConfigFile=<path>
//   -analyzer-config pthread.Core:HeaderFilter=<ERE>
//   -analyzer-config 'pthread.Core:Checks=<glob>;<glob>...'
// A rule reports when its checker is enabled and the settings leave it on.
#include <algorithm>
#include <memory>
#include <string>

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

#include "plugin_config.h"
#include "tu_findings.h"

using namespace clang;
using namespace clang::ento;

namespace threadlint {
namespace {

class PthreadChecker : public Checker<check::EndOfTranslationUnit> {
public:
    // Set for each rule whose checker is enabled.
    std::unique_ptr<BugType> bugTypes[TL_RULE_COUNT];
    PluginArgs args; // from pthread.Core's analyzer options

    void checkEndOfTranslationUnit(const TranslationUnitDecl *tu, AnalysisManager &mgr,
                                   BugReporter &br) const {
        ASTContext &ctx = mgr.getASTContext();
        if (ctx.getLangOpts().CPlusPlus || ctx.getLangOpts().ObjC)
            return;
        PluginConfig config;
        if (!loadPluginConfig(ctx.getSourceManager(), ctx.getDiagnostics(), args, config))
            return; // the error is already reported
        for (int r = 0; r < TL_RULE_COUNT; r++)
            if (!bugTypes[r])
                config.cfg.enabled[r] = false;
        TUFindings findings(ctx, config);
        for (const tl_finding *f : findings.shown()) {
            // The analyzer knows only warnings: a note-level finding is the
            // same remark the warning face gives (not in scan-build's report).
            if (f->severity == TL_SEV_NOTE)
                findings.emit(ctx.getDiagnostics(), *f, false);
            else
                report(*f, findings, tu, br);
        }
    }

private:
    static const Decl *functionNamed(const TranslationUnitDecl *tu, const char *name) {
        for (const Decl *d : tu->decls())
            if (const auto *fn = dyn_cast<FunctionDecl>(d))
                if (fn->hasBody() && fn->getIdentifier() && name && fn->getName() == name)
                    return fn->getDefinition();
        return nullptr;
    }

    void report(const tl_finding &f, const TUFindings &findings, const TranslationUnitDecl *tu,
                BugReporter &br) const {
        const SourceManager &sm = br.getSourceManager();
        SourceLocation at = findings.loc(f.loc);
        if (at.isInvalid() || !bugTypes[f.rule])
            return;
        auto r = std::make_unique<BasicBugReport>(*bugTypes[f.rule], f.msg,
                                                  PathDiagnosticLocation(at, sm));
        if (const Decl *fn = functionNamed(tu, f.func))
            r->setDeclWithIssue(fn);
        for (int k = 0; k < f.nnotes; k++) {
            SourceLocation n = findings.loc(f.notes[k].loc);
            if (n.isValid())
                r->addNote(f.notes[k].msg, PathDiagnosticLocation(n, sm));
        }
        for (int k = 0; k < f.nfixits; k++)
            if (std::optional<FixItHint> hint = findings.fixit(f.fixits[k]))
                r->addFixItHint(*hint);
        br.emitReport(std::move(r));
    }
};

std::optional<std::string> stringOption(CheckerManager &mgr, const PthreadChecker *c,
                                        const char *name) {
    std::string v = mgr.getAnalyzerOptions().getCheckerStringOption(c, name).str();
    if (v.empty())
        return std::nullopt;
    return v;
}

void registerCore(CheckerManager &mgr) {
    PthreadChecker *c = mgr.registerChecker<PthreadChecker>();
    c->args.configFile = stringOption(mgr, c, "ConfigFile");
    c->args.headerFilter = stringOption(mgr, c, "HeaderFilter");
    c->args.summaries = stringOption(mgr, c, "Summaries");
    // -analyzer-config splits at commas, so globs are separated by ';' here
    if (std::optional<std::string> checks = stringOption(mgr, c, "Checks")) {
        std::replace(checks->begin(), checks->end(), ';', ',');
        const char *bad = nullptr;
        if (checksMatchRules(*checks, &bad))
            c->args.checks = checks;
        else
            mgr.reportInvalidCheckerOptionValue(c, "Checks",
                                                "';'-separated globs that each match a rule");
    }
}

bool always(const CheckerManager &) { return true; }

template <int Rule> void registerRule(CheckerManager &mgr) {
    mgr.getChecker<PthreadChecker>()->bugTypes[Rule] = std::make_unique<BugType>(
        mgr.getCurrentCheckerName(), tl_rule_summary((tl_rule_id)Rule), "POSIX thread resources");
}

} // namespace
} // namespace threadlint

extern "C" __attribute__((visibility("default")))
const char clang_analyzerAPIVersionString[] = CLANG_ANALYZER_API_VERSION_STRING;

extern "C" __attribute__((visibility("default"))) void
clang_registerCheckers(clang::ento::CheckerRegistry &registry) {
    using namespace threadlint;
    registry.addChecker(registerCore, always, "pthread.Core",
                        "threadlint's analysis, run once for every enabled pthread checker", "",
                        /*IsHidden=*/true);
    registry.addCheckerOption("string", "pthread.Core", "ConfigFile", "",
                              "settings and wrappers from this file instead of the nearest "
                              ".threadlint.yaml above the main file",
                              "released");
    registry.addCheckerOption("string", "pthread.Core", "HeaderFilter", "",
                              "also report in headers whose path matches this ERE", "released");
    registry.addCheckerOption("string", "pthread.Core", "Summaries", "",
                              "what functions of other files do: the file "
                              "'threadlint -p <dir> --export-summaries=<file>' writes",
                              "released");
    registry.addCheckerOption("string", "pthread.Core", "Checks", "",
                              "rules on or off over the config file's, clang-tidy style globs "
                              "separated by ';' (e.g. '-*;pthread.ThreadLeak')",
                              "released");
#define TL_RULE(e, id, summary)                                                          \
    registry.addChecker(registerRule<TL_RULE_##e>, always, id, summary, "", false);     \
    registry.addDependency(id, "pthread.Core");
#include "rules.def"
#undef TL_RULE
}
