#pragma once

#include "messagecodec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// What the client sent lately and the messages the user keeps by name. No GUI: the panel shows
// it, the window stores it.
class MessageHistory
{
public:
    static constexpr int maxEntries = 100;

    using Mode = MessageCodec::Mode;

    struct Snippet
    {
        QString name;
        QString text;
        Mode mode = Mode::Text; // how the text is sent: as it is, JSON, hex, base64
        friend bool operator==(const Snippet &a, const Snippet &b)
        {
            return a.name == b.name && a.text == b.text && a.mode == b.mode;
        }
    };

    // Oldest first.
    const QStringList &entries() const { return m_entries; }
    // The mode entry `index` was sent in.
    Mode mode(qsizetype index) const { return m_modes.value(index, Mode::Text); }
    // Keeps the newest maxEntries; `modes` says how each was sent (text where it is shorter).
    void setEntries(const QStringList &entries, const QList<Mode> &modes = {});
    // Remembers `text` as the newest entry, not twice in a row; the oldest go past the cap.
    void add(const QString &text, Mode mode = Mode::Text);
    void clearEntries()
    {
        m_entries.clear();
        m_modes.clear();
    }

    // Sorted by name, case-insensitively.
    const QList<Snippet> &snippets() const { return m_snippets; }
    std::optional<Snippet> snippet(const QString &name) const;
    // Adds or replaces the snippet of that name; an empty (trimmed) name is refused.
    bool setSnippet(const QString &name, const QString &text, Mode mode = Mode::Text);
    bool removeSnippet(const QString &name);

    // The sent messages under "client/history" (a QStringList, as the window has always
    // stored them) with their modes under "client/historyModes" (a letter an entry: t text,
    // j JSON, h hex, b base64), and the snippets as the array "client/snippets" (name, text,
    // mode; an older Duplex's "binary" is hex).
    void load(QSettings &settings);
    void save(QSettings &settings) const;

private:
    QStringList m_entries;
    QList<Mode> m_modes; // as long as m_entries
    QList<Snippet> m_snippets;
};
