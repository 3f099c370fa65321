#pragma once
// The page's body, styles and script, embedded at build time from app/serve/page/ (CMakeLists.txt)
// so they can be edited and checked as ordinary HTML, CSS and JavaScript files.
namespace samsim::app::serve {

extern const char* const kWorkshopHtml;
extern const char* const kWorkshopCss;
extern const char* const kWorkshopJs;

}  // namespace samsim::app::serve
