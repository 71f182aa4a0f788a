#pragma once

struct CommandLine;

// Runs the server with no window until SIGINT or SIGTERM; returns the exit status.
int runHeadless(const CommandLine &commandLine);
