#pragma once

#include "embeddingitem.h"
#include "textimport.h"
#include "vectormatrix.h"

#include <QAbstractTableModel>
#include <QList>

// The texts of the Embeddings panel and their vectors, one row per text: label and text (both
// editable; editing the text drops its vector), the vector's dimension and norm, and a status
// (not computed, computed, refused by the server with its words, unusable because it held NaN or
// infinity, or empty and left out). Rows can be added, moved and removed; every row keeps its id,
// so results of a running computation land on the right text even after a reorder.
class EmbeddingSetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddingSetModel)

public:
    enum Column { LabelColumn, TextColumn, DimensionColumn, NormColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, HasVectorRole, PendingRole };

    explicit EmbeddingSetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // Appends texts (blank ones are skipped); returns how many were added.
    int append(const QList<TextImport::Entry> &entries);
    void clear();
    // Replaces everything (a reopened set); ids are assigned afresh.
    void reset(const QList<EmbeddingItem> &items, const ComputeSettings &settings);

    const QList<EmbeddingItem> &items() const { return m_items; }
    const EmbeddingItem &item(int row) const { return m_items.at(row); }
    int rowOf(quint64 id) const; // -1 when the text is gone
    int pendingCount() const;
    int vectorCount() const; // texts with a usable vector
    int emptyCount() const;
    // The usable vectors as the rows of one matrix, in list order; `rows` gets each one's row.
    // False when their lengths differ (they cannot: one computation, one model).
    bool usableVectors(VectorMatrix &matrix, QList<int> &rows) const;

    // What the current vectors were computed with. Changing it drops every vector and refusal
    // (they answer another question); setting the same settings keeps them (resume).
    const ComputeSettings &settings() const { return m_settings; }
    void setSettings(const ComputeSettings &settings);

    // Results from a computation: `text` must still be the text that was sent.
    void setVector(quint64 id, const QString &text, const QList<float> &vector, bool nonFinite);
    void setError(quint64 id, const QString &text, const QString &error);

signals:
    // Vectors appeared, vanished or rows moved: views of the vectors must be recomputed.
    void vectorsChanged();

private:
    void emitRowChanged(int row);

    QList<EmbeddingItem> m_items;
    ComputeSettings m_settings;
    quint64 m_nextId = 1;
};
