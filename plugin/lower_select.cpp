// Which definitions are worth lowering (tools/libclang/lower_select.c): a body whose
// text names no modelled API, no macro that expands to one, and no
// definition that (transitively) does, can never matter to a rule; nor can
// a call an API's gate rules out, such as pthread_mutex_init(&m, NULL)
// (checks/api_text.h, shared with the CLI).  The test is textual and errs
// towards lowering.  Same answers as the CLI, so both front ends lower the
// same functions.
#include "lower_internal.h"

#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "api_text.h"
#include "core_shim.h"
#include "sync_uses.h"

extern "C" {
#include "ir.h"
}

using namespace clang;

namespace threadlint {
namespace {

// Calls fn(std::string_view) for each identifier of t[0, n) (tl_src_each_ident).
template <typename Fn> void eachIdent(const char *t, size_t n, Fn fn) {
    tl_src_each_ident(
        t, n,
        [](const char *id, size_t len, void *ud) {
            return (*static_cast<Fn *>(ud))(std::string_view(id, len));
        },
        &fn);
}

// API and macro names -> their gate (api_text.h).
using ApiGates = std::unordered_map<std::string_view, int>;

int apiGate(const char *id, size_t n, void *ud) {
    const ApiGates &apis = *static_cast<const ApiGates *>(ud);
    auto it = apis.find(std::string_view(id, n));
    return it != apis.end() ? it->second : TL_GATE_NOT_API;
}

void setApiGate(const char *id, size_t n, int gate, void *ud) {
    (*static_cast<ApiGates *>(ud))[std::string_view(id, n)] = gate;
}

struct BodyRefs {
    bool api = false, stop = false;
    bool accessor = false, companion = false; // an accessor counts only with a companion
    bool threadWord = false; // names pthread_* or thrd_*
    bool sync = false;       // names an API that uses a sync object (sync_uses.h)
    std::vector<int> defs;
};

void propagate(size_t n, const std::vector<BodyRefs> &refs, std::vector<char> &flag) {
    // through the namers of each flagged definition, each reached once, so a
    // chain written callers first costs its length, not its length squared
    std::vector<std::vector<int>> namers(n);
    for (size_t i = 0; i < n; i++)
        for (int j : refs[i].defs)
            namers[j].push_back((int)i);
    std::vector<int> work;
    for (size_t i = 0; i < n; i++)
        if (flag[i])
            work.push_back((int)i);
    while (!work.empty()) {
        int j = work.back();
        work.pop_back();
        for (int i : namers[j])
            if (!flag[i]) {
                flag[i] = 1;
                work.push_back(i);
            }
    }
}

} // namespace

void LowerTU::select(std::vector<char> &needed, std::vector<char> &stops) {
    size_t n = defs.size();
    ApiGates apis;
    for (int m = 1; m < tl_plugin_module_count(); m++)
        if (const char *const *api = tl_plugin_module_apis(m))
            for (; *api; api++)
                apis.emplace(*api, tl_plugin_api_gate(*api));
    for (int m = 1; m < tl_plugin_module_count(); m++)
        if (const char *const *c = tl_plugin_module_companions(m))
            for (; *c; c++)
                apis.emplace(*c, TL_GATE_COMPANION);
    for (int w = 0; w < nwrappers; w++) // rewritten into APIs later
        apis.emplace(wrappers[w].name, TL_GATE_ALWAYS);
    if (actingExternals) // helpers in other files that act (summaries)
        for (const std::string &name : *actingExternals)
            apis.emplace(name, TL_GATE_ALWAYS);
    std::unordered_set<std::string_view> users; // helpers elsewhere with uses or destroys
    if (usingExternals)
        for (const std::string &name : *usingExternals)
            users.insert(name);
    std::vector<std::string> names(n);
    std::unordered_map<std::string_view, int> defByName;
    std::vector<const char *> text(n);
    std::vector<size_t> len(n);
    for (size_t i = 0; i < n; i++) {
        text[i] = span(extent(defs[i]->getSourceRange()), &len[i]);
        names[i] = defs[i]->getNameAsString();
        // one parameter its body never reads: a start routine given it
        // ignores its argument (pthread.ArgLifetime); a trampoline (spawn
        // helpers, pthread.DestroyWhileRunning)
        if (text[i] && defs[i]->getNumParams() == 1) {
            StringRef p = defs[i]->getParamDecl(0)->getName();
            if (tl_src_param_unread(text[i], len[i], p.data(), p.size()))
                tl_tu_add_unread_arg(tu, names[i].c_str());
            char fn[64], arg[64];
            if (tl_src_trampoline(text[i], len[i], p.data(), p.size(), fn, arg, sizeof fn))
                tl_tu_add_trampoline(tu, names[i].c_str(), fn, arg);
        }
    }
    for (size_t i = 0; i < n; i++)
        defByName.emplace(names[i], (int)i);
    // macros that expand to an API, from every non-system file of the TU
    std::vector<StringRef> files;
    for (unsigned i = 0, e = sm.local_sloc_entry_size(); i < e; i++) {
        const SrcMgr::SLocEntry &entry = sm.getLocalSLocEntry(i);
        if (!entry.isFile())
            continue;
        const SrcMgr::FileInfo &fi = entry.getFile();
        if (SrcMgr::isSystem(fi.getFileCharacteristic()))
            continue;
        if (std::optional<StringRef> buf = bufferDataIfLoaded(fi.getContentCache()))
            files.push_back(*buf);
    }
    for (int round = 0; round < 4; round++) {
        bool changed = false;
        for (StringRef t : files)
            changed |= tl_text_scan_macros(t.data(), t.size(), apiGate, setApiGate, &apis);
        if (!changed)
            break;
    }
    std::vector<BodyRefs> refs(n);
    for (size_t i = 0; i < n; i++) {
        BodyRefs &r = refs[i];
        if (text[i]) {
            const char *end = text[i] + len[i];
            eachIdent(text[i], len[i], [&](std::string_view id) {
                int gate = apiGate(id.data(), id.size(), &apis);
                if (gate == TL_GATE_ACCESSOR)
                    r.accessor = true;
                else if (gate == TL_GATE_COMPANION)
                    r.companion = true;
                else if (!r.api && tl_text_call_may_matter(id.data() + id.size(), end, gate))
                    r.api = true;
                if ((id.size() > 8 && id.substr(0, 8) == "pthread_") ||
                    (id.size() > 5 && id.substr(0, 5) == "thrd_"))
                    r.threadWord = true;
                if (!r.sync && (tl_sync_api_uses(id.data(), id.size(), nullptr) ||
                                 tl_sync_api_destroys(id.data(), id.size(), nullptr) ||
                                 (!users.empty() && users.count(id))))
                    r.sync = true;
                auto it = defByName.find(id);
                if (it != defByName.end()) {
                    r.defs.push_back(it->second);
                } else if (!r.stop) {
                    r.stop = tl_is_builtin_noreturn_n(id.data(), id.size());
                }
                return false;
            });
        } else {
            r.api = true; // unreadable: lower it to be safe
        }
        needed[i] = r.api || (r.accessor && r.companion); // an accessor needs a companion
        // a start routine that loops for ever: its leaked handle is a note
        stops[i] = r.stop || (text[i] && tl_src_has_endless_loop(text[i], len[i]));
    }
    propagate(n, refs, needed);
    propagate(n, refs, stops);
    // a helper that names a thread (thread_setname(t, ...)): its caller
    // needs its summary to know it keeps nothing
    for (size_t i = 0; i < n; i++)
        stops[i] = stops[i] || refs[i].threadWord;
    // what a definition that reaches a sync API (itself or through those it
    // names) locks, waits on or destroys and whom it calls, through its first
    // parameter: a start routine's uses, its same-file callees' too, a
    // teardown helper's destroys (pthread.DestroyWhileRunning); no other
    // definition can use anything
    std::vector<char> sync(n);
    for (size_t i = 0; i < n; i++)
        sync[i] = refs[i].sync;
    propagate(n, refs, sync);
    for (size_t i = 0; i < n; i++)
        if (sync[i] && text[i]) {
            StringRef p = defs[i]->getNumParams() ? defs[i]->getParamDecl(0)->getName() : StringRef();
            bool external = defs[i]->isExternallyVisible() &&
                            sm.isInMainFile(sm.getExpansionLoc(defs[i]->getLocation()));
            tl_tu_note_routine_uses(tu, names[i].c_str(), text[i], len[i], p.data(), p.size(),
                                    external);
        }
}

} // namespace threadlint
