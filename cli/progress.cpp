#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace intsim {

ProgressBar::ProgressBar(std::size_t total, bool enabled, std::string unit)
    : total_(total), unit_(std::move(unit)), enabled_(enabled && ::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done) {
    if (!enabled_) return;
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock()) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (elapsed < 1.0 && done < total_) return;  // short runs stay quiet
    if (now - last_ < std::chrono::milliseconds(100) && done < total_) return;
    last_ = now;
    const double rate = done / (elapsed > 0 ? elapsed : 1e-9);
    const double left = rate > 0 ? (total_ - done) / rate : 0.0;
    constexpr int width = 30;
    const int filled = total_ ? static_cast<int>(width * done / total_) : width;
    char bar[width + 1];
    for (int i = 0; i < width; ++i) bar[i] = i < filled ? '#' : '-';
    bar[width] = 0;
    std::fprintf(stderr, "\r[%s] %zu/%zu %s  %.0f/s  %.0f s left ", bar, done, total_, unit_.c_str(), rate, left);
    std::fflush(stderr);
    printed_ = true;
}

void ProgressBar::set_total(std::size_t total, std::string unit) {
    std::lock_guard lock(mutex_);
    total_ = total;
    unit_ = std::move(unit);
}

void ProgressBar::finish() {
    std::lock_guard lock(mutex_);
    if (printed_) {
        std::fprintf(stderr, "\r%*s\r", 100, "");
        std::fflush(stderr);
        printed_ = false;
    }
}

}  // namespace intsim
