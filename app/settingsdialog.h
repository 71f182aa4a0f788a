#pragma once

#include "serversettings.h"

#include <QDialog>

class QDialogButtonBox;
class ProblemLine;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The server's limits, origin and host policies, as the window lets a user set them. It only edits
// a ServerSettings; the window saves it and applies it when the server next starts.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ServerSettings &settings, QWidget *parent = nullptr);

    // The settings given, with what the user changed.
    ServerSettings settings() const;

    // Reads and writes the part of ServerSettings that the dialog edits: the limits and
    // origins and hosts, and (apart, since the command line may give them) the TLS files.
    static void load(ServerSettings &settings);
    static void loadTls(ServerSettings &settings);
    static void save(const ServerSettings &settings);

private:
    void validate();
    // A row with a line edit for a file and a Browse… button that fills it.
    QLayout *fileRow(QLineEdit *edit, const QString &browseTitle, const QString &filter);

    ServerSettings m_settings;
    QSpinBox *m_maxMessageKiB;
    QSpinBox *m_maxConnections;
    QSpinBox *m_pingSeconds;
    QPlainTextEdit *m_origins;
    QPlainTextEdit *m_hosts;
    QLineEdit *m_tlsCertificate;
    QLineEdit *m_tlsKey;
    QCheckBox *m_echoBinaryUnchanged;
    ProblemLine *m_problem;
    QDialogButtonBox *m_buttons;
};
