// `samsim serve`: the live workshop page (app/serve/). Listens on loopback unless --host says
// otherwise; Ctrl-C (SIGINT) or SIGTERM stops running jobs at their next replicate and exits 0.
#include <pthread.h>

#include <csignal>
#include <thread>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/serve/workshop_server.hpp"

namespace samsim::app {
namespace {

void runServer(const serve::ServeOptions& options) {
  // Signals go to one waiting thread (blocked everywhere else, before any thread starts), which
  // stops the server from outside the signal handler's restrictions.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);  // sent to itself when the server ends for another reason
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  serve::WorkshopServer server(options);
  const int port = server.bind();
  const bool loopback = options.host == "127.0.0.1" || options.host == "localhost" || options.host == "::1";
  fmt::print("samsim serve: workshop page at http://{}:{}/ — {}\n",
             options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host, port,
             loopback ? "loopback only: other computers cannot reach it"
                      : "listening beyond this computer: anyone who can reach this address can use it");
  fmt::print("samsim serve: runs are written under {}; press Ctrl-C to stop\n", options.out.string());
  std::fflush(stdout);
  std::thread waiter([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    if (received != SIGUSR1) fmt::print("samsim serve: stopping\n");
    server.stop();
  });
  server.run();
  pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
  fmt::print("samsim serve: stopped\n");
}

}  // namespace

void addServeCommand(CLI::App& app) {
  auto options = std::make_shared<serve::ServeOptions>();
  auto* command =
      app.add_subcommand("serve", "Live workshop page: change a design, run, see the comparison fill in");
  command->add_option("scenarios", options->files, "Further scenario files to offer as base designs");
  command->add_option("--port,-p", options->port, "Port (0 = any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--host", options->host, "Address to listen on (127.0.0.1: this computer only)")
      ->capture_default_str();
  command->add_option("--out,-o", options->out, "Directory for the runs' output")->capture_default_str();
  command
      ->add_option("--designs", options->scenariosDir, "Directory with designs/ and normal/ scenario files")
      ->capture_default_str();
  command->add_option("--threads,-t", options->threads, "Worker threads per run (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  command->add_option("--jobs", options->maxRunning, "Runs at the same time")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  command->callback([options] { runServer(*options); });
}

}  // namespace samsim::app
