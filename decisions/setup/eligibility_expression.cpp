#include "decisions/setup/eligibility_expression.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "engine/json_reader.hpp"
#include "model/scenario.hpp"

namespace intsim {

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto at = text.find(separator, start);
        out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) break;
        start = at + 1;
    }
    return out;
}

// The conditions of an eligibility expression, joined by '+': "25+" and "50+" end in the
// joiner itself, so "ltr+50+" is ["ltr", "50+"] and "50++women" is ["50+", "women"].
std::vector<std::string> conditions_of(const std::string& expression) {
    const std::vector<std::string> pieces = split(expression, '+');
    std::vector<std::string> out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if ((pieces[i] == "25" || pieces[i] == "50") && i + 1 < pieces.size() && pieces[i + 1].empty()) {
            out.push_back(pieces[i] + "+");
            ++i;
        } else {
            out.push_back(pieces[i]);
        }
    }
    return out;
}

// Levels by attribute as set up: sex, single_parent, age_band (if given), own attributes.
std::map<std::string, std::vector<std::string>> attribute_levels(const KeyFigures& k) {
    std::map<std::string, std::vector<std::string>> levels = {{"sex", {"male", "female"}},
                                                               {"single_parent", {"no", "yes"}}};
    if (k.u25_share) levels["age_band"] = {"u25", "25-49", "50+"};
    for (const OwnAttribute& a : k.own_attributes) levels[a.name] = a.levels;
    return levels;
}


}  // namespace

nlohmann::json eligibility_of(const std::string& expression, const MeasureRow& row, const KeyFigures& k) {
    const auto levels = attribute_levels(k);
    nlohmann::json eligible = nlohmann::json::object();
    const auto fail = [&](const std::string& condition, const std::string& why) {
        fail_measure_row(row, "eligible",
                         fmt::format("\"{}\": {}; conditions are joined by '+': all, ltr, non_ltr, women, men, "
                                     "single_parents, u25, 25-49, 50+, 25+, new:K (months since entry), months:K "
                                     "(months in benefit of the last 24), ATTRIBUTE=LEVEL|LEVEL",
                                     condition, why));
    };
    const auto restrict_to = [&](const std::string& attribute, const std::vector<std::string>& wanted,
                                 const std::string& condition) {
        const auto it = levels.find(attribute);
        if (it == levels.end()) {
            std::vector<std::string> names;
            for (const auto& [name, l] : levels) names.push_back(name);
            const std::string near = nearest_key(attribute, names);
            fail(condition, attribute == "age_band"
                                ? "the key figures give no age shares (shares.u25 and shares.50+)"
                                : fmt::format("no attribute \"{}\"{}", attribute,
                                              near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        for (const auto& level : wanted)
            if (std::find(it->second.begin(), it->second.end(), level) == it->second.end()) {
                const std::string near = nearest_key(level, it->second);
                fail(condition, fmt::format("\"{}\" has no level \"{}\"{}", attribute, level,
                                            near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
            }
        if (eligible.contains(attribute)) fail(condition, "\"" + attribute + "\" is restricted twice");
        eligible[attribute] = wanted;
    };
    for (const std::string& c : conditions_of(expression)) {
        if (c == "all" && expression == "all") continue;
        if (c == "ltr" || c == "non_ltr") {
            if (eligible.contains("ltr")) fail(c, "ltr is restricted twice");
            eligible["ltr"] = c == "ltr";
        } else if (c == "women" || c == "men") {
            restrict_to("sex", {c == "women" ? "female" : "male"}, c);
        } else if (c == "single_parents") {
            restrict_to("single_parent", {"yes"}, c);
        } else if (c == "u25" || c == "25-49" || c == "50+") {
            restrict_to("age_band", {c}, c);
        } else if (c == "25+") {
            restrict_to("age_band", {"25-49", "50+"}, c);
        } else if (c.rfind("new:", 0) == 0 || c.rfind("months:", 0) == 0) {
            const bool is_new = c[0] == 'n';
            const std::string number = c.substr(is_new ? 4 : 7);
            const int max = is_new ? kMaxHorizonMonths : kHistoryMonths;
            if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string::npos ||
                std::stoi(number) > max)
                fail(c, fmt::format("expected a whole number of months from 0 to {}", max));
            eligible[is_new ? "new_customer_months" : "min_months_in_benefit"] = std::stoi(number);
        } else if (const auto eq = c.find('='); eq != std::string::npos && eq > 0) {
            restrict_to(c.substr(0, eq), split(c.substr(eq + 1), '|'), c);
        } else {
            static const std::vector<std::string> words = {"all",  "ltr", "non_ltr", "women", "men", "single_parents",
                                                           "u25", "25-49", "50+",   "25+"};
            const std::string near = nearest_key(c, words);
            fail(c, fmt::format("unknown condition{}", near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
    }
    return eligible;
}


}  // namespace intsim
