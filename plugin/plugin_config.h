// The plugin's settings for one compilation: built-in defaults, then the
// nearest .threadlint.yaml above the main file (or an explicit one), then
// the `checks=` argument.  Shared by the warning face and the checker
// package.
#ifndef THREADLINT_PLUGIN_CONFIG_H
#define THREADLINT_PLUGIN_CONFIG_H

#include <memory>
#include <optional>
#include <string>

extern "C" {
#include "analyze.h"
#include "config_file.h"
}

namespace clang {
class DiagnosticsEngine;
class SourceManager;
} // namespace clang

namespace threadlint {

struct PluginConfig {
    tl_config cfg;
    std::shared_ptr<tl_config_file> file; // owns cfg.wrappers
    PluginConfig() { tl_config_default(&cfg); }
};

// Fills `out`; false (with a compiler error pointing into the YAML file)
// when the config file is malformed.  `checks` must already be validated.
bool loadPluginConfig(clang::SourceManager &sm, clang::DiagnosticsEngine &diags,
                      const std::optional<std::string> &configFile,
                      const std::optional<std::string> &checks, PluginConfig &out);

} // namespace threadlint

#endif
