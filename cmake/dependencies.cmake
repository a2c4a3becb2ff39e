# What intsim needs from Debian, checked at configure time so that a missing or too old
# package stops the build here, naming the package and the version, never deep inside a
# compile (issue 22). The minimum versions are those of Debian 12 (bookworm), where intsim
# is built and tested; a newer release of each is expected to work.

# intsim_require(<name> <minimum version> <Debian package> [find_package arguments...])
# find_package without its version check first, so that "too old" and "missing" get
# different messages (a version-checked find_package only says "not found").
macro(intsim_require name minimum debian)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR
      "intsim needs ${name} ${minimum} or newer, from the Debian package ${debian}, and CMake "
      "did not find it.\nInstall it with: apt-get install ${debian}   (or run `make deps`, "
      "which installs every package intsim needs), then configure again.")
  endif()
  set(_intsim_found_version "${${name}_VERSION}")
  if(_intsim_found_version STREQUAL "" AND DEFINED ${name}_VERSION_STRING)
    set(_intsim_found_version "${${name}_VERSION_STRING}")
  endif()
  if(NOT _intsim_found_version STREQUAL "" AND _intsim_found_version VERSION_LESS ${minimum})
    message(FATAL_ERROR
      "intsim needs ${name} ${minimum} or newer (Debian 12: ${debian}); this machine has "
      "${_intsim_found_version}. Install a newer ${debian} and configure again.")
  endif()
endmacro()

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 12)
  message(FATAL_ERROR "intsim needs g++ 12 or newer (C++20; Debian 12: package g++); "
                      "${CMAKE_CXX_COMPILER} is ${CMAKE_CXX_COMPILER_VERSION}.")
elseif(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 14)
  message(FATAL_ERROR "intsim needs clang 14 or newer (C++20; Debian 12: package clang); "
                      "${CMAKE_CXX_COMPILER} is ${CMAKE_CXX_COMPILER_VERSION}.")
endif()

intsim_require(Boost 1.74 libboost-dev)
intsim_require(Eigen3 3.4 libeigen3-dev NO_MODULE)
intsim_require(TBB 2021.8 libtbb-dev)
intsim_require(nlohmann_json 3.11 nlohmann-json3-dev)
intsim_require(CLI11 2.1 libcli11-dev)
intsim_require(fmt 9.1 libfmt-dev)
intsim_require(hwy 1.0.3 libhwy-dev)
intsim_require(OpenSSL 3.0 libssl-dev)
intsim_require(SQLite3 3.40 libsqlite3-dev)

# cpp-httplib (the workbench's HTTP server, `intsim serve`): Debian 12 builds it as a shared
# library, libcpp-httplib.so with the declarations in httplib.h, and describes it with
# pkg-config only (no CMake package), with the SSL, zlib and brotli switches in its
# Cflags; those must reach every file that includes httplib.h, or its classes differ from
# the library's.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET cpp-httplib>=0.11)
endif()
if(NOT HTTPLIB_FOUND)
  message(FATAL_ERROR
    "intsim needs cpp-httplib 0.11 or newer, from the Debian package libcpp-httplib-dev (with "
    "pkg-config, package pkgconf), and did not find it.\nInstall it with: apt-get install "
    "libcpp-httplib-dev pkgconf   (or run `make deps`), then configure again.")
endif()

find_path(RANDOM123_INCLUDE_DIR Random123/philox.h)
if(NOT RANDOM123_INCLUDE_DIR)
  message(FATAL_ERROR "intsim needs Random123 (Philox), from the Debian package "
                      "librandom123-dev, and did not find Random123/philox.h.\n"
                      "Install it with: apt-get install librandom123-dev   (or run `make deps`).")
endif()

# A target the compiler does not know (g++ 12 has no -march=znver4: use -march=native on
# such a machine, or x86-64-v4) is said as such, not as a failing Highway check below.
include(CheckCXXCompilerFlag)
if(INTSIM_ARCH_FLAGS)
  string(MAKE_C_IDENTIFIER "INTSIM_COMPILER_KNOWS_${INTSIM_ARCH_FLAGS}" _intsim_arch_check)
  check_cxx_compiler_flag("${INTSIM_ARCH_FLAGS}" ${_intsim_arch_check})
  if(NOT ${_intsim_arch_check})
    unset(${_intsim_arch_check} CACHE)
    message(FATAL_ERROR "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION} does not know "
                        "the target '${INTSIM_ARCH_FLAGS}' (INTSIM_ARCH / ARCH); `g++ -Q --help=target` lists the "
                        "targets it knows, and ARCH=native builds for this machine.")
  endif()
endif()

# Highway picks its static target from the compiler flags, so whether the sweep
# (montecarlo/closer_looks.cpp) compiles depends on the CPU (-march=native) and the Highway
# release. A small program with the same flags and definitions is compiled here: if it
# fails, configure says so, with the flags and the package, before the build starts.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "${INTSIM_ARCH_FLAGS}")
set(CMAKE_REQUIRED_DEFINITIONS -DHWY_COMPILE_ONLY_STATIC=1 -DHWY_DISABLE_PCLMUL_AES=1)
set(CMAKE_REQUIRED_LIBRARIES hwy::hwy)
set(CMAKE_REQUIRED_QUIET ON)
# One cached answer per set of flags, so that switching NATIVE or ARCH checks again.
string(MAKE_C_IDENTIFIER "INTSIM_HIGHWAY_COMPILES_${INTSIM_ARCH_FLAGS}" _intsim_highway_check)
check_cxx_source_compiles([=[
#include <cstdint>
#include <hwy/highway.h>
namespace hn = hwy::HWY_NAMESPACE;
int main() {
    const hn::ScalableTag<std::uint32_t> d;
    alignas(64) std::uint32_t x[64] = {};
    return static_cast<int>(hn::GetLane(hn::PopulationCount(hn::LoadU(d, x))));
}
]=] ${_intsim_highway_check})
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_DEFINITIONS)
unset(CMAKE_REQUIRED_LIBRARIES)
unset(CMAKE_REQUIRED_QUIET)
if(NOT ${_intsim_highway_check})
  unset(${_intsim_highway_check} CACHE)
  message(FATAL_ERROR
    "Highway ${hwy_VERSION} (Debian package libhwy-dev) does not compile for this target "
    "(flags: '${INTSIM_ARCH_FLAGS}', compiler ${CMAKE_CXX_COMPILER_ID} "
    "${CMAKE_CXX_COMPILER_VERSION}). Build for another target with "
    "`make ... NATIVE=OFF` (portable) or `ARCH=x86-64-v3`, and report the CPU "
    "(grep -m1 flags /proc/cpuinfo). See docs/numerics.md, 'Every x86-64 CPU'.")
endif()

# MPI is optional: without it intsim runs as one process (docs/cluster.md).
find_package(MPI COMPONENTS CXX QUIET)
option(INTSIM_MPI "Split replications across MPI ranks (Open MPI, libopenmpi-dev)" ${MPI_CXX_FOUND})
if(INTSIM_MPI AND NOT MPI_CXX_FOUND)
  message(FATAL_ERROR "INTSIM_MPI is on but MPI was not found: install libopenmpi-dev "
                      "(or configure with -DINTSIM_MPI=OFF for a single-process build).")
endif()
