#include <httplib.h>

#include "report/html_report.hpp"
#include "server/page_assets.hpp"
#include "server/workbench_state.hpp"

namespace intsim {

void add_page_routes(httplib::Server& server) {
    for (const PageAsset& asset : page_assets()) {
        const std::string path = asset.path == "/index.html" ? "/" : std::string(asset.path);
        server.Get(path, [asset](const httplib::Request&, httplib::Response& res) {
            res.set_content(asset.body.data(), asset.body.size(), std::string(asset.mime).c_str());
        });
    }
    // The reports' own style sheet, so that the charts and tables the server sends read
    // as they do in report.html.
    server.Get("/report.css", [](const httplib::Request&, httplib::Response& res) {
        const std::string_view css = report_style_sheet();
        res.set_content(css.data(), css.size(), "text/css; charset=utf-8");
    });
}

}  // namespace intsim
