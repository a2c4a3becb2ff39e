#include "model/calendar_years.hpp"

namespace intsim {

std::vector<CalendarYear> calendar_years(YearMonth start, int months) {
    std::vector<CalendarYear> years;
    for (int m = 0; m < months; ++m) {
        const int year = start.plus(m).year;
        if (years.empty() || years.back().year != year) years.push_back({year, m, 0});
        ++years.back().months;
    }
    return years;
}

std::vector<YearFrame> year_frames(const Scenario& s) {
    std::vector<YearFrame> frames;
    for (const CalendarYear& span : calendar_years(s.start, s.months)) {
        YearFrame frame;
        frame.span = span;
        if (frames.empty()) {
            frame.targets = s.targets;
            frame.operative_egt = s.operative_egt;
        } else {
            if (const auto t = s.targets_by_year.find(span.year); t != s.targets_by_year.end())
                frame.targets = t->second;
            if (const auto e = s.operative_egt_by_year.find(span.year); e != s.operative_egt_by_year.end()) {
                frame.operative_egt = e->second;
            } else if (!frames.front().span.partial() && s.operative_egt > 0) {
                frame.operative_egt = s.operative_egt;
                frame.egt_carried_forward = true;
            }
        }
        frames.push_back(std::move(frame));
    }
    return frames;
}

}  // namespace intsim
