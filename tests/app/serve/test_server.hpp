#pragma once
// What the workshop server's tests share: a server on a free loopback port for the length of a
// test, a small request that runs in seconds, and the page's event stream parsed.
#include <httplib.h>

#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/serve/workshop_server.hpp"

namespace samsim::test {

class TestServer {
 public:
  explicit TestServer(app::serve::ServeOptions options) : m_server(std::move(options)) {
    m_port = m_server.bind();
    m_thread = std::thread([this] { m_server.run(); });
  }
  ~TestServer() {
    m_server.stop();
    m_thread.join();
  }
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;
  [[nodiscard]] httplib::Client client(int seconds = 120) const {
    httplib::Client c("127.0.0.1", m_port);
    c.set_read_timeout(seconds);
    c.set_connection_timeout(seconds);
    return c;
  }
  [[nodiscard]] int port() const { return m_port; }

 private:
  app::serve::WorkshopServer m_server;
  int m_port = 0;
  std::thread m_thread;
};

// A small organisation over a few weeks with a short crisis: seconds, not minutes.
inline nlohmann::json tinyRequest(int replicates) {
  return {{"design", "designs/coordinator-group"},
          {"settings",
           {{"municipality.staff", 300},
            {"days", 60},
            {"crisis.start_day", 10},
            {"crisis.duration_days", 30},
            {"hub.size", 6},
            {"hub.cadence_days", 3}}},
          {"replicates", replicates}};
}

struct Event {
  std::string name;
  nlohmann::json data;
};

// The named events of a server-sent event stream, in order (blocks without an event name skipped).
inline std::vector<Event> parseEvents(const std::string& body) {
  std::vector<Event> events;
  std::size_t start = 0;
  for (std::size_t end; (end = body.find("\n\n", start)) != std::string::npos; start = end + 2) {
    const std::string block = body.substr(start, end - start);
    Event event;
    std::size_t lineStart = 0;
    while (lineStart < block.size()) {
      std::size_t lineEnd = block.find('\n', lineStart);
      if (lineEnd == std::string::npos) lineEnd = block.size();
      const std::string line = block.substr(lineStart, lineEnd - lineStart);
      if (line.rfind("event: ", 0) == 0) event.name = line.substr(7);
      if (line.rfind("data: ", 0) == 0) event.data = nlohmann::json::parse(line.substr(6));
      lineStart = lineEnd + 1;
    }
    if (!event.name.empty()) events.push_back(event);
  }
  return events;
}

inline httplib::Result post(httplib::Client& client, const std::string& path, const nlohmann::json& body) {
  return client.Post(path.c_str(), body.dump(), "application/json");
}

}  // namespace samsim::test
