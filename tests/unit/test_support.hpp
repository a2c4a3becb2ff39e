#pragma once
// Helpers shared by the unit tests: small scenarios written inline, temporary files.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "model/build_model.hpp"
#include "model/model.hpp"
#include "model/scenario.hpp"

namespace intsim::test {

/// A minimal valid scenario: two sexes, single parents, no measures, constant hazards,
/// no parameter uncertainty (the spreads are 0 on purpose: a scenario that leaves them
/// out gets the national defaults).
inline nlohmann::json minimal_scenario() {
    return nlohmann::json::parse(R"({
      "name": "minimal",
      "start": "2022-01",
      "months": 12,
      "population": {
        "elb": 1000,
        "attributes": {
          "sex": {"levels": ["male", "female"], "shares": [0.5, 0.5]},
          "single_parent": {"levels": ["no", "yes"], "by": "sex",
                            "shares": {"male": [0.98, 0.02], "female": [0.8, 0.2]}}
        },
        "ltr_share": 0.6,
        "non_ltr_spell_months": [{"max": 6, "share": 0.5}, {"max": 20, "share": 0.5}]
      },
      "inflow": {"monthly_mean": 0},
      "hazards": {
        "integration": {"base": 0.02},
        "exit": {"base": 0.01}
      },
      "uncertainty": {"integration_sd": 0, "exit_sd": 0, "inflow_sd": 0, "measure_effect_sd": 0}
    })");
}

inline Model model_of(const nlohmann::json& document) {
    return build_model(parse_scenario(document, "test.json"));
}

/// A fresh directory under the system temp directory, removed at scope exit.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "intsim-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }
    std::string write(const std::string& name, const std::string& content) const {
        const auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file) << content;
        return file.string();
    }

private:
    std::filesystem::path path_;
};

}  // namespace intsim::test
