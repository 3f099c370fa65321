// UTF-8 checking and escaping of user text in messages and markup (sim/text.hpp).
#include <catch2/catch.hpp>

#include "sim/text.hpp"

using samsim::sim::escaped;
using samsim::sim::escapeMarkup;
using samsim::sim::invalidUtf8At;
using samsim::sim::isValidUtf8;
using samsim::sim::lineAt;
using samsim::sim::quoted;

TEST_CASE("UTF-8 check: well-formed sequences pass, Latin-1 and malformed ones are found", "[sim][text]") {
  CHECK(isValidUtf8("plain ASCII"));
  CHECK(isValidUtf8("Helse og velferd — Trondheim kommune ø æ å €"));
  CHECK(isValidUtf8("\xF0\x9F\x98\x80"));         // U+1F600, four bytes
  CHECK(invalidUtf8At("Tr\xF8ndelag") == 2);      // Latin-1 ø
  CHECK(invalidUtf8At("ab\xC3") == 2);            // cut short
  CHECK(invalidUtf8At("\xC0\xAF") == 0);          // overlong '/'
  CHECK(invalidUtf8At("x\xED\xA0\x80") == 1);     // UTF-16 surrogate
  CHECK(invalidUtf8At("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(invalidUtf8At("\x80") == 0);              // lone continuation byte
  CHECK(lineAt("a\nb\nc", 4) == 3);
}

TEST_CASE("escaped text is one line whatever it holds", "[sim][text]") {
  CHECK(escaped("two\nlines") == "two\\nlines");
  CHECK(escaped(std::string("nul\0byte", 8)) == "nul\\0byte");
  CHECK(escaped("tab\tcr\r\x1B") == "tab\\tcr\\r\\x1B");
  CHECK(escaped("Tr\xF8ndelag") == "Tr\\xF8ndelag");
  CHECK(escaped("ø stays") == "ø stays");
  CHECK(escaped(std::string(300, 'a'), 10) == std::string(10, 'a') + "…");
  CHECK(quoted("a\nb") == "'a\\nb'");
}

TEST_CASE(
    "markup escaping turns the five special characters into references, replaces controls, keeps the rest",
    "[sim][text]") {
  CHECK(escapeMarkup(R"(<a href="x">Helse & velferd's</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;Helse &amp; velferd&#39;s&lt;/a&gt;");
  CHECK(escapeMarkup("&amp;") == "&amp;amp;");  // escaping is not idempotent: escape once
  CHECK(escapeMarkup("ø — €") == "ø — €");
  CHECK(escapeMarkup("").empty());
  // XML 1.0 characters only: tab and line breaks stay, other controls become U+FFFD.
  CHECK(escapeMarkup("a\x01"
                     "b\tc\nd\x7F") ==
        "a\xEF\xBF\xBD"
        "b\tc\nd\xEF\xBF\xBD");
}
