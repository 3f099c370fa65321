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

// The policy of the page's Content-Security-Policy header: workshopPolicy() and
// `frame-ancestors 'none'` (honoured only in a header, not in the page's meta tag), so no other
// site can show the page in a frame and have its buttons clicked through a decoy.
std::string workshopHeaderPolicy();

}  // namespace samsim::app::serve
