#pragma once
// The page's files (server/page/), compiled into the binary by server/embed_page.cmake so
// that the workbench needs nothing beside the intsim executable and works offline.
#include <string_view>
#include <vector>

namespace intsim {

struct PageAsset {
    std::string_view path;  ///< "/index.html", "/workbench.js", ...
    std::string_view mime;
    std::string_view body;
};

const std::vector<PageAsset>& page_assets();

}  // namespace intsim
