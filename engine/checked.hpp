#pragma once
// Checks of what a fast path relies on but does not test itself (a bound that lets it skip
// work): compiled into debug builds and the sanitizer builds (INTSIM_CHECKED, set by
// -DINTSIM_SANITIZE=...; `make sanitize` runs the suite so), left out of Release, where
// they would cost the time the fast path saves. A failed check names itself and aborts.
#include <cstdio>
#include <cstdlib>

#if !defined(NDEBUG) || defined(INTSIM_CHECKED)
#define INTSIM_CHECKS_ON 1
#define INTSIM_CHECK(condition, what)                                                                  \
    ((condition) ? static_cast<void>(0) : ::intsim::check_failed(what, __FILE__, __LINE__))
#else
#define INTSIM_CHECKS_ON 0
#define INTSIM_CHECK(condition, what) static_cast<void>(0)
#endif

namespace intsim {

[[noreturn]] inline void check_failed(const char* what, const char* file, int line) {
    std::fprintf(stderr, "intsim: internal check failed at %s:%d: %s\n", file, line, what);
    std::abort();
}

}  // namespace intsim
