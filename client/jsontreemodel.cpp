#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
// A key as JSONPath writes it after the node before: .name, or ["any key"].
QString pathStep(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonTreeModel::tr("{…} %n key(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Array:
        return JsonTreeModel::tr("[…] %n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Whole numbers as integers; the rest with the digits that make the same double.
        if (number == double(qint64(number)) && std::abs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_root.reset();
    if (!document.isNull()) {
        m_root = std::make_unique<Node>();
        m_root->value
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    endResetModel();
}

int JsonTreeModel::childCount(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

const std::vector<std::unique_ptr<JsonTreeModel::Node>> &
JsonTreeModel::childrenOf(const Node *node) const
{
    if (node->made)
        return node->children;
    node->made = true;
    const int count = childCount(node->value);
    node->children.reserve(std::size_t(count));
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        int row = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++row) {
            auto child = std::make_unique<Node>();
            child->key = it.key();
            child->row = row;
            child->value = it.value();
            child->parent = const_cast<Node *>(node);
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int row = 0; row < count; ++row) {
            auto child = std::make_unique<Node>();
            child->row = row;
            child->isElement = true;
            child->value = array.at(row);
            child->parent = const_cast<Node *>(node);
            node->children.push_back(std::move(child));
        }
    }
    return node->children;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || column < 0 || column >= ColumnCount || row < 0 || row >= childCount(node->value))
        return {};
    return createIndex(row, column, childrenOf(node).at(std::size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!child.isValid() || !node || !node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? childCount(node->value) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!index.isValid() || !node)
        return {};
    if (role == PathRole)
        return path(index);
    if (role == Qt::ToolTipRole)
        return path(index);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Key)
        return node->isElement ? QStringLiteral("[%1]").arg(node->row) : node->key;
    return shown(node->value);
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Key") : tr("Value");
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QString result;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent) {
        result.prepend(node->isElement ? QStringLiteral("[%1]").arg(node->row)
                                       : pathStep(node->key));
    }
    return QLatin1Char('$') + result;
}
