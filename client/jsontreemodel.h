#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON document as a tree: a row per member or element, the key (or [index]) and the value;
// an object or array has its members as children. Nodes are made when a view first asks for
// them, so a 10 MiB document costs what is expanded. path() names a node as JSONPath does:
// $.symbols[1], $["a key"].
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Key, Value, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    QString path(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    struct Node
    {
        QString key; // an object member's name; empty for an array element or the root
        int row = 0; // in the parent
        bool isElement = false; // an array element: named [row]
        QJsonValue value;
        Node *parent = nullptr;
        mutable std::vector<std::unique_ptr<Node>> children; // made when first asked for
        mutable bool made = false;
    };
    Node *nodeOf(const QModelIndex &index) const;
    const std::vector<std::unique_ptr<Node>> &childrenOf(const Node *node) const;
    static int childCount(const QJsonValue &value);

    std::unique_ptr<Node> m_root;
};
