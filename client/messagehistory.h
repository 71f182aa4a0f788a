#pragma once

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

    struct Snippet
    {
        QString name;
        QString text;
        bool binary = false; // text is hex to be sent as a binary message
        friend bool operator==(const Snippet &a, const Snippet &b)
        {
            return a.name == b.name && a.text == b.text && a.binary == b.binary;
        }
    };

    // Oldest first.
    const QStringList &entries() const { return m_entries; }
    // Whether entry `index` was sent as hex (a binary message) rather than as text.
    bool isBinary(qsizetype index) const { return m_binary.value(index, false); }
    // Keeps the newest maxEntries; `binary` says which were hex (none when shorter).
    void setEntries(const QStringList &entries, const QList<bool> &binary = {});
    // Remembers `text` as the newest entry, not twice in a row; the oldest go past the cap.
    void add(const QString &text, bool binary = false);
    void clearEntries()
    {
        m_entries.clear();
        m_binary.clear();
    }

    // Sorted by name, case-insensitively.
    const QList<Snippet> &snippets() const { return m_snippets; }
    std::optional<Snippet> snippet(const QString &name) const;
    // Adds or replaces the snippet of that name; an empty (trimmed) name is refused.
    bool setSnippet(const QString &name, const QString &text, bool binary = false);
    bool removeSnippet(const QString &name);

    // The sent messages under "client/history" (a QStringList, as the window has always
    // stored them) with their modes under "client/historyModes" ("t" text, "h" hex, one
    // letter an entry), and the snippets as the array "client/snippets".
    void load(QSettings &settings);
    void save(QSettings &settings) const;

private:
    QStringList m_entries;
    QList<bool> m_binary; // as long as m_entries
    QList<Snippet> m_snippets;
};
