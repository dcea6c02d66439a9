#include "cli/terminal.hpp"

#include <cstdlib>
#include <unistd.h>

namespace mallory::cli {

bool use_color(ColorMode mode, int fd) {
    if (mode != ColorMode::automatic) return mode == ColorMode::always;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return isatty(fd) != 0;
}

bool parse_color_mode(const std::string& text, ColorMode& out) {
    if (text == "auto")
        out = ColorMode::automatic;
    else if (text == "always")
        out = ColorMode::always;
    else if (text == "never")
        out = ColorMode::never;
    else
        return false;
    return true;
}

} // namespace mallory::cli
