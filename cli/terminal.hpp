#pragma once
/// How output is shown: colours only on a terminal (or when asked), never in pipes and files.

#include <string>

namespace mallory::cli {

enum class ColorMode { automatic, always, never };

/// Whether to colour output written to stdout (fd 1) or stderr (fd 2), honouring NO_COLOR.
bool use_color(ColorMode mode, int fd);

/// Parses "auto" | "always" | "never".
bool parse_color_mode(const std::string& text, ColorMode& out);

} // namespace mallory::cli
