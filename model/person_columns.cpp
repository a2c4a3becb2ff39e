#include "model/person_columns.hpp"

#include <algorithm>

namespace intsim {

void PersonColumns::clear() { resize(0); }

void PersonColumns::reserve(std::size_t n) {
    uid.reserve(n);
    history.reserve(n);
    cell.reserve(n);
    month_stamp.reserve(n);
    measure.reserve(n);
    measure_left.reserve(n);
    post_measure.reserve(n);
    effect_month.reserve(n);
}

void PersonColumns::resize(std::size_t n) {
    uid.resize(n);
    history.resize(n);
    cell.resize(n);
    month_stamp.resize(n);
    measure.resize(n);
    measure_left.resize(n);
    post_measure.resize(n);
    effect_month.resize(n);
}

void PersonColumns::push_copy(const PersonColumns& from, std::size_t i) {
    uid.push_back(from.uid[i]);
    history.push_back(from.history[i]);
    cell.push_back(from.cell[i]);
    month_stamp.push_back(from.month_stamp[i]);
    measure.push_back(from.measure[i]);
    measure_left.push_back(from.measure_left[i]);
    post_measure.push_back(from.post_measure[i]);
    effect_month.push_back(from.effect_month[i]);
}

void PersonColumns::move_within(std::size_t from, std::size_t to) {
    uid[to] = uid[from];
    history[to] = history[from];
    cell[to] = cell[from];
    month_stamp[to] = month_stamp[from];
    measure[to] = measure[from];
    measure_left[to] = measure_left[from];
    post_measure[to] = post_measure[from];
    effect_month[to] = effect_month[from];
}

namespace {

template <class T>
void remove_positions(std::vector<T>& column, const std::vector<std::uint32_t>& positions) {
    if (positions.empty()) return;
    const std::size_t n = column.size();
    std::size_t out = positions[0];
    for (std::size_t j = 0; j < positions.size(); ++j) {
        const std::size_t from = positions[j] + 1u;
        const std::size_t to = j + 1 < positions.size() ? positions[j + 1] : n;
        std::copy(column.begin() + static_cast<std::ptrdiff_t>(from), column.begin() + static_cast<std::ptrdiff_t>(to),
                  column.begin() + static_cast<std::ptrdiff_t>(out));  // out < from: overlap is fine
        out += to - from;
    }
    column.resize(out);
}

}  // namespace

void PersonColumns::remove_at(const std::vector<std::uint32_t>& positions) {
    remove_positions(uid, positions);
    remove_positions(history, positions);
    remove_positions(cell, positions);
    remove_positions(month_stamp, positions);
    remove_positions(measure, positions);
    remove_positions(measure_left, positions);
    remove_positions(post_measure, positions);
    remove_positions(effect_month, positions);
}

}  // namespace intsim
