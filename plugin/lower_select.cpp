// Which definitions are worth lowering: the clang-AST front end's inputs to
// the shared, textual selection (checks/select_defs.h), so both front ends
// lower the same functions.
#include "lower_internal.h"

extern "C" {
#include "select_defs.h"
}

using namespace clang;

namespace threadlint {

void LowerTU::select(std::vector<char> &needed, std::vector<char> &stops) {
    size_t n = defs.size();
    std::vector<tl_select_def> in(n);
    for (size_t i = 0; i < n; i++) {
        const FunctionDecl *d = defs[i];
        in[i].text = span(extent(d->getSourceRange()), &in[i].len);
        std::string name = d->getNameAsString();
        in[i].name = tl_arena_strdup(&tu->arena, name.c_str());
        in[i].nparams = (int)d->getNumParams();
    }
    // macros that expand to an API, from every non-system file of the TU
    std::vector<const char *> files;
    std::vector<size_t> sizes;
    for (unsigned i = 0, e = sm.local_sloc_entry_size(); i < e; i++) {
        const SrcMgr::SLocEntry &entry = sm.getLocalSLocEntry(i);
        if (!entry.isFile())
            continue;
        const SrcMgr::FileInfo &fi = entry.getFile();
        if (SrcMgr::isSystem(fi.getFileCharacteristic()))
            continue;
        if (std::optional<StringRef> buf = bufferDataIfLoaded(fi.getContentCache())) {
            files.push_back(buf->data());
            sizes.push_back(buf->size());
        }
    }
    tl_select_input input{};
    input.defs = in.data();
    input.n = (int)n;
    input.files = files.data();
    input.file_sizes = sizes.data();
    input.nfiles = (int)files.size();
    input.wrappers = wrappers;
    input.nwrappers = nwrappers;
    input.external = external;
    tl_select_source src{};
    src.ud = this;
    src.first_param = [](void *ud, int i, size_t *len) -> const char * {
        StringRef p = static_cast<LowerTU *>(ud)->defs[i]->getParamDecl(0)->getName();
        *len = p.size();
        return p.data() ? p.data() : "";
    };
    src.linkage = [](void *ud, int i) -> unsigned {
        LowerTU &lt = *static_cast<LowerTU *>(ud);
        const FunctionDecl *d = lt.defs[i];
        unsigned r = 0;
        if (d->isExternallyVisible())
            r |= TL_SELECT_EXTERNAL;
        if (lt.sm.isInMainFile(lt.sm.getExpansionLoc(d->getLocation())))
            r |= TL_SELECT_IN_MAIN_FILE;
        return r;
    };
    std::unique_ptr<bool[]> need(new bool[n + 1]()), stop(new bool[n + 1]());
    tl_select_definitions(tu, &input, &src, need.get(), stop.get());
    for (size_t i = 0; i < n; i++) {
        needed[i] = need[i];
        stops[i] = stop[i];
    }
}

} // namespace threadlint
