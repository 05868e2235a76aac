#include "embeddingsetmodel.h"

#include "similarity.h"

#include <QLocale>

#include <algorithm>

EmbeddingSetModel::EmbeddingSetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EmbeddingSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EmbeddingSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmbeddingSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const EmbeddingItem &item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue(item.id);
    case HasVectorRole:
        return item.hasVector();
    case PendingRole:
        return item.isPending();
    case Qt::EditRole:
        if (index.column() == LabelColumn)
            return item.label;
        if (index.column() == TextColumn)
            return item.text;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return item.text.size() > 2000 ? item.text.left(2000) + QChar(0x2026) : item.text;
        if (index.column() == StatusColumn && !item.error.isEmpty())
            return item.error;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DimensionColumn || index.column() == NormColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LabelColumn:
        return item.label;
    case TextColumn: {
        QString simple = item.text.simplified();
        return simple.size() > 300 ? simple.left(300) + QChar(0x2026) : simple;
    }
    case DimensionColumn:
        return item.vector.isEmpty() ? QString() : QLocale().toString(item.vector.size());
    case NormColumn:
        return item.hasVector() ? QLocale().toString(item.norm, 'f', 4) : QString();
    case StatusColumn:
        if (item.isEmptyText())
            return tr("Empty: left out");
        if (item.nonFinite)
            return tr("Unusable: the vector holds NaN or infinity");
        if (!item.error.isEmpty())
            return item.error;
        if (item.vector.isEmpty())
            return tr("Not computed");
        return tr("Computed");
    default:
        return {};
    }
}

bool EmbeddingSetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    EmbeddingItem &item = m_items[index.row()];
    if (index.column() == LabelColumn) {
        item.label = value.toString();
    } else if (index.column() == TextColumn) {
        const QString text = value.toString();
        if (text == item.text)
            return false;
        item.text = text;
        const bool hadVector = !item.vector.isEmpty();
        item.vector.clear();
        item.norm = -1;
        item.error.clear();
        item.nonFinite = false;
        if (hadVector) {
            emitRowChanged(index.row());
            emit vectorsChanged();
            return true;
        }
    } else {
        return false;
    }
    emitRowChanged(index.row());
    if (index.column() == LabelColumn)
        emit vectorsChanged(); // labels are drawn with the vectors
    return true;
}

QVariant EmbeddingSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TextColumn:
        return tr("Text");
    case DimensionColumn:
        return tr("Dimensions");
    case NormColumn:
        return tr("Norm");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags EmbeddingSetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == LabelColumn || index.column() == TextColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EmbeddingSetModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    emit vectorsChanged();
    return true;
}

bool EmbeddingSetModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_items.size() || destinationChild < 0 || destinationChild > m_items.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild);
    const QList<EmbeddingItem> moving = m_items.mid(sourceRow, count);
    m_items.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_items.insert(target + i, moving.at(i));
    endMoveRows();
    emit vectorsChanged();
    return true;
}

int EmbeddingSetModel::append(const QList<TextImport::Entry> &entries)
{
    QList<EmbeddingItem> added;
    for (const TextImport::Entry &entry : entries) {
        if (entry.text.trimmed().isEmpty())
            continue;
        EmbeddingItem item;
        item.id = m_nextId++;
        item.label = entry.label;
        item.text = entry.text;
        added.append(item);
    }
    if (added.isEmpty())
        return 0;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size() - 1));
    m_items += added;
    endInsertRows();
    return int(added.size());
}

void EmbeddingSetModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit vectorsChanged();
}

void EmbeddingSetModel::reset(const QList<EmbeddingItem> &items, const ComputeSettings &settings)
{
    beginResetModel();
    m_items = items;
    for (EmbeddingItem &item : m_items) {
        item.id = m_nextId++;
        item.norm =
            item.vector.isEmpty() ? -1 : Similarity::norm(item.vector.constData(), int(item.vector.size()));
    }
    m_settings = settings;
    endResetModel();
    emit vectorsChanged();
}

int EmbeddingSetModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int EmbeddingSetModel::pendingCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const EmbeddingItem &i) { return i.isPending(); }));
}

int EmbeddingSetModel::vectorCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const EmbeddingItem &i) { return i.hasVector(); }));
}

int EmbeddingSetModel::emptyCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const EmbeddingItem &i) { return i.isEmptyText(); }));
}

bool EmbeddingSetModel::usableVectors(VectorMatrix &matrix, QList<int> &rows) const
{
    QList<QList<float>> vectors;
    rows.clear();
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).hasVector()) {
            vectors.append(m_items.at(row).vector);
            rows.append(row);
        }
    }
    return VectorMatrix::fromRows(vectors, matrix);
}

void EmbeddingSetModel::setSettings(const ComputeSettings &settings)
{
    if (settings == m_settings) {
        m_settings.profileName = settings.profileName; // the same vectors, the profile renamed
        return;
    }
    m_settings = settings;
    bool dropped = false;
    for (EmbeddingItem &item : m_items) {
        dropped = dropped || !item.vector.isEmpty() || !item.error.isEmpty();
        item.vector.clear();
        item.norm = -1;
        item.error.clear();
        item.nonFinite = false;
    }
    if (dropped && !m_items.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        emit vectorsChanged();
    }
}

void EmbeddingSetModel::setVector(quint64 id, const QString &text, const QList<float> &vector, bool nonFinite)
{
    const int row = rowOf(id);
    if (row < 0 || m_items.at(row).text != text)
        return; // removed or edited while it was being computed
    EmbeddingItem &item = m_items[row];
    item.vector = vector;
    item.nonFinite = nonFinite;
    item.error.clear();
    item.norm = nonFinite ? -1 : Similarity::norm(vector.constData(), int(vector.size()));
    emitRowChanged(row);
    emit vectorsChanged();
}

void EmbeddingSetModel::setError(quint64 id, const QString &text, const QString &error)
{
    const int row = rowOf(id);
    if (row < 0 || m_items.at(row).text != text)
        return;
    EmbeddingItem &item = m_items[row];
    item.error = error;
    emitRowChanged(row);
}

void EmbeddingSetModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
