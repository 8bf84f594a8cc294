// The plugin's settings for one compilation: built-in defaults, then the
// nearest .threadlint.yaml above the main file (or an explicit one), then
// the `checks=` argument.  Shared by the warning face and the checker
// package.
#ifndef THREADLINT_PLUGIN_CONFIG_H
#define THREADLINT_PLUGIN_CONFIG_H

#include <memory>
#include <optional>
#include <regex.h>
#include <string>

#include "lower.h"

extern "C" {
#include "analyze.h"
#include "config_file.h"
#include "summary_ext.h"
}

namespace clang {
class DiagnosticsEngine;
class SourceManager;
} // namespace clang

namespace threadlint {

struct PluginConfig {
    tl_config cfg;
    std::shared_ptr<tl_config_file> file; // owns cfg.wrappers
    std::shared_ptr<regex_t> headerFilter; // header-filter=, else the file's; may be null
    std::shared_ptr<tl_ext_summaries> external; // summaries=: owns cfg.external
    PluginConfig() { tl_config_default(&cfg); }

    LowerOptions lowerOptions() const {
        LowerOptions o;
        o.wrappers = cfg.wrappers;
        o.nwrappers = cfg.nwrappers;
        o.headerFilter = headerFilter.get();
        o.external = external.get();
        return o;
    }
};

// What the user asked for on the command line, over the config file.
struct PluginArgs {
    std::optional<std::string> configFile;   // config-file=: no search
    std::optional<std::string> checks;       // checks=: already validated
    std::optional<std::string> headerFilter; // header-filter=: replaces the file's
    std::optional<std::string> summaries;    // summaries=: other files' functions
};

// Whether every glob of `globs` (comma-separated) matches a rule; if not,
// `*bad` is the first that does not.  Arguments are checked with this when
// they are read, before any config file is.
bool checksMatchRules(const std::string &globs, const char **bad);

// Fills `out`; false (with a compiler error pointing into the YAML file, or
// naming the bad header filter) when the settings are unusable.
bool loadPluginConfig(clang::SourceManager &sm, clang::DiagnosticsEngine &diags,
                      const PluginArgs &args, PluginConfig &out);

} // namespace threadlint

#endif
