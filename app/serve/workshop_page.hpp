#pragma once
// The workshop page: one HTML document with its styles, the chart library (the report's inlined
// Vega, Vega-Lite and vega-embed) and its script. It draws its controls from /api/setup and talks
// only to the server it came from.
#include <string>

namespace samsim::app::serve {

// Throws std::runtime_error when samsim was built without the chart library.
std::string workshopPage();

// The report's Content-Security-Policy plus `connect-src 'self'`: the page may call back to its
// own server and nowhere else.
const char* workshopPolicy();

}  // namespace samsim::app::serve
