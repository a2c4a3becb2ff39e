#pragma once
// The key-figure file `intsim init` reads (docs/own-jobcenter.md): the file with the
// files it names (the measure table, an effects catalogue), read through the engine's
// readers, and where each calibrated figure stands in it, for messages that point there.
#include <string>

#include "decisions/setup/key_figures.hpp"

namespace intsim {

/// Reads a key-figure file and the files it names (relative to it). Throws InputError
/// naming the file and the JSON pointer of what is missing or wrong.
KeyFigures read_key_figures(const std::string& file);

/// The JSON pointer of a calibrated figure (an indicator name) in the key-figure file:
/// "/integrations/total" for integrations_total; "/" + name for a figure it does not place.
std::string key_figure_pointer(const std::string& figure);

}  // namespace intsim
