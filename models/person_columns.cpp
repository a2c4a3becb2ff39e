#include "models/person_columns.hpp"

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
    post_left.reserve(n);
}

void PersonColumns::resize(std::size_t n) {
    uid.resize(n);
    history.resize(n);
    cell.resize(n);
    month_stamp.resize(n);
    measure.resize(n);
    measure_left.resize(n);
    post_measure.resize(n);
    post_left.resize(n);
}

void PersonColumns::push_copy(const PersonColumns& from, std::size_t i) {
    uid.push_back(from.uid[i]);
    history.push_back(from.history[i]);
    cell.push_back(from.cell[i]);
    month_stamp.push_back(from.month_stamp[i]);
    measure.push_back(from.measure[i]);
    measure_left.push_back(from.measure_left[i]);
    post_measure.push_back(from.post_measure[i]);
    post_left.push_back(from.post_left[i]);
}

void PersonColumns::move_within(std::size_t from, std::size_t to) {
    uid[to] = uid[from];
    history[to] = history[from];
    cell[to] = cell[from];
    month_stamp[to] = month_stamp[from];
    measure[to] = measure[from];
    measure_left[to] = measure_left[from];
    post_measure[to] = post_measure[from];
    post_left[to] = post_left[from];
}

namespace {

template <class T>
std::size_t compact(std::vector<T>& column, const std::vector<std::uint8_t>& keep) {
    std::size_t kept = 0;
    const std::size_t n = column.size();
    T* data = column.data();
    for (std::size_t i = 0; i < n; ++i) {
        data[kept] = data[i];
        kept += keep[i];
    }
    column.resize(kept);
    return kept;
}

}  // namespace

void PersonColumns::keep_where(const std::vector<std::uint8_t>& keep) {
    compact(uid, keep);
    compact(history, keep);
    compact(cell, keep);
    compact(month_stamp, keep);
    compact(measure, keep);
    compact(measure_left, keep);
    compact(post_measure, keep);
    compact(post_left, keep);
}

}  // namespace intsim
