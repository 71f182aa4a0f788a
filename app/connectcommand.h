#pragma once

#include <QStringList>

// `duplex connect URL [options]`: the command-line client (client/consoleclient.h) with its
// output, standard input and signals. Returns the exit status.
int runConnect(const QStringList &arguments);
