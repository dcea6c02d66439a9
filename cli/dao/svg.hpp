#pragma once
/// The tour as a picture (`mallory dao --svg FILE`): per variant, a sequence diagram of the
/// attack transaction (who calls whom, the payouts, the returns) beside a plot of the DAO's
/// and Mallory's balances over the same steps. Plain SVG 1.1 that any browser opens.

#include "cli/dao/tour.hpp"

#include <string>

namespace mallory::cli::dao {

std::string tour_svg(const TourReport& report);

} // namespace mallory::cli::dao
