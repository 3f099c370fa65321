#include "app/serve/workshop_page.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "analysis/report/chart_library.hpp"
#include "app/serve/workshop_assets.hpp"

namespace samsim::app::serve {

const char* workshopPolicy() {
  // As analysis/report/html_page.cpp ('unsafe-eval': Vega compiles expressions with Function()).
  return "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
         "img-src data: blob:; font-src data:; connect-src 'self'";
}

std::string workshopHeaderPolicy() {
  return std::string(workshopPolicy()) + "; frame-ancestors 'none'";
}

std::string workshopPage() {
  using analysis::report::chartLibraryAvailable;
  using analysis::report::chartLibraryFiles;
  if (!chartLibraryAvailable())
    throw std::runtime_error(
        "samsim was built without the chart library (node_modules/vega* was missing at configure time); "
        "run `make deps` and rebuild");
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", workshopPolicy());
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += fmt::format("<title>samsim workshop</title>\n<style>{}</style>\n", kWorkshopCss);
  for (const auto& file : chartLibraryFiles()) {
    html += fmt::format("<script>/* {} */\n", file.name);
    for (std::string_view piece : file.pieces) html += piece;
    html += "\n</script>\n";
  }
  html += "</head>\n<body>\n";
  html += kWorkshopHtml;
  html += fmt::format("<script>{}</script>\n</body>\n</html>\n", kWorkshopJs);
  return html;
}

}  // namespace samsim::app::serve
